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

/**
 * Issue 20, "never a wrong number": when any amount of a text is refused as not money, the text
 * gives no price unless another amount is marked as yuan (¥ ￥ 元 块 人民币 人民幣 yuan RMB CNY).
 * The first example of each kind is the issue's (from peers' parser suites); the rest are ours.
 */
describe('parsePrice: never a wrong number', () => {
  const refused = (text: string, reason: string) => {
    const parsed = parsePrice(text);
    expect(parsed, text).toMatchObject({ ok: false });
    if (!parsed.ok) expect(parsed.reason, text).toContain(reason);
  };
  const reads = (text: string, fen: number) => expect(parsePrice(text), text).toEqual(price(fen));

  describe('a refused amount’s neighbour is not taken instead', () => {
    it.each([
      ['$119. 95', 'currency'],
      ['1 890 Р', 'foreign'],
      ['2 660 руб', 'foreign'],
      ['399 167.00 руб 420 176.16 руб', 'foreign'],
      ['US$ 12. 50', 'currency'],
      ['€ 5 99', 'currency'],
      ['1 299 ₽', 'inside a number'],
      ['1 299 港元', 'inside a number'],
      ['99 5折', 'discount'],
      ['8.8 折 99', 'discount'],
      ['已售1000 99', 'in a word'],
      ['3期 99', 'count'],
      ['40% 99', 'discount'],
      ['约 99 199', 'approximate'],
    ])('%j gives no price (%s)', refused);

    it.each([
      // A marked amount beside a refused one split in two is refused as well: ¥1 or ¥1 890?
      ['¥1 890 Р', 'inside a number'],
      ['¥2 660 руб', 'inside a number'],
      ['¥1 299 港元', 'inside a number'],
    ])('%j gives no price (%s)', refused);

    it.each([
      ['¥99 9.9折', 9900],
      ['8.8折 ¥99', 9900],
      ['3期 199元', 19900],
      ['$5 ¥99', 9900],
      ['99 USD ¥699', 69900],
      ['已售1000件 7块', 700],
      ['$119. 95 | 人民币 88', 8800],
      ['$119. 95 人民币', 9500],
    ])('%j → %d fen: the marked amount is read', reads);
  });

  describe('a number from text that is no price at all', () => {
    it.each([
      ['July, 2004', 'foreign'],
      ['25-09', 'date'],
      ['7 2 折', 'discount'],
      ['１０ 成', 'discount'],
      ['百 分之 2', 'discount'],
      ['２．４ 個百分 點', 'count'],
      ['(мин. заказ: 1 )', 'foreign'],
      ['Dec 25', 'foreign'],
      ['(min. order: 2 )', 'foreign'],
      ['No. 5', 'foreign'],
      ['2023-12-25', 'date'],
      ['2023-12', 'date'],
      ['07-15', 'zero-padded'],
      ['2023/12/25', 'fraction'],
      ['12:30', 'fraction'],
      ['10:00-22:00', 'fraction'],
      ['8 成新', 'discount'],
      ['百分之5', 'discount'],
      ['千分之3', 'discount'],
      ['5‰', 'discount'],
      ['0.5 个百分点', 'count'],
      ['2.4百分点', 'discount'],
      ['#3', 'count'],
      ['第 3', 'count'],
      ['09', 'zero-padded'],
      ['¥007', 'zero-padded'],
    ])('%j gives no price (%s)', refused);
  });

  describe('a compound is read whole or refused, never by its first part', () => {
    it.each([
      ['7万 5千 4百', 'run on'],
      ['7万 5千', 'run on'],
      ['7万5千4百', 'run on'],
      ['7万 500', 'run on'],
      ['1万 2千元', 'run on'],
      ['7万元 5千元', 'run on'],
      ['3块5', 'run on'],
      ['3块5毛', 'run on'],
      ['99元 5角', 'run on'],
      ['12.32e+14', 'in a word'],
      ['2^5', 'fraction'],
      ['2 ^ 5', 'fraction'],
      ['2⁵', 'in a word'],
      ['1½', 'in a word'],
      ['３／５', 'fraction'],
      ['1/2', 'fraction'],
      ['¥99/2件', 'fraction'],
      ['5+3', 'approximate'],
      ['¥99+', 'approximate'],
      ['2×3', 'fraction'],
    ])('%j gives no price (%s)', refused);

    it('a price beside a compound it is not part of is still read', () => {
      reads('1.2万元 8折', 1_200_000);
      reads('¥99/件', 9900);
      reads('1/2 ¥99', 9900);
    });
  });

  describe('another currency before the amount', () => {
    it.each([
      ['美元 7.2', 'currency'],
      ['人民币 兑 美元 7.2', 'currency'],
      ['港币 99', 'currency'],
      ['99 欧元', 'currency'],
      ['¥1000 日元', 'currency'],
      ['₩ 5000', 'currency'],
    ])('%j gives no price (%s)', refused);

    it('万元 and 人民币 before an amount are not another currency', () => {
      reads('1万元 ¥99', 1_000_000);
      reads('人民币：¥99', 9900);
    });
  });

  describe('plain yuan forms that are prices are read', () => {
    it.each([
      ['7块', 700],
      ['3.14人民币', 314],
      ['人民幣3.14', 314],
      ['1 人民币', 100],
      ['1 yuan', 100],
      ['8亿元人民币', 80_000_000_000],
      ['7块钱', 700],
      ['7 塊錢', 700],
      ['10块/件', 1000],
      ['RMB 99', 9900],
      ['99 CNY', 9900],
      ['1 Yuan', 100],
      ['ＲＭＢ９９', 9900],
      ['人民币 99.5', 9950],
      ['99元人民币', 9900],
      ['1.2万元人民币', 1_200_000],
      ['人民币6.8 至 24.99', 680],
      ['99人民币包邮', 9900],
    ])('%j → %d fen', (text, fen) => {
      const parsed = parsePrice(text);
      expect(parsed.ok && parsed.minFen).toBe(fen);
    });

    it('reads a range marked at either end', () => {
      expect(parsePrice('人民币6.8 至 24.99')).toEqual(price(680, 2499));
      expect(parsePrice('6.8-24.99块')).toEqual(price(680, 2499));
    });

    it('块 as a count (3块肥皂, three bars of soap) is not yuan', () => {
      refused('3块肥皂', 'in a word');
      reads('3块肥皂 ¥9.9', 990);
    });

    it.each([
      ['7块', 700],
      ['1 yuan', 100],
      ['人民币 99', 9900],
    ])('parseYuanToFen(%j) → %d', (text, fen) => {
      expect(parseYuanToFen(text)).toBe(fen);
    });

    it.each(['7块肥皂', '99 руб', '2004 July', '25-09', '3/5'])(
      'parseYuanToFen(%j) → null',
      (text) => {
        expect(parseYuanToFen(text)).toBeNull();
      },
    );
  });

  it('every price form SITES.md records in the wild is still read', () => {
    const seen: [string, PriceParse][] = [
      ['￥9.9', price(990)],
      ['￥9.80 ~ ￥15.80', price(980, 1580)],
      ['￥6.8 至 ￥24.99', price(680, 2499)],
      ['19.99～29.99', price(1999, 2999)],
      ['19.99〜29.99', price(1999, 2999)],
      ['16.9 活动价：15.88', price(1690)],
      ['199元', price(19900)],
      ['￥298', price(29800)],
      ['到手价¥89', price(8900)],
      ['券后¥79', price(7900)],
      ['¥9.9起', price(990)],
    ];
    for (const [text, parsed] of seen) expect(parsePrice(text), text).toEqual(parsed);
  });

  it('a label does not make a bare amount beside a refused one a price', () => {
    expect(findLabelledPrice('活动价：7 2折', '活动价')).toMatchObject({ ok: false });
    expect(findLabelledPrice('$119. 活动价 95', '活动价')).toMatchObject({ ok: false });
    expect(findLabelledPrice('已售1000件 活动价：¥15.88', '活动价')).toEqual(price(1588));
    expect(findLabelledPrice('16.9 活动价：15.88', '活动价')).toEqual(price(1588));
  });
});

