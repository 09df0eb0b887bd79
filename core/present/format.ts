/**
 * The one number formatter for people (DESIGN-REVIEW V23, V24, P1): a check's message, the value
 * table under it and the CLI's value line print a number the same way, by its key — `…Fen` money,
 * `…Bp` percent, `…Ppm` percent (‱ for the dispute rate), a `…Rate…` fraction likewise, `…Px`,
 * `…Pct`, `…Deg` with their units, other numbers with thousands grouped.
 *
 * Rates are shown exactly as given, never rounded: a rounded 95% beside 「低于 95%」 would be a
 * number that contradicts its own verdict.
 */
import { formatFen } from '../money';

/**
 * Moves the decimal point of a number's exact decimal text (no float arithmetic, so 230 bp is
 * "2.3", never "2.2999999").
 */
export function shiftDecimal(value: number, places: number): string {
  const [mantissa = '0', exponent = '0'] = String(Math.abs(value)).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let point = whole.length + Number(exponent) + places;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point, '0');
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fracPart = digits.slice(point).replace(/0+$/, '');
  return (value < 0 ? '-' : '') + intPart + (fracPart ? `.${fracPart}` : '');
}

/** A fraction as a percentage: 0.96555 → "96.555%". */
export const percentText = (fraction: number): string => `${shiftDecimal(fraction, 2)}%`;

/** A fraction in ‱ (the dispute rate): 0.00003612345 → "0.3612345‱". */
export const perTenThousandText = (fraction: number): string => `${shiftDecimal(fraction, 4)}‱`;

function groupThousands(value: number): string {
  return Number.isInteger(value) ? String(value).replace(/\B(?=(\d{3})+$)/g, ',') : String(value);
}

/** One compared number for people, by its key (see the header). */
export function formatNumber(key: string, value: number): string {
  const dispute = /dispute/i.test(key);
  if (key.endsWith('Fen')) return formatFen(value);
  if (key.endsWith('Bp')) return `${shiftDecimal(value, -2)}%`;
  if (key.endsWith('Ppm'))
    return dispute ? `${shiftDecimal(value, -2)}‱` : `${shiftDecimal(value, -4)}%`;
  if (/Rate/.test(key))
    return dispute ? `${shiftDecimal(value, 4)}‱` : `${shiftDecimal(value, 2)}%`;
  if (key.endsWith('Px')) return `${value}px`;
  if (key.endsWith('Pct')) return `${value}%`;
  if (key.endsWith('Deg')) return `${value}°`;
  return groupThousands(value);
}

/** Basis points as a percentage: 2000 → "20%". */
export const bpPercent = (bp: number): string => `${shiftDecimal(bp, -2)}%`;

/** A co-subsidy's split of the fee, from its program's share (DESIGN-REVIEW V19): 2000 → 20% / 80%. */
export function cosubsidyShares(platformShareBp: number): { platform: string; merchant: string } {
  return { platform: bpPercent(platformShareBp), merchant: bpPercent(10_000 - platformShareBp) };
}
