/**
 * What the popup's text fields accept, as pure functions: an empty field is "not given" (null,
 * which the core reads as unknown), anything else is a valid value or a reason a person can act on.
 */
import { parsePrice } from '@/core/money';
import { singlePriceFen } from '@/core/facts/price';
import { rateRange } from '@/core/ranges';
import type { Message } from '@/core/report';
import { shiftDecimal } from '@/components/i18n';
import { popupText, rangeError } from './text';

export type FieldParse<T> = { ok: true; value: T | null } | { ok: false; error: Message };

/** NFKC folds full-width digits and points (１２．５) into ASCII, as merchants type them in IMEs. */
const normalise = (text: string) => text.normalize('NFKC').trim();

export function parseNumberField(
  text: string,
  bounds: { min: number; max: number; whole?: boolean },
): FieldParse<number> {
  const clean = normalise(text);
  if (clean === '') return { ok: true, value: null };
  if (!/^\d+(\.\d+)?$/.test(clean)) return { ok: false, error: popupText.errNumber };
  if (bounds.whole && clean.includes('.')) return { ok: false, error: popupText.errWhole };
  const value = Number(clean);
  if (value < bounds.min || value > bounds.max)
    return { ok: false, error: rangeError(bounds.min, bounds.max) };
  return { ok: true, value };
}

/**
 * A rate typed in a display unit (% or ‱) as the fraction the core holds. The decimal point is
 * moved on the text, so "0.36" ‱ is exactly 0.000036 and not 0.36 / 10000's float noise.
 */
export function parseRateField(text: string, unitPlaces: 2 | 4): FieldParse<number> {
  const inUnit = (bound: number) => Number(shiftDecimal(bound, unitPlaces));
  const parsed = parseNumberField(text, { min: inUnit(rateRange.min), max: inUnit(rateRange.max) });
  if (!parsed.ok || parsed.value === null) return parsed;
  return { ok: true, value: Number(shiftDecimal(parsed.value, -unitPlaces)) };
}

/** A fraction back in its display unit (0.95 → "95"). */
export const rateText = (fraction: number | null | undefined, unitPlaces: 2 | 4) =>
  fraction === null || fraction === undefined ? '' : shiftDecimal(fraction, unitPlaces);

/** One amount of money as pages and people write it (`¥1,299.00`, `99元`, `10万`) → fen. */
export function parseMoneyField(text: string): FieldParse<number> {
  if (normalise(text) === '') return { ok: true, value: null };
  const parsed = parsePrice(text);
  if (!parsed.ok) return { ok: false, error: popupText.errPrice };
  const fen = singlePriceFen(parsed);
  return fen === null ? { ok: false, error: popupText.errSinglePrice } : { ok: true, value: fen };
}

/** Fen back as plain yuan for an input (129900 → "1299"). */
export const moneyText = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '' : shiftDecimal(fen, -2);
