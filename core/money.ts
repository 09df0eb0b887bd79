/**
 * Money at the edge: price text as the pages show it → integer fen, and fen → `¥1,299.00`.
 * Inside the core money is integer fen only; decimals are read as strings and scaled with
 * BigInt, never `parseFloat(x) * 100` (which turns `¥1.15` into 114.99999999999999 fen).
 *
 * A wrong number is worse than "not a price": anything the parser cannot read with certainty is
 * refused with the reason, never guessed. The grammar, after folding full-width forms, dashes and
 * every kind of space (a line break too) into one space, and dropping zero-width characters:
 *
 *   text       := (other | expression)*
 *   expression := amount (sep amount)?             sep := '-' | '~' | '至' | '到'   (a range)
 *   amount     := ['¥'] number [unit] ['元'] ['起']  unit := 万 | 萬 | 亿 | 億 | 千
 *   number     := digits ('.' digits)?  with digits := \d+ | \d{1,3}(,\d{3})+
 *
 * - read: `¥1,299.00`, `￥99`, `99元`, `1.2万` (= 12 000 元), `1.2萬`, `8千元`, `¥9.9起` (a "from"
 *   price: min = max), `到手价¥89`, `券后¥79`, `￥１２．５`, ranges `¥99-199`, `￥6.8 至 ￥24.99`,
 *   `19.99～29.99`; with several prices (`16.9 活动价：15.88`) the FIRST the text states, preferring
 *   the first one marked with ¥ or 元 when any is; read a labelled one with `findLabelledPrice`.
 * - an amount that is not money is never a price, and the text's other amounts are still read:
 *   a discount (`9.9折`, `75折`, `40%`), 角/分 (`5分` is as often a score: `123元1角1分` is refused
 *   as a whole), a count, date or time (`3期`, `2023年`, `12月`, `5位`, `100件`), another currency
 *   (`99港元`, `日元`, `美元`, `$99`, `€`, `99 руб`, `99 USD`), an approximation or a bound (`约99元`,
 *   `2000余元`, `2000多元`, `100元以上`), or a number in a word (`8百元`, `1e5`, `0x10`, `15 Pro`).
 * - the whole text is refused: no digits (`¥abc`, `--`, `暂无报价`), longer than 64 characters, a
 *   bidirectional control (`¥\u202E99.1` shows as ¥1.99), more decimals than a fen holds (`¥1.005`),
 *   a negative (`-5`, `负10000`), malformed thousands separators (`1,29`), more than
 *   Number.MAX_SAFE_INTEGER fen; and an amount split by a space or line break
 *   (`¥1 299`, `¥99.` + line break + `9`) or run on after its unit (`3万4000`, `99元5角`).
 */

export type PriceParse =
  { ok: true; minFen: number; maxFen: number } | { ok: false; reason: string };

/** A price cell is short; anything longer is not a price and is not worth scanning. */
export const MAX_PRICE_TEXT_LENGTH = 64;
/** A labelled price is looked for in a whole card's text, so allow more. */
export const MAX_LABELLED_TEXT_LENGTH = 256;

/** Separators that make two adjacent amounts one range. */
const RANGE_SEPARATOR = /^[-~至到]$/;
/** Scale of the multiplier words after a number, as a power of ten of yuan. */
const UNIT_EXPONENT: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8, 千: 3 };

/**
 * Full-width forms (digits, `．，～－：％＄`, letters too) → ASCII, `￥` → `¥`, every dash → `-`, every
 * space (NBSP, thin, ideographic, a line break…) → one space; zero-width characters dropped.
 */
function fold(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\uff01-\uff5e]/g, (wide) => String.fromCharCode(wide.charCodeAt(0) - 0xfee0))
    .replace(/￥/g, '¥')
    .replace(/〜/g, '~')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Marks that reorder what is shown: the page would show one number and the text hold another. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * What may follow an amount and makes it not money (spaces skipped: `9.9 折` is a discount too).
 * A bare number run into any other word is refused below, so these lists only need the words
 * that may also follow a marked amount (`¥99日元`) or stand after a space (`2023 年`).
 */
const NOT_MONEY_AFTER =
  /^(?:([折%])|([角分])|(港[元币]|[日美欧韩]元|美金|英镑|台币|円|[$€£])|(余|多|左右|以[上下内])|([年月日天号期位人件个次])|((?!\p{Script=Han})\p{L}))/u;
/** Why, by the group of NOT_MONEY_AFTER that matched; the last: `99 руб`, `99 USD`, `40% OFF`. */
const NOT_MONEY_REASONS = [
  'a discount',
  '角/分',
  'another currency',
  'approximate',
  'a count or date',
  'before a word',
];

/** Before an amount (spaces skipped): another currency's sign, or an approximation. */
const NOT_MONEY_BEFORE = /(?:([$€£])|约)$/;

/** A letter right against a bare (unmarked) number puts it in a word (`8百元`, `第3`). */
const IN_A_WORD = /^(?![至到起])\p{L}/u;

interface Amount {
  /** Index where the amount begins (its ¥ when it has one). */
  start: number;
  /** Index just past the amount (past 万 / 元 when present). */
  end: number;
  fen: bigint;
  /** Carries ¥ or 元, so it is money rather than a count. */
  marked: boolean;
  /** Why this amount is not money (a discount, a count…): it is never read as a price. */
  notMoney: string | null;
  /** Ends with its last digit (no 万 / 元 after it). */
  bare: boolean;
}

