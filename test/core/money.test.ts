import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findLabelledPrice,
  formatFen,
  parsePrice,
  parseYuanToFen,
  type PriceParse,
} from '@/core/money';

const price = (minFen: number, maxFen = minFen): PriceParse => ({ ok: true, minFen, maxFen });

describe('parsePrice: single amounts', () => {
  it.each([
    ['¥1,299.00', 129900],
    ['￥99', 9900],
    ['99元', 9900],
    ['199元', 19900],
    ['￥298', 29800],
    ['￥9.9', 990],
    ['1.2万', 1200000],
    ['1.2 万元', 1200000],
    ['¥0.0000000001亿', 1],
    ['1亿元', 10_000_000_000],
    ['¥9.9起', 990],
    ['到手价¥89', 8900],
    ['券后¥79', 7900],
    ['￥１２．５', 1250],
    ['¥ 0.01', 1],
    ['¥\u00a0128', 12800],
    ['¥\u2009128.5', 12850],
    ['\u3000￥\u202f7\u200b', 700],
    ['¥0', 0],
    ['¥1.15', 115],
    ['¥99, ¥199', 9900],
    ['价格：99.', 9900],
  ])('%s → %d fen', (text, fen) => {
    expect(parsePrice(text)).toEqual(price(fen));
  });

  it('reads 1.15 exactly, where float arithmetic would give 114.99999999999999', () => {
    expect(1.15 * 100).not.toBe(115);
    expect(parsePrice('1.15')).toEqual(price(115));
  });
});

describe('parsePrice: ranges', () => {
  it.each([
    ['¥99-199', 9900, 19900],
    ['¥99~¥199', 9900, 19900],
    ['￥9.80 ~ ￥15.80', 980, 1580],
    ['￥6.8 至 ￥24.99', 680, 2499],
    ['19.99～29.99', 1999, 2999],
    ['99 到 199元', 9900, 19900],
    ['¥99 — ¥199', 9900, 19900],
    ['¥199-99', 9900, 19900],
    ['1万-1.5万', 1000000, 1500000],
  ])('%s → %d…%d fen', (text, minFen, maxFen) => {
    expect(parsePrice(text)).toEqual(price(minFen, maxFen));
  });
});

describe('parsePrice: several prices', () => {
  it('takes the first price when none is marked (the normal price on the goods list)', () => {
    expect(parsePrice('16.9 活动价：15.88')).toEqual(price(1690));
  });

  it('prefers the first price marked with ¥ or 元 over a bare count', () => {
    expect(parsePrice('已售1000 ¥99')).toEqual(price(9900));
    expect(parsePrice('3期 199元')).toEqual(price(19900));
  });

  it('takes the first of two marked prices', () => {
    expect(parsePrice('¥129 到手价¥89')).toEqual(price(12900));
  });
});

