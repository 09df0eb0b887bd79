import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dedupe,
  firstIndexAtOrAfter,
  historicalHigh,
  historicalLow,
  lookbackWindow,
  maxFutureMs,
  mergeObservations,
  minGapMs,
  pointsInWindow,
  prune,
  sortByTime,
  type PricePoint,
} from '@/core/history';

const at = (iso: string) => Date.parse(iso);
/** Noon on 2023-06-30 in Shanghai. */
const now = at('2023-06-30T12:00:00+08:00');
const MINUTE = 60_000;

describe('lookbackWindow', () => {
  it('is lookbackDays Shanghai days ending today, both ends included', () => {
    expect(lookbackWindow(now, 180)).toEqual({
      fromDay: '2023-01-02',
      toDay: '2023-06-30',
      startMs: at('2023-01-02T00:00:00+08:00'),
      endMs: at('2023-07-01T00:00:00+08:00'),
    });
    expect(lookbackWindow(now, 1)).toMatchObject({ fromDay: '2023-06-30', toDay: '2023-06-30' });
  });

  it('uses the Shanghai day of now, not the UTC one', () => {
    // 2023-06-30T17:00Z is already 07-01 01:00 in Shanghai.
    expect(lookbackWindow(at('2023-06-30T17:00:00Z'), 1).toDay).toBe('2023-07-01');
  });

  it('refuses a look-back that is not a whole number of days ≥ 1', () => {
    expect(() => lookbackWindow(now, 0)).toThrow(RangeError);
    expect(() => lookbackWindow(now, 1.5)).toThrow(RangeError);
    expect(() => lookbackWindow(Number.NaN, 30)).toThrow(RangeError);
  });
});

