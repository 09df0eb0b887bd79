/**
 * Money at the edge: price text as the pages show it → integer fen, and fen → `¥1,299.00`.
 * Inside the core money is integer fen only; decimals are read as strings and scaled with
 * BigInt, never `parseFloat(x) * 100` (which turns `¥1.15` into 114.99999999999999 fen).
 *
 * What `parsePrice` reads (after folding full-width forms and every kind of space):
 * - one amount: `¥1,299.00`, `￥99`, `99元`, `1.2万` (= 12 000 元, also 亿), `¥ 0.01`, `￥１２．５`;
 * - labels and marks around it: `到手价¥89`, `券后¥79`, `¥9.9起` (a "from" price: min = max);
 * - a range: `¥99-199`, `¥99~¥199`, `￥9.80 ~ ￥15.80`, `￥6.8 至 ￥24.99`, `19.99～29.99`;
 * - several prices (`16.9 活动价：15.88`): the FIRST price the text states, preferring the first
 *   one marked with ¥ or 元 when any is. On the goods list that first price is the normal selling
 *   price; read the labelled one with `findLabelledPrice(text, '活动价')`.
 *
 * Refused with a reason (never NaN, a float, a negative or an exception): no digits (`¥abc`,
 * `--`, `暂无报价`), text longer than 64 characters, more decimals than a fen holds (`¥1.005`;
 * rounding would be a guess), a negative amount, exponent or hex notation (`1e5`), malformed
 * thousands separators (`1,29`), and amounts beyond Number.MAX_SAFE_INTEGER fen.
 */

export type PriceParse =
  { ok: true; minFen: number; maxFen: number } | { ok: false; reason: string };

/** A price cell is short; anything longer is not a price and is not worth scanning. */
export const MAX_PRICE_TEXT_LENGTH = 64;
/** A labelled price is looked for in a whole card's text, so allow more. */
export const MAX_LABELLED_TEXT_LENGTH = 256;

/** Separators that make two adjacent amounts one range. */
const RANGE_SEPARATORS = new Set(['-', '~', '至', '到']);
/** Scale of the multiplier words after a number, as a power of ten of yuan. */
const UNIT_EXPONENT: Record<string, number> = { 万: 4, 亿: 8 };

const FOLD: Record<string, string> = {
  '．': '.',
  '，': ',',
  '￥': '¥',
  '～': '~',
  '〜': '~',
  '－': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '−': '-',
  '：': ':',
};

/** Full-width digits and symbols → ASCII; every space (NBSP, thin, ideographic…) → one space. */
function fold(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．，￥～〜－‐‑‒–—−：]/g, (symbol) => FOLD[symbol] ?? symbol)
    .replace(/\s+/g, ' ')
    .trim();
}

interface Amount {
  /** Index where the amount begins (its ¥ when it has one). */
  start: number;
  /** Index just past the amount (past 万 / 元 when present). */
  end: number;
  fen: bigint;
  /** Carries ¥ or 元, so it is money rather than a count. */
  marked: boolean;
}

interface Expression {
  start: number;
  end: number;
  minFen: number;
  maxFen: number;
  marked: boolean;
}

type Scan = { ok: true; text: string; expressions: Expression[] } | { ok: false; reason: string };

const NUMBER_RUN = /[0-9][0-9.,]*/g;
const WELL_FORMED = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const MAX_SAFE_FEN = BigInt(Number.MAX_SAFE_INTEGER);

/** Skips spaces from `index` going in `step` direction; returns the first non-space index. */
function skipSpaces(text: string, index: number, step: 1 | -1): number {
  let at = index;
  while (text[at] === ' ') at += step;
  return at;
}

function toFen(run: string, unitExponent: number): bigint | string {
  const match = WELL_FORMED.exec(run);
  if (!match) return `malformed number "${run}"`;
  const whole = (match[1] ?? '').replace(/,/g, '');
  const fraction = match[2] ?? '';
  const fenExponent = 2 + unitExponent;
  if (fraction.length > fenExponent) return `"${run}" has more decimals than a fen holds`;
  return BigInt(whole + fraction) * 10n ** BigInt(fenExponent - fraction.length);
}

function readAmounts(text: string): Amount[] | string {
  const amounts: Amount[] = [];
  for (const match of text.matchAll(NUMBER_RUN)) {
    // A trailing `.` or `,` is punctuation (`¥99, ¥199`), not part of the number.
    const run = match[0].replace(/[.,]+$/, '');
    const runStart = match.index;
    const runEnd = runStart + run.length;
    // `1e5`, `0x10`, `abc1`: a number glued to letters is not a price.
    if (/[A-Za-z]/.test(text[runStart - 1] ?? '') || /[A-Za-z]/.test(text[runEnd] ?? '')) {
      return `"${text}" is not a plain decimal price`;
    }
    // `.5` or `,5`: a number must start with a digit, or it would be read as 5.
    if (/[.,]/.test(text[runStart - 1] ?? '')) return `malformed number in "${text}"`;
    let end = runEnd;
    let unitExponent = 0;
    let marked = false;
    const unitAt = skipSpaces(text, end, 1);
    const unit = text[unitAt] ?? '';
    if (unit in UNIT_EXPONENT) {
      unitExponent = UNIT_EXPONENT[unit] ?? 0;
      end = unitAt + 1;
    }
    const yuanAt = skipSpaces(text, end, 1);
    if (text[yuanAt] === '元') {
      marked = true;
      end = yuanAt + 1;
    }
    let start = runStart;
    const signAt = skipSpaces(text, runStart - 1, -1);
    if (text[signAt] === '¥') {
      marked = true;
      start = signAt;
    }
    const fen = toFen(run, unitExponent);
    if (typeof fen === 'string') return fen;
    if (fen > MAX_SAFE_FEN) return `"${run}" is beyond the largest amount handled`;
    amounts.push({ start, end, fen, marked });
  }
  return amounts;
}

