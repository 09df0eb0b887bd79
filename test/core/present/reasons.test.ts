/**
 * V26: a zh message carries no English reason. The reasons are made in English where they are
 * found (core/money.ts, the adapters, the goods form: content-script bytes); core/present/reasons
 * words them, and every reason those places make is known to it.
 */
import { describe, expect, it } from 'vitest';
import { findLabelledPrice, parsePrice } from '@/core/money';
import { reasonWords } from '@/core/present/reasons';
import { unreadableHints } from '@/core/rules/hints';
import { readPrice } from '@/lib/adapters/read-text';

/** One text for each way core/money.ts refuses a price. */
const refusedTexts = [
  '',
  '¥abc',
  `${'价'.repeat(70)}1`,
  '¥\u202E99.1',
  '¥1.005',
  '-5',
  '1,29',
  '¥999999999999999999',
  '¥1 299',
  '3万4000',
  '9.9折',
  '3期',
  '约99元',
  '99港元',
  '3/5',
  '5角',
  '8百元',
  '09',
  'July, 2004',
  '2023-12-25',
];

/** Every reason a page can send: the parser's, the adapters' and the goods form's. */
function allReasons(): string[] {
  const reasons = refusedTexts.map((text) => {
    const parsed = parsePrice(text);
    if (parsed.ok) throw new Error(`${text} was read as a price`);
    return parsed.reason;
  });
  const labelled = findLabelledPrice('活动价 暂无', '活动价');
  if (labelled.ok) throw new Error('a label with no price was read');
  const shown = readPrice(null);
  if (shown.ok) throw new Error('no text was read as a price');
  return [...reasons, labelled.reason, shown.reason, 'not a number'];
}

/** The zh message without the page's own text (quoted in 「…」), which may be in any language. */
const ownWords = (zh: string) => zh.replace(/「[^」]*」/g, '');

describe('reasons in the merchant’s words (V26)', () => {
  const reasons = allReasons();

  it('covers each way the parser refuses a price, each with its own reason', () => {
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it.each(reasons)('knows %j', (reason) => {
    expect(reasonWords(reason).zh).not.toBe(reasonWords('something new').zh);
  });

  it.each(reasons)('puts no English word in the zh hint for %j', (reason) => {
    const [price, field] = unreadableHints([
      { field: 'price', text: 'abc 99', reason },
      { field: '意向金', text: 'abc', reason },
    ]);
    for (const hint of [price, field]) {
      expect(ownWords(hint?.message.zh ?? '')).not.toMatch(/[A-Za-z]{2,}/);
      expect(hint?.message.en).toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('keeps the quoted piece of page text as it was shown', () => {
    expect(reasonWords('"¥1.005": more decimals than a fen')).toEqual({
      zh: '「¥1.005」的小数位多于分',
      en: '"¥1.005" has more decimals than a fen',
    });
  });

  it('says an unknown reason in general terms in zh, as is in en', () => {
    expect(reasonWords('TypeError: x')).toEqual({ zh: '格式无法识别', en: 'TypeError: x' });
  });
});
