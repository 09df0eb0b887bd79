/**
 * The small pieces every rule is built from: one Check shape, the three-valued combination of
 * terms (SPEC §2), exact comparisons (decimal for float inputs, integer cross-multiplication for
 * money shares) and the display of rates. Rules stay short because the bookkeeping lives here.
 */
import type { Check, Message, RuleId, Status, Term, Values } from '../report';
import type { RulePack } from '../pack';
import { compareDecimal, compareScaled } from '../decimal';
import { formatFen } from '../money';
import { percentText } from '../present/format';
import { placeOfRule, places, type Place } from './where';

export function message(zh: string, en: string): Message {
  return { zh, en };
}

/** 「…；去处：…」: the place appended to a message, once per place. */
const withPlace = boundedMemo((key: string) => {
  const [zh, en, place] = key.split('\u0000') as [string, string, Place];
  const where = places[place];
  return { zh: `${zh}。请${where.zh}`, en: `${en}. To fix: ${where.en}` };
}, 8192);

/**
 * One check. An `unknown` is made actionable here (SPEC §3): its message gains where the user can
 * give the missing input, and `action` names that place for machines — `place` overrides the
 * rule's usual place (a program missing only an item's price points to the page, not the profile).
 */
export function makeCheck(
  pack: RulePack,
  id: RuleId | string,
  status: Status,
  values: Values,
  text: Message,
  place: Place = placeOfRule[id as RuleId] ?? 'profile',
): Check {
  // A pack written before a rule existed has no source for it: say so rather than refuse it.
  const source = pack.sources[id] ?? '';
  if (status !== 'unknown') return { id, status, values, message: text, source };
  const said = withPlace(`${text.zh}\u0000${text.en}\u0000${place}`);
  return { id, status, values, message: said, source, action: place };
}

/** `true` → pass, `false` → the rule's failing status (fail, or warn for advisory rules), null → unknown. */
export function verdict(ok: boolean | null, failing: 'fail' | 'warn' = 'fail'): Status {
  if (ok === null) return 'unknown';
  return ok ? 'pass' : failing;
}

/** SPEC §2: any term `fail` → fail; else any `unknown` → unknown; else pass (warn counts as a pass). */
export function combine(statuses: readonly Status[]): Status {
  let combined: Status = 'pass';
  for (const status of statuses) {
    if (status === 'fail') return 'fail';
    if (status === 'unknown') combined = 'unknown';
  }
  return combined;
}

export function toTerm(check: Check | Term): Term {
  return { id: check.id, status: check.status, values: check.values, message: check.message };
}

/**
 * Decimal-exact comparison with a cheap front door: two doubles further apart than a billionth
 * of their size compare the same way as the decimals they were written as (a double carries
 * ~1e-16 relative error), so only near-ties pay for the exact BigInt comparison of core/decimal.
 */
function compareNumbers(value: number, threshold: number): number {
  if (value === threshold) return 0;
  const gap = value - threshold;
  if (Math.abs(gap) > 1e-9 * Math.max(Math.abs(value), Math.abs(threshold))) return Math.sign(gap);
  return compareDecimal(value, threshold);
}

/** a ≥ b for decimal inputs, exact at the boundary (0.000036 ≤ 36 ppm holds, 0.0000361 doesn't). */
export function atLeast(value: number, threshold: number): boolean {
  return compareNumbers(value, threshold) >= 0;
}

export function greaterThan(value: number, threshold: number): boolean {
  return compareNumbers(value, threshold) > 0;
}

export function atMost(value: number, threshold: number): boolean {
  return compareNumbers(value, threshold) <= 0;
}

/** Parts per million → the fraction it stands for (36 → 0.000036, exactly representable as text). */
export function ppmToFraction(ppm: number): number {
  return ppm / 1_000_000;
}

/**
 * Compares part ÷ whole with a share in basis points by cross-multiplying integers:
 * sign of part × 10 000 − whole × bp. BigInt beyond 2^53 so huge amounts stay exact.
 */
export function compareShare(part: number, whole: number, bp: number): number {
  const left = part * 10_000;
  const right = whole * bp;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return Math.sign(left - right);
  const difference = BigInt(part) * 10_000n - BigInt(whole) * BigInt(bp);
  return difference === 0n ? 0 : difference > 0n ? 1 : -1;
}

/**
 * a × aFactor against b × bFactor (core/decimal's compareScaled) behind the same cheap front door:
 * "label font ≥ 150 % of the body's" is exact at 21 px on 14 px.
 */
export function compareScaledNumbers(
  a: number,
  aFactor: number,
  b: number,
  bFactor: number,
): number {
  const left = a * aFactor;
  const right = b * bFactor;
  // Whole-number products below 2^53 are exact already (21 px × 10 000 vs 14 px × 15 000).
  const wholeInputs =
    Number.isInteger(a) &&
    Number.isInteger(aFactor) &&
    Number.isInteger(b) &&
    Number.isInteger(bFactor);
  if (wholeInputs && Number.isSafeInteger(left) && Number.isSafeInteger(right)) {
    return Math.sign(left - right);
  }
  const gap = left - right;
  if (Math.abs(gap) > 1e-9 * Math.max(Math.abs(left), Math.abs(right))) return Math.sign(gap);
  return compareScaled(a, aFactor, b, bFactor);
}

/** Basis points as a percentage for messages: 2000 → "20%", 230 → "2.3%". */
export const bpText = boundedMemo((bp: number) => `${bp / 100}%`);

/**
 * A fraction as a percentage for messages, exactly as the value table prints it (core/present/
 * format): 0.95 → "95%", 0.96555 → "96.555%" (display only, never compared).
 */
export const fractionText = boundedMemo(percentText);

/** Basis points of part ÷ whole for the values shown (rounded half up to a whole bp). */
export function shareBp(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.floor((part * 10_000 * 2 + whole) / (whole * 2));
}

/**
 * The price the buyer pays: the activity (presale) price when there is one, else the normal
 * selling price. SPEC §6 calls it the total price of a deposit product; the program product
 * terms (商品金额 ≥ 100 元) and the installment plan use the same figure.
 */
export function payablePriceFen(
  product: { priceFen?: number | null; activityPriceFen?: number | null } | null | undefined,
): number | null {
  return product?.activityPriceFen ?? product?.priceFen ?? null;
}

/**
 * A memo that forgets everything once it holds `limit` entries: evaluate() must stay fast
 * (≥ 100 000 calls/s) and the same days, colours, labels and amounts recur from call to call,
 * while a long-running worker must not grow without bound.
 */
export function boundedMemo<K, V>(compute: (key: K) => V, limit = 4096): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    if (cache.size >= limit) cache.clear();
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/** formatFen, remembered: thresholds and common amounts are formatted once, not per check. */
export const fenText = boundedMemo(formatFen);

/** A per-pack (or per-part-of-a-pack) memo by key; a replaced pack simply drops its entries. */
export function perObjectMemo<O extends object, K, V>(
  compute: (owner: O, key: K) => V,
  limit = 512,
): (owner: O, key: K) => V {
  const byOwner = new WeakMap<O, (key: K) => V>();
  return (owner: O, key: K) => {
    let memo = byOwner.get(owner);
    if (!memo) {
      memo = boundedMemo((k: K) => compute(owner, k), limit);
      byOwner.set(owner, memo);
    }
    return memo(key);
  };
}

/** Freezes a shared piece of a report (memoised terms and hints) so no caller can alter it for the next. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** String(n), remembered: turning a double into text costs more than the rest of a message. */
export const numText = boundedMemo((value: number) => String(value));
