import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BoundedHeap,
  KEEP_PER_STATUS,
  KeptRows,
  worstFirst,
  type RankedRow,
} from '@/core/batch/kept-rows';
import type { ItemStatus } from '@/core/batch/verdict';

const statuses: ItemStatus[] = ['invalid', 'fail', 'warn', 'unknown', 'pass'];

function row(n: number, status: ItemStatus, fail = 0, warn = 0): RankedRow {
  return { at: { unit: 'row', n }, status, counts: { fail, warn } };
}

describe('BoundedHeap', () => {
  it('keeps exactly the first `cap` of any stream under its order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.nat(12), (values, cap) => {
        const heap = new BoundedHeap<number>(cap, (a, b) => a - b);
        for (const value of values) heap.add(value);
        expect(heap.sorted()).toEqual([...values].sort((a, b) => a - b).slice(0, cap));
      }),
    );
  });
});

describe('KeptRows', () => {
  it('ships a bound independent of the file: 2 000 rows a result', () => {
    expect(KEEP_PER_STATUS).toBe(2_000);
    expect(new KeptRows().perStatus).toBe(KEEP_PER_STATUS);
  });

  it('keeps per result the worst rows, worst first, and counts the rest as dropped', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom(...statuses),
            fail: fc.nat(3),
            warn: fc.nat(3),
          }),
          { maxLength: 200 },
        ),
        fc.integer({ min: 1, max: 10 }),
        (specs, cap) => {
          const rows = specs.map((spec, i) => row(i + 2, spec.status, spec.fail, spec.warn));
          const kept = new KeptRows<RankedRow>(cap);
          for (const r of rows) kept.add(r);
          const expected = statuses
            .flatMap((status) =>
              rows
                .filter((r) => r.status === status)
                .sort(worstFirst)
                .slice(0, cap),
            )
            .sort(worstFirst);
          expect(kept.rows()).toEqual(expected);
          expect(kept.dropped).toBe(rows.length - expected.length);
          expect(kept.rows().length).toBeLessThanOrEqual(statuses.length * cap);
        },
      ),
    );
  });

  it('copies only the rows it keeps', () => {
    const kept = new KeptRows<RankedRow>(2);
    const copied: number[] = [];
    const detach = (r: RankedRow) => {
      copied.push(r.at.n);
      return { ...r };
    };
    [row(2, 'pass'), row(3, 'pass'), row(4, 'pass'), row(5, 'fail', 1), row(6, 'fail', 2)].forEach(
      (r) => kept.add(r, detach),
    );
    expect(copied).toEqual([2, 3, 5, 6]);
    expect(kept.dropped).toBe(1);
  });

  it('orders a result by fails, then warnings, then place', () => {
    const kept = new KeptRows<RankedRow>(2);
    [row(2, 'fail', 1), row(3, 'fail', 2, 0), row(4, 'fail', 2, 1), row(5, 'fail', 1)].forEach(
      (r) => kept.add(r),
    );
    expect(kept.rows().map((r) => r.at.n)).toEqual([4, 3]);
    expect(kept.dropped).toBe(2);
  });
});