describe('property: a price is one the text states as a yuan-marked or plain amount', () => {
  const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
  const fenArb = fc.integer({ min: 1, max: 99_999_99 });
  type Part = { text: string; fen?: number; kind: 'marked' | 'bare' | 'refused' };
  const marked = fenArb.chain((fen) =>
    fc
      .constantFrom(
        (v: string) => `¥${v}`,
        (v: string) => `${v}元`,
        (v: string) => `${v}块`,
        (v: string) => `人民币${v}`,
        (v: string) => `${v} yuan`,
        (v: string) => `${v}人民幣`,
      )
      .map((style): Part => ({ text: style(yuan(fen)), fen, kind: 'marked' })),
  );
  const bare = fenArb.map((fen): Part => ({ text: yuan(fen), fen, kind: 'bare' }));
  const refusedPart = fc
    .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 15 }))
    .map(([n, style]): Part => {
      const v = String(n);
      const forms = [
        `$${v}`,
        `${v} руб`,
        `${v}折`,
        `${v} 成`,
        `百分之${v}`,
        `${v}%`,
        `${v}/${v}`,
        `${v}^2`,
        `${v}e+${v}`,
        `${v}件`,
        `${v}日元`,
        `约${v}元`,
        `${v} 个百分点`,
        `July ${v}`,
        `0${v}`,
        `${v}-0${v}`,
      ];
      return { text: forms[style] as string, kind: 'refused' };
    });
  const separators = fc.constantFrom(' ', '，', ' | ', ' 活动价：', ' 原价 ', '\n');

  it('parsePrice returns only an amount the text marks as yuan, or a plain one when none is refused', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(marked, bare, refusedPart), { minLength: 1, maxLength: 4 }),
        fc.array(separators, { minLength: 4, maxLength: 4 }),
        (parts, gaps) => {
          const text = parts.map((part, index) => (index ? gaps[index] : '') + part.text).join('');
          const parsed = parsePrice(text);
          if (!parsed.ok) return;
          const anyRefused = parts.some((part) => part.kind === 'refused');
          const allowed = parts
            .filter((part) => part.kind === 'marked' || (part.kind === 'bare' && !anyRefused))
            .map((part) => part.fen);
          expect(allowed, text).toContain(parsed.minFen);
          expect(parsed.maxFen, text).toBe(parsed.minFen);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('one marked amount beside any refused ones is read exactly', () => {
    fc.assert(
      fc.property(
        marked,
        fc.array(refusedPart, { maxLength: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (price_, others, at) => {
          const parts = [...others];
          parts.splice(Math.min(at, parts.length), 0, price_);
          const text = parts.map((part) => part.text).join(' | ');
          expect(parsePrice(text).ok && parsePrice(text), text).toEqual(price(price_.fen ?? -1));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
