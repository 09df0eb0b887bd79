import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ColumnError,
  columnAliases,
  makeRowReader,
  normaliseHeader,
  rowFields,
} from '@/core/batch/columns';
import { parsePrice } from '@/core/money';
import { readCategory } from '@/core/facts/category';

const at = { unit: 'row', n: 2 } as const;

function read(header: string[], row: string[], columns?: Record<string, string>) {
  return makeRowReader(header, { columns, readCategory }).toInput(row, at);
}

function product(header: string[], row: string[]) {
  const input = read(header, row);
  if (!input || !('request' in input))
    throw new Error(`expected a request: ${JSON.stringify(input)}`);
  return (input.request as { product: Record<string, unknown> }).product;
}

describe('normaliseHeader', () => {
  it('ignores spaces, case, a BOM and units in brackets', () => {
    expect(normaliseHeader('\ufeff 价格（元） ')).toBe('价格');
    expect(normaliseHeader('售价(元)')).toBe('售价');
    expect(normaliseHeader('库存【件】')).toBe('库存');
    expect(normaliseHeader(' Item  ID ')).toBe('item id');
  });
});

describe('column aliases', () => {
  const cases: [string, string, unknown][] = [
    ['商品ID', '25812911614326', { itemId: '25812911614326' }],
    ['商品编号', 'A-1', { itemId: 'A-1' }],
    ['商品名称', '金箔纸杯', { title: '金箔纸杯' }],
    ['商品标题', '金箔纸杯', { title: '金箔纸杯' }],
    ['价格', '¥1,299.00', { priceFen: 129_900 }],
    ['单价', '99元', { priceFen: 9_900 }],
    ['售价', '99', { priceFen: 9_900 }],
    ['活动价', '89.9', { activityPriceFen: 8_990 }],
    ['预售价', '￥89', { activityPriceFen: 8_900 }],
    ['划线价', '199', { originalPriceFen: 19_900 }],
    ['原价', '199', { originalPriceFen: 19_900 }],
    [
      '类目',
      '家用电器 / 空调',
      { category: { name: '家用电器 / 空调', virtual: false, kind: 'appliance', level: 1 } },
    ],
    ['分期期数', '6期', { installment: { periods: 6 } }],
    ['分期期数', '12', { installment: { periods: 12 } }],
  ];
  it.each(cases)('%s %s', (header, cell, expected) => {
    expect(product([header], [cell])).toEqual(expected);
  });

  it('fills the deposit from 意向金, 可抵金额, 尾款, 预售数量, 库存 / 总库存 and 产能', () => {
    const header = ['意向金', '可抵金额', '尾款', '预售数量', '总库存', '产能'];
    expect(product(header, ['10', '20元', '¥79.9', '1,000', '300', '900'])).toEqual({
      deposit: {
        amountFen: 1_000,
        deductionFen: 2_000,
        balanceFen: 7_990,
        presaleQty: 1_000,
        stock: 300,
        capacity: 900,
      },
    });
    expect(product(['库存'], ['300'])).toEqual({});
  });

  it('does not make a product a deposit product for its stock alone', () => {
    expect(product(['价格', '库存'], ['99', '300'])).toEqual({ priceFen: 9_900 });
  });

  it('knows every field by its own name too, and every alias maps', () => {
    for (const field of rowFields) {
      expect(makeRowReader([field]).fields.get(0)).toBe(field);
      for (const alias of columnAliases[field])
        expect(makeRowReader([alias]).fields.get(0)).toBe(field);
    }
  });

  it('reads a range from its lowest price, as the goods list does', () => {
    expect(product(['单价'], ['￥6.8 至 ￥24.99'])).toEqual({ priceFen: 680 });
  });

  it('marks a merchant-given historical low as such', () => {
    expect(product(['历史最低价'], ['88'])).toEqual({
      historicalLowFen: 8_800,
      historicalLowSource: 'merchant',
    });
  });
});

