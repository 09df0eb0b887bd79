import { describe, expect, it } from 'vitest';
import { defaultPack } from '@/core/pack';
import { defaultSettings, type Settings } from '@/core/settings';
import { evaluateBatch, type BatchContext, type HistorySummary } from '@/lib/worker/evaluate-batch';

const context = (
  settings: Partial<Settings>,
  history: HistorySummary = { lowFen: 800, highFen: 1500, count: 4 },
): BatchContext => ({
  settings: { ...defaultSettings, ...settings },
  pack: defaultPack,
  nowMs: 0,
  historiesOf: async (itemIds) => new Map(itemIds.map((itemId) => [itemId, history])),
});

describe('evaluateBatch', () => {
  it('answers each request with its report and its 每日 figures, and a bad one with its issues', async () => {
    const [cheap, dear, bad] = await evaluateBatch(
      [{ product: { priceFen: 9_999 } }, { product: { priceFen: 12_000 } }, { product: 'x' }],
      { ...context({}), dailyFrom100: true },
    );
    expect(cheap?.ok && cheap.dailyPlans).toEqual([]);
    expect(dear?.ok && dear.dailyPlans.map((plan) => plan.periods)).toEqual([3, 6, 12]);
    expect(bad?.ok).toBe(false);
  });

  it('gives no 每日 figures to an item not set to 分期 unless the page asks from 100 元', async () => {
    const [dear] = await evaluateBatch([{ product: { priceFen: 12_000 } }], context({}));
    expect(dear?.ok && dear.dailyPlans).toEqual([]);
  });
});