describe('parsePrice: refusals', () => {
  it.each([
    ['¥abc', 'no price'],
    ['--', 'no price'],
    ['暂无报价', 'no price'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['¥1.005', 'decimals'],
    ['¥1.2345678万', 'decimals'],
    ['-5', 'negative'],
    ['¥-5', 'negative'],
    ['-¥5', 'negative'],
    ['－￥5', 'negative'],
    ['1e5', 'plain decimal'],
    ['0x10', 'plain decimal'],
    ['¥.5', 'malformed'],
    ['1,29', 'malformed'],
    ['1.2.3', 'malformed'],
    ['¥99999999999999999', 'beyond'],
    [`¥${'1'.repeat(65)}`, 'longer than 64'],
  ])('%s is refused (%s)', (text, reason) => {
    const parsed = parsePrice(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('accepts the largest safe amount and refuses one fen more', () => {
    expect(parsePrice('¥90071992547409.91')).toEqual(price(Number.MAX_SAFE_INTEGER));
    expect(parsePrice('¥90071992547409.92').ok).toBe(false);
  });

  it('accepts exactly 64 characters and refuses 65', () => {
    const padded = (length: number) => `¥1${' '.repeat(length - 3)}2`;
    expect(`到手价${'价'.repeat(58)}¥12`).toHaveLength(64);
    expect(parsePrice(`到手价${'价'.repeat(58)}¥12`)).toEqual(price(1200));
    expect(parsePrice(`到手价${'价'.repeat(59)}¥12`).ok).toBe(false);
    // Runs of spaces collapse before the length is measured.
    expect(parsePrice(padded(200))).toEqual(price(100));
  });

  it('never throws on a non-string', () => {
    expect(parsePrice(undefined as unknown as string).ok).toBe(false);
  });
});

describe('findLabelledPrice', () => {
  it('reads the price right after the label', () => {
    expect(findLabelledPrice('16.9 活动价：15.88', '活动价')).toEqual(price(1588));
    expect(findLabelledPrice('¥129 到手价 ¥89', '到手价')).toEqual(price(8900));
    expect(findLabelledPrice('¥129 券后:¥79起', '券后')).toEqual(price(7900));
    expect(findLabelledPrice('活动价：￥6.8 至 ￥24.99', '活动价：')).toEqual(price(680, 2499));
  });

  it('refuses when the label is missing or not followed by a price', () => {
    expect(findLabelledPrice('¥129', '活动价')).toMatchObject({ ok: false });
    expect(findLabelledPrice('活动价 即将公布 ¥99', '活动价')).toMatchObject({ ok: false });
    expect(findLabelledPrice('¥99 活动价', '活动价')).toMatchObject({ ok: false });
    expect(findLabelledPrice('活动价 ¥99', '')).toMatchObject({ ok: false });
  });

  it('allows a whole card of text (up to 256 characters)', () => {
    const card = `${'标题'.repeat(100)} 活动价：¥15.88`;
    expect(findLabelledPrice(card, '活动价')).toEqual(price(1588));
    expect(findLabelledPrice(`${'标'.repeat(300)} 活动价：¥15.88`, '活动价').ok).toBe(false);
  });
});

describe('parseYuanToFen', () => {
  it.each([
    ['99.5', 9950],
    ['99', 9900],
    [' 0.01 ', 1],
    ['1,299', 129900],
    ['¥99', 9900],
    ['99元', 9900],
    ['１２．５', 1250],
    ['1.2万', 1200000],
  ])('%s → %d', (text, fen) => {
    expect(parseYuanToFen(text)).toBe(fen);
  });

  it.each(['', 'abc', '99.555', '-1', '1e3', '99-199', '到手价99', '99起', '16.9 15.88'])(
    '%s → null',
    (text) => {
      expect(parseYuanToFen(text)).toBeNull();
    },
  );
});

describe('formatFen', () => {
  it.each([
    [129900, '¥1,299.00'],
    [5, '¥0.05'],
    [0, '¥0.00'],
    [100, '¥1.00'],
    [99999, '¥999.99'],
    [100000, '¥1,000.00'],
    [123456789, '¥1,234,567.89'],
    [-5, '-¥0.05'],
    [Number.MAX_SAFE_INTEGER, '¥90,071,992,547,409.91'],
  ])('%d → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('refuses a float or a non-number rather than print a wrong amount', () => {
    expect(() => formatFen(1.5)).toThrow(RangeError);
    expect(() => formatFen(Number.NaN)).toThrow(RangeError);
    expect(() => formatFen(2 ** 60)).toThrow(RangeError);
  });
});

describe('properties', () => {
  const isValidParse = (parsed: PriceParse) =>
    parsed.ok
      ? Number.isSafeInteger(parsed.minFen) && parsed.minFen >= 0 && parsed.minFen <= parsed.maxFen
      : typeof parsed.reason === 'string' && parsed.reason.length > 0;

  it('any string: no throw, integer fen ≥ 0, min ≤ max', () => {
    const priceAlphabet = fc.constantFrom(
      ...'0123456789.,-~¥￥元万至到起 ：:活动价券后e０１．～\u00a0'.split(''),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: priceAlphabet, maxLength: 30 })),
        (text) => {
          expect(isValidParse(parsePrice(text))).toBe(true);
          expect(isValidParse(findLabelledPrice(text, '活动价'))).toBe(true);
          const yuan = parseYuanToFen(text);
          expect(yuan === null || (Number.isSafeInteger(yuan) && yuan >= 0)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  const fullWidth = (text: string) =>
    text.replace(/[0-9.]/g, (c) =>
      c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
    );
  const plain = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
  const styles: ((fen: number) => string)[] = [
    formatFen,
    (fen) => `￥${plain(fen)}`,
    (fen) => `${plain(fen)}元`,
    (fen) => `到手价¥${plain(fen)}`,
    (fen) => `券后 ¥${plain(fen)}`,
    (fen) => `¥${plain(fen)}起`,
    (fen) => `¥\u00a0${plain(fen)}`,
    (fen) => fullWidth(`￥${plain(fen)}`),
    (fen) => formatFen(fen).replace(/\.00$/, ''),
  ];

  it('a realistic price printed in any page style reads back to the same fen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: styles.length - 1 }),
        (fen, style) => {
          const text = (styles[style] as (fen: number) => string)(fen);
          expect(parsePrice(text)).toEqual(price(fen));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a range printed by formatFen reads back to its ends', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000_00), fc.nat(1_000_000_00), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(parsePrice(`${formatFen(low)} 至 ${formatFen(high)}`)).toEqual(price(low, high));
      }),
      { numRuns: 300 },
    );
  });

  it('1.2万 forms read back: multiples of 100 fen in 万', () => {
    fc.assert(
      fc.property(fc.nat(100_000_000), (yuan) => {
        const wan = `${Math.floor(yuan / 10000)}.${String(yuan % 10000).padStart(4, '0')}万`;
        expect(parsePrice(wan)).toEqual(price(yuan * 100));
      }),
      { numRuns: 300 },
    );
  });
});