describe('empty and malformed cells', () => {
  it('leaves an empty cell out (its checks say unknown) and skips a blank row', () => {
    expect(product(['商品ID', '价格'], ['1', '  '])).toEqual({ itemId: '1' });
    expect(read(['商品ID', '价格'], ['', ''])).toBeNull();
    expect(read(['商品ID', '价格'], [])).toBeNull();
  });

  it('reports a cell that is not a price with its column, never a guess', () => {
    expect(read(['商品ID', '价格'], ['7', '暂无报价'])).toEqual({
      at,
      itemId: '7',
      issues: [
        {
          path: 'product.priceFen',
          // The reason is the shared price parser's own words.
          message: expect.stringMatching(/^column 价格: "暂无报价" is not a price \(.+\)$/),
        },
      ],
    });
    const fenTooFine = read(['价格'], ['1.005']);
    expect(fenTooFine && 'issues' in fenTooFine && fenTooFine.issues[0]?.path).toBe(
      'product.priceFen',
    );
  });

  it('takes prices at the fen boundary: 0.01 and 0 read, 1.005 and -1 refused', () => {
    expect(product(['价格'], ['0.01'])).toEqual({ priceFen: 1 });
    expect(product(['价格'], ['0'])).toEqual({ priceFen: 0 });
    for (const bad of ['1.005', '-1']) {
      const input = read(['价格'], [bad]);
      expect(input && 'issues' in input).toBe(true);
    }
  });

  it('takes counts as whole numbers: 0 and 1,000 read; -1, 1.5 and 十 refused', () => {
    expect(product(['意向金', '预售数量'], ['1', '0'])).toMatchObject({
      deposit: { presaleQty: 0 },
    });
    expect(product(['意向金', '预售数量'], ['1', '１，０００'])).toMatchObject({
      deposit: { presaleQty: 1000 },
    });
    for (const bad of ['-1', '1.5', '十']) {
      const input = read(['意向金', '预售数量'], ['1', bad]);
      expect(input && 'issues' in input && input.issues[0]?.message).toBe(
        `column 预售数量: "${bad}" is not a whole number`,
      );
    }
  });

  it('takes 3, 6 or 12 periods only', () => {
    for (const bad of ['2', '4', '24', '三期']) {
      const input = read(['分期期数'], [bad]);
      expect(input && 'issues' in input && input.issues[0]?.path).toBe(
        'product.installment.periods',
      );
    }
  });

  it('lists every bad cell of a row, not only the first', () => {
    const input = read(['价格', '活动价'], ['abc', 'xyz']);
    expect(input && 'issues' in input && input.issues).toHaveLength(2);
  });
});

describe('the header', () => {
  it('ignores unknown columns and says which', () => {
    const reader = makeRowReader(['商品ID', '销量', '商品状态', '', '价格']);
    expect([...reader.fields.values()]).toEqual(['itemId', 'priceFen']);
    expect(reader.ignored).toEqual(['销量', '商品状态']);
  });

  it('takes a user’s map by alias or by field name, over the built-in aliases', () => {
    const reader = makeRowReader(['销售价格', '编码', '价格'], {
      columns: { 销售价格: '价格', 编码: 'itemId', 价格: 'originalPriceFen' },
    });
    expect([...reader.fields.entries()]).toEqual([
      [0, 'priceFen'],
      [1, 'itemId'],
      [2, 'originalPriceFen'],
    ]);
  });

  it('refuses a map to no known column, two columns for one field, and a header it cannot use', () => {
    expect(() => makeRowReader(['x'], { columns: { x: '颜色' } })).toThrow(ColumnError);
    expect(() => makeRowReader(['价格', '售价'])).toThrow(
      /"价格" and "售价" both give the priceFen/,
    );
    expect(() => makeRowReader(['销量', '颜色'])).toThrow(/no known column/);
  });

  it('tells a page user what to change in the sheet, in both languages; --columns is a CLI hint', () => {
    const caught = (header: string[]) => {
      try {
        makeRowReader(header);
      } catch (error) {
        return error as ColumnError;
      }
      throw new Error('not refused');
    };
    const twice = caught(['价格', '售价']);
    expect(twice.text.zh).toBe(
      '“价格”和“售价”两列都表示价格：请在表格里删除其中一列，或改掉它的表头',
    );
    expect(twice.text.en).toContain('delete one of them, or rename its header, in the sheet');
    const unknown = caught(['销量', '颜色']);
    expect(unknown.text.zh).toContain('表头中没有可识别的列（销量, 颜色）');
    expect(unknown.text.en).toContain('rename your headers to these');
    for (const error of [twice, unknown]) {
      expect(`${error.text.zh} ${error.text.en}`).not.toContain('--');
      expect(error.cliHint?.zh).toContain('--columns');
      expect(error.cliHint?.en).toContain('--columns');
    }
  });

  it('names a few headers of a wide unknown header, each cut short, never all of them', () => {
    const header = Array.from(
      { length: 16_384 },
      (_, i) => `列${i}${'长'.repeat(i === 0 ? 60 : 0)}`,
    );
    let text = '';
    try {
      makeRowReader(header);
    } catch (error) {
      text = (error as ColumnError).text.zh;
    }
    expect(text).toContain(`列0${'长'.repeat(38)}…, 列1, 列2`);
    expect(text).toContain('列9 … (+16374)');
    expect(text.length).toBeLessThan(300);
  });
});

describe('plain amounts', () => {
  it('read the same fen as the pages’ parser (the quick path for number cells)', () => {
    const plain = fc
      .tuple(
        fc.oneof(fc.constant('0'), fc.bigInt({ min: 1n, max: 9_999_999_999_999n }).map(String)),
        fc.option(fc.stringMatching(/^\d{1,2}$/)),
      )
      .map(([yuan, cents]) => (cents === null ? yuan : `${yuan}.${cents}`));
    fc.assert(
      fc.property(plain, (text) => {
        const expected = parsePrice(text);
        const input = makeRowReader(['价格']).toInput([text], at);
        if (!expected.ok) return expect(input && 'issues' in input).toBe(true);
        expect(input && 'request' in input && input.request).toEqual({
          product: { priceFen: expected.minFen },
        });
      }),
      { numRuns: 2000 },
    );
  });
});
