/**
 * Money at the edge: price text as the pages show it → integer fen, and fen → `¥1,299.00`.
 * Inside the core money is integer fen only; decimals are read as digit strings and scaled by
 * padding, never `parseFloat(x) * 100` (which turns `¥1.15` into 114.99999999999999 fen).
 *
 * A wrong number is worse than "not a price": anything the parser cannot read with certainty is
 * refused with the reason, never guessed. The grammar, after folding full-width forms, dashes and
 * every kind of space (a line break too) into one space, and dropping zero-width characters:
 *
 *   text       := (other | expression)*
 *   expression := amount (sep amount)?            sep  := '-' | '~' | '〜' | '至' | '到'  (a range)
 *   amount     := [sign] number [unit] [yuan] ['起'] unit := 万 | 萬 | 亿 | 億 | 千
 *   sign       := ¥ | 人民币 | 人民幣 | RMB | CNY
 *   yuan       := 元 [人民币] | 块 | 块钱 | 塊 | 塊錢 | 人民币 | 人民幣 | yuan | RMB | CNY
 *   number     := digits ('.' digits)?  with digits := \d+ | \d{1,3}(,\d{3})+
 *
 * - marked: an amount with a sign or a yuan word is yuan for certain (`7块`, `人民幣3.14`, `1 yuan`,
 *   `8亿元人民币`; not `3块肥皂`, three bars of soap).
 * - not money, by what stands around the amount (spaces inside the words skipped): a discount or a
 *   share (`9.9折`, `１０ 成`, `40%`, `百 分之 2`), a count or date (`3期`, `2023年`, `個百分 點`),
 *   an approximation (`约99元`, `2000余元`, `99+`), another currency (`99港元`, `美元 7.2`, `$99`),
 *   a fraction, ratio or power (`３／５`, `12:30`, `2^5`), 角/分, a zero-padded number (`09`), a
 *   number in a word (`8百元`, `1e5`, `2⁵`), a bare number in text with foreign words (`July, 2004`),
 *   a date for a range (`2023-12-25`; `25-09`, unmarked and high to low).
 * - THE RULE: when any amount of the text is not money, only a marked amount may be the price: a
 *   bare neighbour may be a piece of the refused one (`$119. 95`, `1 890 Р`, `7 2 折`). Otherwise
 *   the first marked amount, else the first (`16.9 活动价：15.88` → 16.90); `findLabelledPrice`
 *   reads the one after a label by the same rule.
 * - the whole text is refused: no digits (`¥abc`, `--`, `暂无报价`), longer than 64 characters, a
 *   bidirectional control (`¥\u202E99.1` shows as ¥1.99), more decimals than a fen holds (`¥1.005`),
 *   a negative (`-5`, `负10000`), malformed thousands separators (`1,29`), more than
 *   Number.MAX_SAFE_INTEGER fen; an amount split by a space or line break (`¥1 299`, `¥99.` + line
 *   break + `9`), or a compound read in part (`3万4000`, `7万 5千 4百`, `3块5`, `99元 5角`).
 */

export type PriceParse =
  { ok: true; minFen: number; maxFen: number } | { ok: false; reason: string };

/** A price cell is short; anything longer is not a price and is not worth scanning. */
export const MAX_PRICE_TEXT_LENGTH = 64;
/** A labelled price is looked for in a whole card's text, so allow more. */
const MAX_LABELLED_TEXT_LENGTH = 256;

/** Separators that make two adjacent amounts one range. */
const RANGE_SEPARATOR = /^ ?[-~〜至到] ?$/;
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
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Marks that reorder what is shown: the page would show one number and the text hold another. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Words that make an amount yuan for certain, before it or after it. */
const RMB = '人民[币幣]|(?:rmb|cny|yuan)(?!\\p{L})';
/**
 * One amount: ¥ or 人民币 / RMB before it, a number ending with a digit (a trailing `.` is
 * punctuation), a scale word, then 元 (元人民币 too), 块 / 块钱 (not 3块肥皂, a count), 人民币 or
 * `yuan` after it. Text is folded first, so a space is one space.
 */