interface Expression {
  start: number;
  end: number;
  minFen: number;
  maxFen: number;
  marked: boolean;
  notMoney: string | null;
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

/** Why the words right after an amount make it not money, or null. */
function notMoneyAfter(text: string, from: number): string | null {
  const match = NOT_MONEY_AFTER.exec(text.slice(skipSpaces(text, from, 1)));
  return match ? (NOT_MONEY_REASONS[match.slice(1).findIndex(Boolean)] ?? null) : null;
}

function notMoneyBefore(text: string, start: number): string | null {
  const match = NOT_MONEY_BEFORE.exec(text.slice(0, skipSpaces(text, start - 1, -1) + 1));
  return match ? (NOT_MONEY_REASONS[match[1] ? 2 : 3] ?? null) : null;
}

function readAmounts(text: string): Amount[] | string {
  const amounts: Amount[] = [];
  for (const match of text.matchAll(NUMBER_RUN)) {
    // A trailing `.` or `,` is punctuation (`¥99, ¥199`), not part of the number.
    const run = match[0].replace(/[.,]+$/, '');
    const runStart = match.index;
    const runEnd = runStart + run.length;
    // `.5` or `,5`: a number must start with a digit, or it would be read as 5.
    if (/[.,]/.test(text[runStart - 1] ?? '')) return 'malformed number';
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
    // `3万4000`, `99元5角`, `1千万`: a compound amount is not read (and not read as its first part).
    if (end > runEnd && /^[0-9万萬亿億千百]/.test(text.slice(end))) {
      return 'run on after 万/元';
    }
    // `¥9.9起`: a "from" price; 起 is read as part of it, but not counted in the amount.
    const after = text[end] === '起' ? end + 1 : end;
    let start = runStart;
    const signAt = skipSpaces(text, runStart - 1, -1);
    if (text[signAt] === '¥') {
      marked = true;
      start = signAt;
    }
    const fen = toFen(run, unitExponent);
    if (typeof fen === 'string') return fen;
    if (fen > MAX_SAFE_FEN) return `"${run}" is too large`;
    let notMoney = notMoneyAfter(text, after) ?? notMoneyBefore(text, start);
    // A bare number inside a word (`8百元`, `第3`, `1e5`, `0x10`) is not an amount of money either.
    if (!notMoney && !marked) {
      const glued = `${text[runStart - 1] ?? ''}${text[after] ?? ''}`;
      if ([...glued].some((char) => IN_A_WORD.test(char))) notMoney = 'a number in a word';
    }
    const shown = text.slice(start, end);
    amounts.push({
      start,
      end,
      fen,
      marked,
      bare: end === runEnd,
      notMoney: notMoney && `"${shown}": ${notMoney}`,
    });
  }
  return amounts;
}

/** Whether the text between two amounts makes them one range (`99-199`, `6.8 至 24.99`). */
function isRangeGap(gap: string): boolean {
  return RANGE_SEPARATOR.test(gap.trim());
}

/**
 * `¥1 299`, `¥99.` + line break + `9`, `1 299元`: one number split in two, or two numbers? It
 * cannot be known, so it is not read. Only a space between them; neither a discount, count… (`¥199
 * 8折` is a price and a discount), and the second without a ¥ of its own.
 */
function isSplitNumber(text: string, amount: Amount, next: Amount | undefined): boolean {
  if (!next || !amount.bare || amount.notMoney || next.notMoney) return false;
  return text[next.start] !== '¥' && /^[ .,]*$/.test(text.slice(amount.end, next.start));
}

/** A `-` or 负 right before an amount that does not join it to an earlier amount is a minus sign. */
function isNegative(text: string, amount: Amount, previous: Amount | undefined): boolean {
  const signAt = skipSpaces(text, amount.start - 1, -1);
  if (text[signAt] === '负') return true;
  if (text[signAt] !== '-') return false;
  return previous === undefined || text.slice(previous.end, signAt).trim() !== '';
}

function scan(raw: string, maxLength: number): Scan {
  if (typeof raw !== 'string') return { ok: false, reason: 'not text' };
  if (BIDI_CONTROL.test(raw)) {
    return { ok: false, reason: 'bidi controls' };
  }
  const text = fold(raw);
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length > maxLength) return { ok: false, reason: `longer than ${maxLength} characters` };
  const amounts = readAmounts(text);
  if (typeof amounts === 'string') return { ok: false, reason: amounts };
  if (amounts.length === 0) return { ok: false, reason: `no price in "${text}"` };

  const split = amounts.findIndex((amount, index) =>
    isSplitNumber(text, amount, amounts[index + 1]),
  );
  if (split >= 0) return { ok: false, reason: 'a space inside a number' };

  const expressions: Expression[] = [];
  for (let index = 0; index < amounts.length; index += 1) {
    const amount = amounts[index] as Amount;
    if (isNegative(text, amount, amounts[index - 1])) {
      return { ok: false, reason: 'a negative price' };
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
        notMoney: amount.notMoney ?? next.notMoney,
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
  if (expression.notMoney) return { ok: false, reason: expression.notMoney };
  return { ok: true, minFen: expression.minFen, maxFen: expression.maxFen };
}

/** The first price (or range) the text states; the first marked with ¥/元 wins when any is. */
export function parsePrice(text: string): PriceParse {
  const scanned = scan(text, MAX_PRICE_TEXT_LENGTH);
  if (!scanned.ok) return scanned;
  const money = scanned.expressions.filter((expression) => !expression.notMoney);
  const chosen = money.find((expression) => expression.marked) ?? money[0];
  // Nothing but discounts, counts…: say what the first of them is.
  return toParse(chosen ?? (scanned.expressions[0] as Expression));
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
  if (!only || only.minFen !== only.maxFen || only.notMoney) return null;
  return only.start === 0 && only.end === scanned.text.length ? only.minFen : null;
}

/** `129900` → `¥1,299.00`; `5` → `¥0.05`; negatives (differences) as `-¥0.05`. */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not integer fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const absolute = Math.abs(fen);
  const yuan = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(absolute % 100).padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}
