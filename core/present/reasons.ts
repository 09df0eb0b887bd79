/**
 * Why a shown value could not be read, in the merchant's words. The reasons are made where they
 * are found — core/money.ts refusing a price, an adapter finding no price, the goods form finding
 * no number — in short English, because those run in the content scripts (25 KB gzip budget
 * each) and a second language there costs bytes on every page. The words are put here, on the
 * worker's side, so a zh message never carries an English reason (issue 16, V26).
 *
 * A piece of page text quoted in a reason (`"¥1.005": more decimals than a fen`) is kept as the
 * page showed it; an unknown reason is said in general terms in zh and kept as is in en.
 */
import type { Message } from '../report';

/** The words for a reason, given what its pattern captured (a quoted piece, a number, a why). */
type Words = (first: string, second: string) => Message;

/** What is refused, after the quoted piece (core/money.ts's REASONS and its `throw`s). */
const PIECE_REASONS: Record<string, Words> = {
  'a count': (piece) => ({ zh: `「${piece}」是数量或序号`, en: `"${piece}" is a count` }),
  'a discount': (piece) => ({ zh: `「${piece}」是折扣或比例`, en: `"${piece}" is a discount` }),
  approximate: (piece) => ({ zh: `「${piece}」是约数`, en: `"${piece}" is approximate` }),
  'another currency': (piece) => ({
    zh: `「${piece}」是其他币种`,
    en: `"${piece}" is another currency`,
  }),
  'a fraction': (piece) => ({
    zh: `「${piece}」是分数、比值或乘方`,
    en: `"${piece}" is a fraction`,
  }),
  '角/分': (piece) => ({ zh: `「${piece}」以角/分计`, en: `"${piece}" is in 角/分` }),
  'in a word': (piece) => ({ zh: `「${piece}」是词语的一部分`, en: `"${piece}" is in a word` }),
  'zero-padded': (piece) => ({ zh: `「${piece}」以 0 开头`, en: `"${piece}" is zero-padded` }),
  'in foreign text': (piece) => ({
    zh: `「${piece}」位于外文中`,
    en: `"${piece}" is in foreign text`,
  }),
  'a date': (piece) => ({ zh: `「${piece}」是日期`, en: `"${piece}" is a date` }),
  malformed: (piece) => ({ zh: `「${piece}」格式有误`, en: `"${piece}" is malformed` }),
  'more decimals than a fen': (piece) => ({
    zh: `「${piece}」的小数位多于分`,
    en: `"${piece}" has more decimals than a fen`,
  }),
};

/** Whole reasons, some with a quoted piece or a number in them. */
const WHOLE_REASONS: [RegExp, Words][] = [
  [/^"(.*)": (.+)$/s, (piece, why) => PIECE_REASONS[why]?.(piece, '') ?? unknownReason(why)],
  [
    /^"(.*)" is too large$/s,
    (piece) => ({ zh: `「${piece}」数额过大`, en: `"${piece}" is too large` }),
  ],
  [
    /^no price in "(.*)"$/s,
    (piece) => ({ zh: `「${piece}」中没有价格`, en: `no price in "${piece}"` }),
  ],
  [
    /^no price right after "(.*)"$/s,
    (piece) => ({ zh: `「${piece}」之后没有价格`, en: `no price right after "${piece}"` }),
  ],
  [
    /^longer than (\d+) characters$/,
    (number) => ({ zh: `超过 ${number} 个字符`, en: `longer than ${number} characters` }),
  ],
  [
    /^run on after 万\/元$/,
    () => ({ zh: '万/元之后还有数字，金额不确定', en: 'run on after 万/元' }),
  ],
  [/^bidi controls$/, () => ({ zh: '含有改变文字方向的控制字符', en: 'bidi controls' })],
  [/^empty$/, () => ({ zh: '为空', en: 'empty' })],
  [/^a negative price$/, () => ({ zh: '是负数', en: 'a negative price' })],
  [/^a space inside a number$/, () => ({ zh: '数字中间有空格', en: 'a space inside a number' })],
  [/^no price shown$/, () => ({ zh: '页面未显示价格', en: 'no price shown' })],
  [/^not a number$/, () => ({ zh: '不是数字', en: 'not a number' })],
];

function unknownReason(reason: string): Message {
  return { zh: '格式无法识别', en: reason };
}

/** A reason in zh and en; an unknown one is never shown in English inside the zh message. */
export function reasonWords(reason: string): Message {
  for (const [pattern, words] of WHOLE_REASONS) {
    const match = pattern.exec(reason);
    if (match) return words(match[1] ?? '', match[2] ?? '');
  }
  return unknownReason(reason);
}
