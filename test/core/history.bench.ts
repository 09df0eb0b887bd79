import { bench, describe } from 'vitest';
import { historicalLow, pointsInWindow, prune, sortByTime, type PricePoint } from '@/core/history';

const now = Date.parse('2023-06-30T12:00:00+08:00');
const DAY = 86_400_000;

/** Deterministic pseudo-random points over two years (a linear congruential generator). */
function makePoints(count: number): PricePoint[] {
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: count }, () => ({
    at: now - Math.floor(next() * 730 * DAY),
    fen: 5_000 + Math.floor(next() * 100_000),
  }));
}

for (const size of [10_000, 100_000]) {
  const points = makePoints(size);
  const sorted = sortByTime(points);
  describe(`${size.toLocaleString('en')} observations`, () => {
    bench('historicalLow (one pass, any order)', () => {
      historicalLow(points, now, 180);
    });
    bench('pointsInWindow on a sorted store (binary search)', () => {
      pointsInWindow(sorted, now, 180);
    });
    bench('prune, unsorted input (sort + slice)', () => {
      prune(points, now, 180);
    });
    bench('prune, store already sorted', () => {
      prune(sorted, now, 180);
    });
  });
}
