/**
 * Exact comparison of numbers as a person wrote them. A threshold like "≤ 0.36‱" or "font ≥ 150 %
 * of the body's" must hold exactly at its boundary, and float arithmetic does not: 0.000036 * 1e6
 * is 35.99999999999999, 0.1 * 3 is 0.30000000000000004.
 *
 * Approach: every number is read through its shortest round-trip decimal string (what
 * `String(x)` gives: `0.000036` → "0.000036", `3.6e-5` → "0.000036", `1e21` → "1e+21"), which is
 * the decimal the person typed. That string becomes an integer (BigInt) and a power-of-ten scale,
 * and products and comparisons are then done on integers, so no rounding ever happens.
 */

/** `units × 10^-scale`, exactly. */
export interface ExactDecimal {
  units: bigint;
  scale: number;
}

const NUMBER_STRING = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The exact decimal a finite number stands for, e.g. 3.6e-5 → { units: 36n, scale: 6 }. */
export function toExactDecimal(value: number): ExactDecimal {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const match = NUMBER_STRING.exec(String(value));
  if (!match) throw new RangeError(`unexpected number form: ${String(value)}`);
  const fraction = match[3] ?? '';
  const exponent = Number(match[4] ?? '0') - fraction.length;
  const digits = BigInt(`${match[1] ?? ''}${match[2] ?? ''}${fraction}`);
  return exponent >= 0
    ? { units: digits * 10n ** BigInt(exponent), scale: 0 }
    : { units: digits, scale: -exponent };
}

function multiply(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

function compareExact(a: ExactDecimal, b: ExactDecimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const left = a.units * 10n ** BigInt(scale - a.scale);
  const right = b.units * 10n ** BigInt(scale - b.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`, decimal-exactly. Throws on NaN/±Infinity. */
export function compareDecimal(a: number, b: number): -1 | 0 | 1 {
  return compareExact(toExactDecimal(a), toExactDecimal(b));
}

/**
 * Compares `a × aFactor` with `b × bFactor` exactly. "label ≥ 150 % of body":
 * `compareScaled(21, 1, 14, 1.5) >= 0`; "rate ≤ 36 ppm": `compareScaled(0.000036, 1e6, 36, 1) <= 0`.
 */
export function compareScaled(a: number, aFactor: number, b: number, bFactor: number): -1 | 0 | 1 {
  return compareExact(
    multiply(toExactDecimal(a), toExactDecimal(aFactor)),
    multiply(toExactDecimal(b), toExactDecimal(bFactor)),
  );
}