/** Whether the text between two amounts makes them one range (`99-199`, `6.8 至 24.99`). */
function isRangeGap(gap: string): boolean {
  return RANGE_SEPARATORS.has(gap.trim());
}

/** A `-` right before an amount that does not join it to an earlier amount is a minus sign. */
function isNegative(text: string, amount: Amount, previous: Amount | undefined): boolean {
  const signAt = skipSpaces(text, amount.start - 1, -1);
  if (text[signAt] !== '-') return false;
  return previous === undefined || text.slice(previous.end, signAt).trim() !== '';
}

function scan(raw: string, maxLength: number): Scan {
  if (typeof raw !== 'string') return { ok: false, reason: 'not text' };
  const text = fold(raw);
  if (text === '') return { ok: false, reason: 'empty price text' };
  if (text.length > maxLength) return { ok: false, reason: `longer than ${maxLength} characters` };
  const amounts = readAmounts(text);
  if (typeof amounts === 'string') return { ok: false, reason: amounts };
  if (amounts.length === 0) return { ok: false, reason: `no price in "${text}"` };

  const expressions: Expression[] = [];
  for (let index = 0; index < amounts.length; index += 1) {
    const amount = amounts[index] as Amount;
    if (isNegative(text, amount, amounts[index - 1])) {
      return { ok: false, reason: `negative price in "${text}"` };
    }
    const next = amounts[index + 1];
    if (next && isRangeGap(text.slice(amount.end, next.start))) {
      const [low, high] = amount.fen <= next.fen ? [amount, next] : [next, amount];
      expressions.push({
        start: amount.start,
        end: next.end,
        minFen: Number(low.fen),
        maxFen: Number(high.fen),
        marked: amount.marked || next.marked,
      });
      index += 1;
      continue;
    }
    const fen = Number(amount.fen);
    expressions.push({ ...amount, minFen: fen, maxFen: fen });
  }
  return { ok: true, text, expressions };
}

function toParse(expression: Expression): PriceParse {
  return { ok: true, minFen: expression.minFen, maxFen: expression.maxFen };
}

/** The first price (or range) the text states; the first marked with ¥/元 wins when any is. */
export function parsePrice(text: string): PriceParse {
  const scanned = scan(text, MAX_PRICE_TEXT_LENGTH);
  if (!scanned.ok) return scanned;
  const [first] = scanned.expressions;
  const chosen = scanned.expressions.find((expression) => expression.marked) ?? first;
  return chosen ? toParse(chosen) : { ok: false, reason: 'no price' };
}

/**
 * The price right after a label: `findLabelledPrice('16.9 活动价：15.88', '活动价')` → 1588 fen.
 * Only spaces and a colon may stand between the label and the price; the first occurrence of the
 * label counts. Full-width forms are folded in both the text and the label.
 */
export function findLabelledPrice(text: string, label: string): PriceParse {
  const wanted = fold(label);
  if (wanted === '') return { ok: false, reason: 'empty label' };
  const scanned = scan(text, MAX_LABELLED_TEXT_LENGTH);
  if (!scanned.ok) return scanned;
  const labelAt = scanned.text.indexOf(wanted);
  if (labelAt < 0) return { ok: false, reason: `no "${wanted}" in the text` };
  const labelEnd = labelAt + wanted.length;
  const found = scanned.expressions.find(
    (expression) =>
      expression.start >= labelEnd &&
      /^[ :]*$/.test(scanned.text.slice(labelEnd, expression.start)),
  );
  return found ? toParse(found) : { ok: false, reason: `no price right after "${wanted}"` };
}

/**
 * A form input's amount in yuan (`99.5` → 9950; `¥99`, `1,299`, `99元`, `１２．５` too), with the
 * same rules as `parsePrice`; null when the input is anything but one plain amount.
 */
export function parseYuanToFen(text: string): number | null {
  const scanned = scan(text, MAX_PRICE_TEXT_LENGTH);
  if (!scanned.ok || scanned.expressions.length !== 1) return null;
  const [only] = scanned.expressions;
  if (!only || only.minFen !== only.maxFen) return null;
  return only.start === 0 && only.end === scanned.text.length ? only.minFen : null;
}

/** `129900` → `¥1,299.00`; `5` → `¥0.05`; negatives (differences) as `-¥0.05`. */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`formatFen needs integer fen, got ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const absolute = Math.abs(fen);
  const yuan = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(absolute % 100).padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}
