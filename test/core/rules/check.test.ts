import { describe, expect, it } from 'vitest';
import {
  atLeast,
  atMost,
  boundedMemo,
  combine,
  compareScaledNumbers,
  compareShare,
  greaterThan,
  payablePriceFen,
  shareBp,
} from '@/core/rules/check';

describe('combine (SPEC §2)', () => {
  it.each([
    [['pass', 'pass'], 'pass'],
    [['pass', 'unknown'], 'unknown'],
    [['unknown', 'fail'], 'fail'],
    [['warn', 'pass'], 'pass'],
    [[], 'pass'],
  ] as const)('%j → %s', (statuses, expected) => {
    expect(combine(statuses)).toBe(expected);
  });
});

describe('exact decimal comparisons behind the float front door', () => {
  it.each([
    [0.000036, 0.000036, true],
    [0.0000361, 0.000036, false],
    [0.1 + 0.2, 0.3, false], // 0.30000000000000004 is really above 0.3
    [0.9, 900_000 / 1_000_000, true],
  ])('atMost(%s, %s) = %s', (value, threshold, expected) => {
    expect(atMost(value, threshold)).toBe(expected);
  });
  it('atLeast / greaterThan at the boundary', () => {
    expect(atLeast(4.3, 4.3)).toBe(true);
    expect(greaterThan(550, 550)).toBe(false);
    expect(greaterThan(550.0000001, 550)).toBe(true);
  });
  it.each([
    [21, 10_000, 14, 15_000, 0],
    [20.99, 10_000, 14, 15_000, -1],
    [19.95, 10_000, 13.3, 15_000, 0], // floats that multiply inexactly still tie exactly
  ])('compareScaledNumbers(%s×%s, %s×%s) = %s', (a, af, b, bf, expected) => {
    expect(compareScaledNumbers(a, af, b, bf)).toBe(expected);
  });
});

describe('integer money shares', () => {
  it('compares part ÷ whole with a bp share by cross-multiplication', () => {
    expect(compareShare(100, 10_000, 100)).toBe(0);
    expect(compareShare(99, 10_000, 100)).toBe(-1);
    // Beyond 2^53 the BigInt path keeps it exact.
    expect(compareShare(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 10_000)).toBe(0);
    expect(compareShare(Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER, 10_000)).toBe(-1);
  });
  it('shows a share in bp, half up', () => {
    expect(shareBp(10_000, 99_900)).toBe(1001);
    expect(shareBp(1, 0)).toBeNull();
  });
  it('the payable price is the activity price, else the normal one', () => {
    expect(payablePriceFen({ priceFen: 2, activityPriceFen: 1 })).toBe(1);
    expect(payablePriceFen({ priceFen: 2 })).toBe(2);
    expect(payablePriceFen(null)).toBeNull();
  });
});

it('boundedMemo computes once per key and forgets when full', () => {
  let calls = 0;
  const twice = boundedMemo((n: number) => {
    calls += 1;
    return n * 2;
  }, 2);
  expect([twice(1), twice(1), twice(2)]).toEqual([2, 2, 4]);
  expect(calls).toBe(2);
  twice(3); // full: cleared, then 3 stored
  twice(1);
  expect(calls).toBe(4);
});