const AMOUNT = new RegExp(
  `(?:(¥|${RMB}) ?)?([.,]?\\d(?:[\\d.,]*\\d)?)(?: ?([万萬亿億千]))?( ?(?:元(?: ?${RMB})?|[块塊](?:[钱錢]|(?!\\p{L}))|${RMB}))?`,
  'giu',
);
/** After 万 / 元: more of the same amount (`3万4000`, `99元5角`, `7万 5千`, `99元 5角`). */
const RUN_ON = /^(?:[\d万萬亿億千百]| ?\d[\d.,]* ?[万萬亿億千百角分毛])/;

/** Another currency: a Chinese word + 元 / 币 (日元, 港币, 美元…; not 万元, 人民币), or a sign. */
const CURRENCY = '(?![万萬亿億千百民])\\p{Script=Han}[元币幣]|美金|英镑|卢布|円|[$€£₽₩₹]';
/**
 * Why an amount is not money, by index: the groups of NOT_MONEY_AFTER and NOT_MONEY_BEFORE in this
 * order (matched with the spaces dropped: `9.9 折`, `個百分 點`, `百 分之 2` too), then what
 * readAmounts and scan find. A discount or a count beside a price is a word of its own (`¥199 8折`,
 * index 0 and 1); any other may be a piece of the number beside it.
 */
const REASONS = [
  'a count',
  'a discount',
  'approximate',
  'another currency',
  'a fraction',
  '角/分',
  'in a word',
  'zero-padded',
  'in foreign text',
  'a date',
];
const NOT_MONEY_AFTER = new RegExp(
  `^(?:([年月天号號期位人件个個次]|日(?!元))|(百分|[折%‰‱]|成(?!交))|(余|多|左右|以[上下内]|\\+)|(${CURRENCY})|([/:^*×÷]\\d)|([角分毛](?!期))|((?!\\p{Script=Han})\\p{L}))`,
  'u',
);
/** `第 3`, `百分之2`, `$99`, `约99元`, `3/5`, `2^5`, `12:30`, `1+1`. */
const NOT_MONEY_BEFORE = new RegExp(`(?:([第#№])|(分之)|(约)|(${CURRENCY})|(\\d[+/:^*×÷]))$`, 'u');

/** A letter or a digit sign right against a bare number puts it in a word (`8百元`, `第3`, `2⁵`). */
const IN_A_WORD = /^(?![至到起])[\p{L}\p{N}]/u;
/** A word in another script than Chinese (`July, 2004`, `заказ: 1`): its bare numbers are unknown. */
const FOREIGN_LETTER = /(?!\p{Script=Han})\p{L}/u;

/** An amount, or two joined as a range (`¥99-199`), in the folded text. */
interface Expression {
  /** Index where it begins (its ¥ when it has one). */
  start: number;
  /** Index just past it (past 万 / 元 when present, not past 起). */
  end: number;
  minFen: number;
  maxFen: number;
  /** Carries ¥, 元, 块 or 人民币, so it is yuan rather than a count. */
  marked: boolean;
  /** Why it is not money (a discount, a count…), as an index in REASONS; -1 when it is money. */
  why: number;
}

type Scan = { ok: true; text: string; expressions: Expression[] } | { ok: false; reason: string };
const refuse = (reason: string) => ({ ok: false, reason }) as const;

const WELL_FORMED = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const noSpaces = (text: string) => text.replace(/ /g, '');
const groupOf = (match: RegExpExecArray | null) => (match ? match.slice(1).findIndex(Boolean) : -1);

