import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDecimal, compareScaled, toExactDecimal } from '@/core/decimal';

describe('toExactDecimal', () => {
  it.each([
    [0, 0n, 0],
    [-0, 0n, 0],
    [4.3, 43n, 1],
    [0.000036, 36n, 6],
    [3.6e-5, 36n, 6],
    [1e21, 10n ** 21n, 0],
    [-1.5, -15n, 1],
    [1.5e-10, 15n, 11],
    [Number.MAX_SAFE_INTEGER, 9007199254740991n, 0],
  ])('%d → %s × 10^-%d', (value, units, scale) => {
    expect(toExactDecimal(value)).toEqual({ units, scale });
  });

  it('refuses NaN and infinities', () => {
    expect(() => toExactDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => toExactDecimal(Infinity)).toThrow(RangeError);
    expect(() => compareDecimal(-Infinity, 0)).toThrow(RangeError);
  });
});

describe('compareDecimal', () => {
  it('compares as written, including at the boundary', () => {
    expect(compareDecimal(4.3, 4.3)).toBe(0);
    expect(compareDecimal(4.29, 4.3)).toBe(-1);
    expect(compareDecimal(4.31, 4.3)).toBe(1);
    expect(compareDecimal(0.1 + 0.2, 0.3)).toBe(1); // 0.30000000000000004 is what the sum is
    expect(compareDecimal(0.000036, 3.6e-5)).toBe(0);
    expect(compareDecimal(0.0000361, 0.000036)).toBe(1);
    expect(compareDecimal(-2, -1)).toBe(-1);
    expect(compareDecimal(1e21, 1e21 + 1e6)).toBe(-1);
    expect(compareDecimal(1e-7, 0)).toBe(1);
  });
});

describe('compareScaled', () => {
  it('0.36‱ = 36 ppm: 0.000036 passes exactly, 0.0000361 does not', () => {
    expect(compareScaled(0.000036, 1_000_000, 36, 1)).toBe(0);
    expect(compareScaled(0.0000361, 1_000_000, 36, 1)).toBe(1);
    expect(compareScaled(0.0000359, 1_000_000, 36, 1)).toBe(-1);
  });

  it('a 21 px label is exactly 150 % of a 14 px body', () => {
    expect(compareScaled(21, 1, 14, 1.5)).toBe(0);
    expect(compareScaled(20.99, 1, 14, 1.5)).toBe(-1);
    expect(compareScaled(21.01, 1, 14, 1.5)).toBe(1);
  });

  it('where float multiplication misses the boundary', () => {
    expect(0.1 * 3).not.toBe(0.3);
    expect(compareScaled(0.1, 3, 0.3, 1)).toBe(0);
    expect(1.1 * 3).not.toBe(3.3);
    expect(compareScaled(3.3, 1, 1.1, 3)).toBe(0);
    // 0.95 on-time shipping vs the 90 % threshold written as 0.9.
    expect(compareScaled(0.9, 100, 90, 1)).toBe(0);
    // 57 % written as a fraction: the float product is 56.99999999999999.
    expect(0.57 * 100).toBeLessThan(57);
    expect(compareScaled(0.57, 100, 57, 1)).toBe(0);
    expect(4.35 * 100).toBeLessThan(435);
    expect(compareScaled(4.35, 100, 435, 1)).toBe(0);
  });
});

describe('properties', () => {
  it('agrees with integer comparison of the same decimals written with two places', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        expect(compareDecimal(a / 100, b / 100)).toBe(Math.sign(a - b));
        expect(compareScaled(a, 0.01, b, 0.01)).toBe(Math.sign(a - b));
      }),
      { numRuns: 500 },
    );
  });

  it('is antisymmetric on any finite doubles', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (a, b) => {
          expect(compareDecimal(a, b)).toBe(-compareDecimal(b, a) || 0);
          expect(compareDecimal(a, b)).toBe(a < b ? -1 : a > b ? 1 : 0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