describe('historicalLow at the window edges', () => {
  const edge = (iso: string, fen: number): PricePoint => ({ at: at(iso), fen });

  it('counts the first millisecond of the first day and the last of today', () => {
    const points = [
      edge('2023-01-02T00:00:00+08:00', 100),
      edge('2023-06-30T23:59:59.999+08:00', 900),
      edge('2023-03-01T10:00:00+08:00', 500),
    ];
    expect(historicalLow(points, now, 180)).toEqual({ lowFen: 100, highFen: 900, count: 3 });
  });

  it('leaves out the last millisecond of the day lookbackDays ago, and tomorrow', () => {
    const points = [
      edge('2023-01-01T23:59:59.999+08:00', 50),
      edge('2023-07-01T00:00:00+08:00', 5000),
      edge('2023-03-01T10:00:00+08:00', 500),
    ];
    expect(historicalLow(points, now, 180)).toEqual({ lowFen: 500, highFen: 500, count: 1 });
  });

  it('a one-day window is today in Shanghai only', () => {
    const points = [edge('2023-06-29T23:59:59+08:00', 1), edge('2023-06-30T00:00:00+08:00', 2)];
    expect(historicalLow(points, now, 1)).toEqual({ lowFen: 2, highFen: 2, count: 1 });
  });

  it('no points, or none in the window, gives nulls and a zero count — never a pass-able 0', () => {
    expect(historicalLow([], now, 180)).toEqual({ lowFen: null, highFen: null, count: 0 });
    expect(historicalLow([edge('2020-01-01T00:00:00Z', 1)], now, 180)).toEqual({
      lowFen: null,
      highFen: null,
      count: 0,
    });
  });

  it('ignores corrupt points', () => {
    const points = [
      { at: now, fen: -1 },
      { at: now, fen: 1.5 },
      { at: now, fen: Number.NaN },
      { at: Number.NaN, fen: 1 },
      { at: now, fen: 700 },
    ];
    expect(historicalLow(points, now, 30)).toEqual({ lowFen: 700, highFen: 700, count: 1 });
  });

  it('agrees with a filter-then-min over random points', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.integer({ min: now - 400 * 86_400_000, max: now + 86_400_000 }),
            fen: fc.nat(1_000_000),
          }),
          { maxLength: 60 },
        ),
        fc.integer({ min: 1, max: 365 }),
        (points, days) => {
          const { startMs, endMs } = lookbackWindow(now, days);
          const inside = points.filter((p) => p.at >= startMs && p.at < endMs).map((p) => p.fen);
          expect(historicalLow(points, now, days)).toEqual({
            lowFen: inside.length ? Math.min(...inside) : null,
            highFen: inside.length ? Math.max(...inside) : null,
            count: inside.length,
          });
          const sorted = sortByTime(points);
          expect(pointsInWindow(sorted, now, days).map((p) => p.fen)).toEqual(
            sorted.filter((p) => p.at >= startMs && p.at < endMs).map((p) => p.fen),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('historicalHigh', () => {
  it('is all time, whatever the window', () => {
    const points = [
      { at: at('2019-01-01T00:00:00Z'), fen: 99900 },
      { at: now, fen: 1000 },
    ];
    expect(historicalHigh(points)).toEqual({ highFen: 99900, count: 2 });
    expect(historicalHigh([])).toEqual({ highFen: null, count: 0 });
    expect(historicalHigh([{ at: now, fen: -5 }])).toEqual({ highFen: null, count: 0 });
  });
});

describe('sorted store helpers', () => {
  const sorted = [10, 20, 20, 30].map((time, index) => ({ at: time, fen: index }));

  it('firstIndexAtOrAfter is a lower bound', () => {
    expect(firstIndexAtOrAfter(sorted, 0)).toBe(0);
    expect(firstIndexAtOrAfter(sorted, 10)).toBe(0);
    expect(firstIndexAtOrAfter(sorted, 11)).toBe(1);
    expect(firstIndexAtOrAfter(sorted, 20)).toBe(1);
    expect(firstIndexAtOrAfter(sorted, 30)).toBe(3);
    expect(firstIndexAtOrAfter(sorted, 31)).toBe(4);
    expect(firstIndexAtOrAfter([], 5)).toBe(0);
  });

  it('sortByTime copies, keeps extra fields and drops corrupt points', () => {
    const points = [
      { at: 3, fen: 1, itemId: 'a' },
      { at: 1, fen: -1, itemId: 'b' },
      { at: 2, fen: 2, itemId: 'c' },
    ];
    expect(sortByTime(points).map((p) => p.itemId)).toEqual(['c', 'a']);
    expect(points[0]?.itemId).toBe('a');
  });
});

describe('prune', () => {
  const day = 86_400_000;

  it('drops points before the window and keeps the rest oldest first', () => {
    const points = [
      { at: now, fen: 300 },
      { at: now - 200 * day, fen: 100 },
      { at: now - 10 * day, fen: 400 },
    ];
    expect(prune(points, now, 180)).toEqual([
      { at: now - 10 * day, fen: 400 },
      { at: now, fen: 300 },
    ]);
  });

  it('keeps the all-time highest point (latest sighting) when it has left the window', () => {
    const points = [
      { at: now - 300 * day, fen: 9000 },
      { at: now - 200 * day, fen: 9000 },
      { at: now - 250 * day, fen: 100 },
      { at: now, fen: 300 },
    ];
    const kept = prune(points, now, 180);
    expect(kept).toEqual([
      { at: now - 200 * day, fen: 9000 },
      { at: now, fen: 300 },
    ]);
    expect(historicalHigh(kept).highFen).toBe(9000);
    expect(historicalLow(kept, now, 180).lowFen).toBe(300);
    // Pruning again changes nothing: the store is stable.
    expect(prune(kept, now, 180)).toEqual(kept);
  });

  it('keeps a point up to a day ahead (a clock a little ahead), drops one further ahead', () => {
    const ahead = (ms: number) => ({ at: now + ms, fen: 1 });
    expect(prune([ahead(maxFutureMs - 1)], now, 30)).toEqual([ahead(maxFutureMs - 1)]);
    expect(prune([ahead(maxFutureMs)], now, 30)).toEqual([ahead(maxFutureMs)]);
    // Kept, a far-future point would be the all-time high forever.
    expect(prune([ahead(maxFutureMs + 1), ahead(5 * day)], now, 30)).toEqual([]);
  });
});

describe('dedupe', () => {
  it('drops the same price seen again within the interval of the last kept point', () => {
    const points = [0, 4, 8, 12, 13].map((minute) => ({ at: minute * MINUTE, fen: 100 }));
    expect(dedupe(points, 10 * MINUTE).map((p) => p.at / MINUTE)).toEqual([0, 12]);
  });

  it('keeps a point exactly one interval later, and always a change of price', () => {
    const points = [
      { at: 0, fen: 100 },
      { at: 10 * MINUTE, fen: 100 },
      { at: 11 * MINUTE, fen: 90 },
      { at: 12 * MINUTE, fen: 100 },
    ];
    expect(dedupe(points, 10 * MINUTE)).toEqual(points);
  });

  it('works on unsorted input and keeps other fields', () => {
    const points = [
      { at: 5, fen: 1, pageKind: 'detail' },
      { at: 1, fen: 1, pageKind: 'goods-list' },
    ];
    expect(dedupe(points, 10)).toEqual([{ at: 1, fen: 1, pageKind: 'goods-list' }]);
  });
});

describe('dedupe: at most one point a minute per group, whatever the price', () => {
  const at = (ms: number, fen: number, kind = 'sale') => ({ at: ms, fen, kind });
  const groupOf = (point: { kind: string }) => point.kind;

  it('drops a new price just under a minute after the last kept one, keeps it at and after', () => {
    expect(dedupe([at(0, 100), at(minGapMs - 1, 90)], 0, { groupOf })).toEqual([at(0, 100)]);
    expect(dedupe([at(0, 100), at(minGapMs, 90)], 0, { groupOf })).toHaveLength(2);
    expect(dedupe([at(0, 100), at(minGapMs + 1, 90)], 0, { groupOf })).toHaveLength(2);
  });

  it('counts each group on its own: an activity price beside a sale one is kept', () => {
    const points = [at(0, 100), at(1000, 80, 'activity'), at(2000, 70)];
    expect(dedupe(points, 0, { groupOf })).toEqual([at(0, 100), at(1000, 80, 'activity')]);
  });

  it('never drops a stored point, however close (a v1 series loses nothing)', () => {
    const stored = [at(0, 100), at(1000, 90)];
    expect(dedupe([...stored, at(2000, 80)], 0, { groupOf, stored: new Set(stored) })).toEqual(
      stored,
    );
  });

  it('a page repricing every frame for an hour adds 60 points', () => {
    const frames = Array.from({ length: 60 * 60 * 60 }, (_, frame) =>
      at(Math.round((frame * 1000) / 60), 1000 + (frame % 97)),
    );
    expect(dedupe(frames, 10 * MINUTE, { groupOf })).toHaveLength(60);
  });
});

describe('mergeObservations', () => {
  it('refuses new points stamped more than a day ahead', () => {
    const options = { nowMs: now, lookbackDays: 180, intervalMs: MINUTE };
    const ahead = (ms: number) => ({ at: now + ms, fen: 1 });
    expect(mergeObservations([], [ahead(maxFutureMs)], options)).toEqual([ahead(maxFutureMs)]);
    expect(mergeObservations([], [ahead(maxFutureMs + 1)], options)).toEqual([]);
  });

  it('merges, dedupes and prunes in one step', () => {
    const stored = [
      { at: now - 400 * 86_400_000, fen: 50 },
      { at: now - MINUTE, fen: 200 },
    ];
    const incoming = [
      { at: now, fen: 200 },
      { at: now + MINUTE, fen: 150 },
    ];
    expect(
      mergeObservations(stored, incoming, {
        nowMs: now,
        lookbackDays: 180,
        intervalMs: 30 * MINUTE,
      }),
    ).toEqual([
      { at: now - MINUTE, fen: 200 },
      { at: now + MINUTE, fen: 150 },
    ]);
  });
});
