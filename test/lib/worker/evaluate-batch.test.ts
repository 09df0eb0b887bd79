import { describe, expect, it } from 'vitest';
import { defaultPack } from '@/core/pack';
import { defaultSettings, type Settings } from '@/core/settings';
import {
  enrichRequest,
  evaluateBatch,
  overlayProfile,
  type BatchContext,
  type HistorySummary,
} from '@/lib/worker/evaluate-batch';

const context = (
  settings: Partial<Settings>,
  history: HistorySummary = { lowFen: 800, highFen: 1500, count: 4 },
): BatchContext => ({
  settings: { ...defaultSettings, ...settings },
  pack: defaultPack,
  nowMs: 0,
  historiesOf: async (itemIds) => new Map(itemIds.map((itemId) => [itemId, history])),
});

describe('overlayProfile', () => {
  it('lets each field the request states win, and keeps the stored one where it is null', () => {
    expect(overlayProfile({ dsr: 4.8, enterprise: true }, { dsr: 4.5, enterprise: null })).toEqual({
      dsr: 4.5,
      enterprise: true,
    });
  });

  it('leaves a malformed side as it is, for validation to name', () => {
    expect(overlayProfile({ dsr: 4.8 }, 'oops')).toBe('oops');
  });

  it('adds nothing when nothing is stored and nothing given', () => {
    expect(overlayProfile({}, undefined)).toBeUndefined();
    expect(overlayProfile({ sesameScore: null }, null)).toBeNull();
    expect(overlayProfile({ sesameScore: 600 }, undefined)).toEqual({ sesameScore: 600 });
  });
});

describe('enrichRequest', () => {
  it('fills the recorded low, its count and source, and the high, when the page gave none', async () => {
    const enriched = await enrichRequest({ product: { itemId: 'A', priceFen: 900 } }, context({}));
    expect(enriched).toEqual({
      product: {
        itemId: 'A',
        priceFen: 900,
        historicalLowFen: 800,
        historicalLowSource: 'history',
        historicalLowCount: 4,
        historicalHighFen: 1500,
      },
    });
  });

  it('keeps a low the page stated, and fills nothing without an item id or without records', async () => {
    const stated = {
      itemId: 'A',
      historicalLowFen: 700,
      historicalLowSource: 'page',
      historicalHighFen: 2000,
    };
    expect(await enrichRequest({ product: stated }, context({}))).toEqual({ product: stated });
    expect(await enrichRequest({ product: { priceFen: 1 } }, context({}))).toEqual({
      product: { priceFen: 1 },
    });
    const none = context({}, { lowFen: null, highFen: null, count: 0 } as never);
    expect(await enrichRequest({ product: { itemId: 'A' } }, none)).toEqual({
      product: { itemId: 'A' },
    });
  });

  it('with only activity prices recorded: no low, the high for D-ORIG, and their count', async () => {
    const activityOnly = context({}, { lowFen: null, highFen: 299_900, count: 0, otherCount: 3 });
    expect(await enrichRequest({ product: { itemId: 'A' } }, activityOnly)).toEqual({
      product: { itemId: 'A', historicalActivityCount: 3, historicalHighFen: 299_900 },
    });
  });

  it('passes a request that is not an object through untouched', async () => {
    expect(await enrichRequest([1, 2], context({}))).toEqual([1, 2]);
  });
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
