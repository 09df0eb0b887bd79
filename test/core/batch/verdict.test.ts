import { describe, expect, it } from 'vitest';
import { checkItem } from '@/core/batch/engine';
import { toVerdict, statusOf } from '@/core/batch/verdict';
import { BOM, csvCell, verdictCsvHeader, verdictCsvRow } from '@/core/batch/verdict-csv';
import { ruleIds } from '@/core/report';
import { sampleRequest } from '@/scripts/batch-samples';

const at = { unit: 'row', n: 4 } as const;

describe('toVerdict', () => {
  it('is the item id, the worst status and each check’s status', () => {
    const result = checkItem({ at, request: sampleRequest(9) });
    const verdict = toVerdict(result);
    expect(verdict.itemId).toBe('25812911600009');
    expect(verdict.status).toBe('fail');
    expect(verdict.status).toBe(statusOf(result));
    if (verdict.status === 'invalid') throw new Error('expected checks');
    expect(verdict.checks['D-RATIO']).toBe('fail');
    expect(Object.keys(verdict)).toEqual(['itemId', 'status', 'checks']);
  });

  it('says where an invalid item is and why', () => {
    const verdict = toVerdict(
      checkItem({
        at,
        itemId: '7',
        issues: [{ path: 'product.priceFen', message: 'column 价格: bad' }],
      }),
    );
    expect(verdict).toEqual({
      itemId: '7',
      status: 'invalid',
      at: 'row 4',
      issues: [{ path: 'product.priceFen', message: 'column 价格: bad' }],
    });
  });
});

describe('verdict CSV', () => {
  it('starts with a BOM and has one column a check', () => {
    const header = verdictCsvHeader('zh');
    expect(header.startsWith(BOM)).toBe(true);
    const names = header.slice(1).trimEnd().split(',');
    expect(names.slice(0, 4)).toEqual(['位置', '商品ID', '商品名称', '结果']);
    expect(names).toHaveLength(7 + ruleIds.length + 1);
  });

  it('writes a row with the status in each check’s column, blank where it does not apply', () => {
    const row = verdictCsvRow(checkItem({ at, request: sampleRequest(9) }), 'zh');
    expect(row.endsWith('\r\n')).toBe(true);
    const cells = row.trimEnd().split(',');
    expect(cells.slice(0, 4)).toEqual([
      'row 4',
      '25812911600009',
      '新年乔迁高档金箔纸杯 款式9',
      '不通过',
    ]);
    expect(cells[4]).toContain('D-RATIO');
    expect(cells[7 + ruleIds.indexOf('D-RATIO')]).toBe('不通过');
    expect(cells[7 + ruleIds.indexOf('D-LIVE')]).toBe('');
  });

  it('writes an invalid row with its problems in the last column', () => {
    const row = verdictCsvRow(
      checkItem({
        at,
        itemId: null,
        issues: [{ path: 'product.priceFen', message: 'not a price' }],
      }),
      'en',
    );
    expect(row.startsWith('row 4,,,invalid,')).toBe(true);
    expect(row.trimEnd().endsWith('product.priceFen: not a price')).toBe(true);
  });

  it('quotes separators and neutralises what a spreadsheet would run as a formula', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM')).toBe("'@SUM");
    expect(csvCell('1-2')).toBe('1-2');
  });
});