function toFen(run: string, unitExponent: number): number {
  const match = WELL_FORMED.exec(run);
  if (!match) throw `"${run}": malformed`;
  const fraction = match[2] ?? '';
  const fenExponent = 2 + unitExponent;
  if (fraction.length > fenExponent) throw `"${run}": more decimals than a fen`;
  // The digits as one integer of fen: exact up to 2^53, and past it never a safe integer.
  const fen = Number((match[1] ?? '').replace(/,/g, '') + fraction.padEnd(fenExponent, '0'));
  if (!Number.isSafeInteger(fen)) throw `"${run}" is too large`;
  return fen;
}

function readAmounts(text: string): Expression[] {
  const amounts: Expression[] = [];
  const foreign = FOREIGN_LETTER.test(text.replace(AMOUNT, ''));
  for (const match of text.matchAll(AMOUNT)) {
    const [shown, sign, run = '', unit, yuan] = match;
    const start = match.index;
    const end = start + shown.length;
    const rest = text.slice(end);
    // `3万4000`, `99元5角`, `7万 5千`: a compound amount is not read (and not as its first part).
    if ((unit || yuan) && (RUN_ON.test(rest) || (unit && !yuan && /^ \d/.test(rest)))) {
      throw 'run on after 万/元';
    }
    const fen = toFen(run, UNIT_EXPONENT[unit ?? ''] ?? 0);
    const marked = Boolean(sign || yuan);
    // `¥9.9起`: a "from" price; 起 is read as part of it, but not counted in the amount.
    const after = rest[0] === '起' ? end + 1 : end;
    let why = groupOf(NOT_MONEY_AFTER.exec(noSpaces(text.slice(after))));
    if (why < 0) why = groupOf(NOT_MONEY_BEFORE.exec(noSpaces(text.slice(0, start))));
    if (why < 0 && /^0\d/.test(run)) why = 7;
    // A bare number inside a word (`8百元`, `第3`, `1e5`, `0x10`) or beside foreign words.
    if (why < 0 && !marked) {
      if (IN_A_WORD.test(text[start - 1] ?? '') || IN_A_WORD.test(text[after] ?? '')) why = 6;
      else if (foreign) why = 8;
    }
    amounts.push({ start, end, minFen: fen, maxFen: fen, marked, why });
  }
  return amounts;
}

/** Whether the text between two amounts makes them one range (`99-199`, `6.8 至 24.99`). */
const joins = (
  text: string,
  amount: Expression,
  next: Expression | undefined,
): next is Expression =>
  next !== undefined && RANGE_SEPARATOR.test(text.slice(amount.end, next.start));

/**
 * The amounts and ranges of a text, or why the whole text is refused: the helpers throw that reason
 * (a string), and anything else thrown (a non-string input) refuses the text too — never an
 * exception out of the parser.
 */
function scan(raw: string, maxLength: number): Scan {
  try {
    if (BIDI_CONTROL.test(raw)) throw 'bidi controls';
    const text = fold(raw);
    if (text === '') throw 'empty';
    if (text.length > maxLength) throw `longer than ${maxLength} characters`;
    const amounts = readAmounts(text);
    if (amounts.length === 0) throw `no price in "${text}"`;

    const expressions: Expression[] = [];
    for (let index = 0; index < amounts.length; index += 1) {
      const amount = amounts[index] as Expression;
      const next = amounts[index + 1];
      // A `-` or 负 right before an amount is a minus sign: a `-` joining it to the amount before
      // would have made the two a range, read below, and this amount is not the second of one.
      if (/[-负] ?$/.test(text.slice(0, amount.start))) throw 'a negative price';
      // `¥1 299`, `¥99.` + line break + `9`, `1 299元`, `¥1 890 Р`: one number split in two, or two
      // numbers? It cannot be known. Not when the second has its own ¥ or is a discount or a count
      // (`¥199 8折` is a price and a discount).
      if (
        next &&
        amount.why < 0 &&
        (next.why < 0 || next.why > 1) &&
        /\d/.test(text[amount.end - 1] ?? '') &&
        /^[ .,]*$/.test(text.slice(amount.end, next.start)) &&
        text[next.start] !== '¥'
      ) {
        throw 'a space inside a number';
      }
      if (!joins(text, amount, next)) {
        expressions.push(amount);
        continue;
      }
      const marked = amount.marked || next.marked;
      const chain = joins(text, next, amounts[index + 2]);
      expressions.push({
        start: amount.start,
        end: next.end,
        minFen: Math.min(amount.minFen, next.minFen),
        maxFen: Math.max(amount.minFen, next.minFen),
        marked,
        // `2023-12-25`, `2023-12`, `25-09`: a date. A range is written low to high (`¥199-99` is
        // read: its ¥ says it is money).
        why: chain || (!marked && amount.minFen > next.minFen) ? 9 : Math.max(amount.why, next.why),
      });
      index += chain ? 2 : 1;
    }
    return { ok: true, text, expressions };
  } catch (reason) {
    return refuse(String(reason));
  }
}

