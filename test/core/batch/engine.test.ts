import { describe, expect, it } from 'vitest';
import { checkBatch, checkItem, type BatchInput } from '@/core/batch/engine';
import { sampleRequest } from '@/scripts/batch-samples';

const at = (n: number) => ({ unit: 'line', n }) as const;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('checkBatch', () => {
  it('answers each input in order, naming it by position and item id', async () => {
    const inputs: BatchInput[] = [0, 1, 2].map((i) => ({
      at: at(i + 1),
      request: sampleRequest(i),
    }));
    const results = await collect(checkBatch(inputs));
    expect(results.map((r) => [r.at.n, r.itemId, r.ok])).toEqual([
      [1, '25812911600000', true],
      [2, '25812911600001', true],
      [3, '25812911600002', true],
    ]);
    const first = results[0];
    expect(first?.ok && first.title).toBe('新年乔迁高档金箔纸杯 款式0');
  });

  it('pulls one input at a time: nothing is read ahead of what has been answered', async () => {
    let pulled = 0;
    async function* inputs(): AsyncGenerator<BatchInput> {
      for (let i = 0; i < 1000; i += 1) {
        pulled += 1;
        yield { at: at(i + 1), request: sampleRequest(i) };
      }
    }
    let answered = 0;
    for await (const result of checkBatch(inputs())) {
      answered += 1;
      expect(result.ok).toBe(true);
      expect(pulled).toBe(answered);
      if (answered === 5) break;
    }
    expect(pulled).toBe(5);
  });

  it('passes a reader’s malformed item through with its issues, and goes on', async () => {
    const results = await collect(
      checkBatch([
        { at: at(1), itemId: 'x', issues: [{ path: 'product.priceFen', message: 'bad' }] },
        { at: at(2), request: sampleRequest(1) },
      ]),
    );
    expect(results[0]).toEqual({
      ok: false,
      at: at(1),
      itemId: 'x',
      issues: [{ path: 'product.priceFen', message: 'bad' }],
    });
    expect(results[1]?.ok).toBe(true);
  });

  it('reports an invalid request by field path, with its item id when it has one', () => {
    const result = checkItem({ at: at(7), request: { product: { itemId: 42, priceFen: 1.5 } } });
    expect(result.ok).toBe(false);
    expect(result.itemId).toBe('42');
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain('product.priceFen');
  });

  it('applies the run’s day over each item’s, and the merchant profile under its own fields', () => {
    const request = { product: { priceFen: 100 }, merchant: { experienceScore: 4.0 } };
    const result = checkItem(
      { at: at(1), request },
      { date: '2023-03-05', merchant: { experienceScore: 4.9, violations90d: 0 } },
    );
    if (!result.ok) throw new Error('expected a report');
    expect(result.report.date).toBe('2023-03-05');
    const byId = Object.fromEntries(result.report.checks.map((c) => [c.id, c]));
    // The item's own 4.0 wins over the profile's 4.9 (4.0 < 4.3 fails); violations come from the profile.
    expect(byId['M-EXP']?.status).toBe('fail');
    expect(byId['M-VIOL']?.status).toBe('pass');
  });

  it('uses the profile for an item without a merchant, and leaves a non-object to evaluate', () => {
    // On a campaign day: an item report carries M-* only beside a current program (SPEC §2).
    const withProfile = checkItem(
      { at: at(1), request: { product: { priceFen: 100 } } },
      { merchant: { experienceScore: 4.3 }, date: '2023-02-21' },
    );
    if (!withProfile.ok) throw new Error('expected a report');
    expect(withProfile.report.checks.find((c) => c.id === 'M-EXP')?.status).toBe('pass');
    const bad = checkItem({ at: at(2), request: 5 }, { date: '2023-03-05' });
    expect(bad.ok).toBe(false);
  });
});
