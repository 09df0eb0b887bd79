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
    ['1e5', 'word'],
    ['0x10', 'word'],
    ['¥.5', 'malformed'],
    ['1,29', 'malformed'],
    ['1.2.3', 'malformed'],
    ['¥99999999999999999', 'too large'],
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
    const padded = (length: number) => `¥1${' '.repeat(length - 3)}起`;
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

describe('parsePrice: hostile and odd text is refused, never a wrong number', () => {
  it.each([
    // Discount badges sit right beside prices on these pages.
    ['9.9折', 'discount'],
    ['75折', 'discount'],
    ['9.9 折', 'discount'],
    ['40% OFF', 'discount'],
    ['40％', 'discount'],
    ['满199减20 8折', 'in a word'],
    // Signs and 角/分.
    ['负10000', 'negative'],
    ['负¥99', 'negative'],
    ['5分', '角/分'],
    ['2角', '角/分'],
    ['4.8分', '角/分'],
    ['123元1角1分', 'run on'],
    ['99元5角', 'run on'],
    // Multipliers written in ways that are not read.
    ['3万4000', 'run on'],
    ['1千万', 'run on'],
    ['8百元', 'in a word'],
    ['1.2w', 'word'],
    ['2000余元', 'approximate'],
    ['2000多元', 'approximate'],
    ['约99元', 'approximate'],
    ['100元以上', 'approximate'],
    // One number split by a space or a line break.
    ['¥1 299', 'inside a number'],
    ['¥1\u2009299', 'inside a number'],
    ['¥99.\n9', 'inside a number'],
    ['¥99,\n199', 'inside a number'],
    // Other currencies.
    ['99港元', 'currency'],
    ['1000日元', 'currency'],
    ['¥1000日元', 'currency'],
    ['99美元', 'currency'],
    ['$99', 'currency'],
    ['US$ 99', 'currency'],
    ['€ 12.5', 'currency'],
    ['99 руб', 'word'],
    ['99 USD', 'word'],
    // Counts, dates and measures.
    ['2023年', 'count'],
    ['12月', 'count'],
    ['5位', 'count'],
    ['3期', 'count'],
    ['100件', 'count'],
    ['已售 1000件', 'count'],
    ['5千克', 'in a word'],
    // Text that shows something else than it says.
    ['¥\u202E99.1', 'bidi'],
    ['\u2067¥99\u2069', 'bidi'],
    ['¥99\u200F', 'bidi'],
  ])('%j is refused (%s)', (text, reason) => {
    const parsed = parsePrice(text);
    expect(parsed).toMatchObject({ ok: false });
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it.each([
    // What pages print next to prices is read around, not into, the price.
    ['¥99 9.9折', 9900],
    ['8.8折 ¥99', 9900],
    ['到手价 ¥89 券后', 8900],
    ['¥9.9起 已售1000件', 990],
    ['3期 199元', 19900],
    ['8千元', 800000],
    ['1.2萬', 1200000],
    ['1.5億', 15_000_000_000],
    ['¥99/件', 9900],
    ['¥9.9包邮', 990],
    ['券后¥79 ¥99', 7900],
    ['活动价：¥15.88', 1588],
  ])('%j → %d fen', (text, fen) => {
    expect(parsePrice(text)).toEqual(price(fen));
  });

  it('reads a labelled price next to a discount, and refuses a discount after the label', () => {
    expect(findLabelledPrice('原价¥199 8折 活动价：¥159.2', '活动价')).toEqual(price(15920));
    expect(findLabelledPrice('iPhone 15 Pro 到手价¥5999', '到手价')).toEqual(price(599900));
    expect(findLabelledPrice('券后 9.9折', '券后')).toMatchObject({ ok: false });
    expect(findLabelledPrice('活动价：约99元', '活动价')).toMatchObject({ ok: false });
  });

  it('parseYuanToFen refuses what is not one plain amount of yuan', () => {
    for (const text of ['9.9折', '5分', '负5', '99港元', '¥1 299', '3万4000', '2000余元']) {
      expect(parseYuanToFen(text)).toBeNull();
    }
    expect(parseYuanToFen('8千元')).toBe(800000);
  });
});

describe('properties of the refused classes', () => {
  const amount = fc
    .integer({ min: 0, max: 10_000_000 })
    .map((fen) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);
  const hostile: ((value: string) => string)[] = [
    (value) => `${value}折`,
    (value) => `¥${value} 折`,
    (value) => `${value}%`,
    (value) => `负${value}`,
    (value) => `¥${value}分`,
    (value) => `${value}角`,
    (value) => `${value}港元`,
    (value) => `¥${value}日元`,
    (value) => `$${value}`,
    (value) => `${value} руб`,
    (value) => `${value}余元`,
    (value) => `约${value}元`,
    (value) => `${value.replace('.', '')}年`,
    (value) => `${value.replace('.', '')}位`,
    (value) => `¥\u202E${value}`,
    (value) => `¥${value}\n${value}`,
    (value) => `${value}万${value.replace('.', '')}`,
  ];

  it('every amount written in a refused class is refused, whatever the amount', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: hostile.length - 1 }), (value, index) => {
        const text = (hostile[index] as (value: string) => string)(value);
        const parsed = parsePrice(text);
        expect(parsed.ok, text).toBe(false);
        if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('a price beside a refused amount is read exactly, the refused one never', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        amount,
        fc.integer({ min: 0, max: 3 }),
        (fen, other, index) => {
          const priceText = formatFen(fen);
          const beside = [`${other}折`, `${other}%`, `已售${other.replace('.', '')}件`, `3期`];
          const noise = beside[index] as string;
          expect(parsePrice(`${priceText} ${noise}`)).toEqual(price(fen));
          expect(parsePrice(`${noise} ${priceText}`)).toEqual(price(fen));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