const isRefused = (expression: Expression) => expression.why >= 0;

/**
 * The first of `candidates` that is money, preferring one marked as yuan. When any amount of the
 * text is not money (`$119. 95`, `7 2 折`), only a marked one is: a bare neighbour may be a piece
 * of the refused amount.
 */
function pick(
  { text, expressions }: { text: string; expressions: Expression[] },
  candidates = expressions,
): PriceParse {
  const refused = expressions.find(isRefused);
  const chosen =
    candidates.find((expression) => expression.why < 0 && expression.marked) ??
    (refused ? undefined : candidates[0]);
  if (chosen) return { ok: true, minFen: chosen.minFen, maxFen: chosen.maxFen };
  const { start, end, why } = candidates.find(isRefused) ?? (refused as Expression);
  return refuse(`"${text.slice(start, end)}": ${REASONS[why]}`);
}

/** The first price (or range) the text states; the first marked as yuan wins when any is. */
export function parsePrice(text: string): PriceParse {
  const scanned = scan(text, MAX_PRICE_TEXT_LENGTH);
  return scanned.ok ? pick(scanned) : scanned;
}

/**
 * The price right after a label: `findLabelledPrice('16.9 活动价：15.88', '活动价')` → 1588 fen.
 * Only spaces and a colon may stand between the label and the price; the first occurrence of the
 * label counts. Full-width forms are folded in both the text and the label.
 */
export function findLabelledPrice(text: string, label: string): PriceParse {
  const wanted = fold(label);
  const scanned = scan(text, MAX_LABELLED_TEXT_LENGTH);
  if (!scanned.ok) return scanned;
  // An empty label is in every text: it labels nothing.
  const labelAt = wanted ? scanned.text.indexOf(wanted) : -1;
  const labelEnd = labelAt + wanted.length;
  const found =
    labelAt >= 0 &&
    scanned.expressions.find(
      (expression) =>
        expression.start >= labelEnd &&
        /^[ :]*$/.test(scanned.text.slice(labelEnd, expression.start)),
    );
  return found ? pick(scanned, [found]) : refuse(`no price right after "${wanted}"`);
}

/**
 * A form input's amount in yuan (`99.5` → 9950; `¥99`, `1,299`, `99元`, `１２．５` too), with the
 * same rules as `parsePrice`; null when the input is anything but one plain amount.
 */
export function parseYuanToFen(text: string): number | null {
  const scanned = scan(text, MAX_PRICE_TEXT_LENGTH);
  const only = scanned.ok && scanned.expressions[0];
  // One amount from the first character to the last: nothing else can be in the text.
  return only &&
    only.start === 0 &&
    only.end === scanned.text.length &&
    only.why < 0 &&
    only.minFen === only.maxFen
    ? only.minFen
    : null;
}

/** `129900` → `¥1,299.00`; `5` → `¥0.05`; negatives (differences) as `-¥0.05`. */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not integer fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const absolute = Math.abs(fen);
  const yuan = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  const cents = String(absolute % 100).padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}
