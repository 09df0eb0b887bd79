import { describe, expect, it } from 'vitest';
import { readCsvRows } from '@/lib/batch/csv';
import { readBatchInputs, formatOf } from '@/lib/batch/inputs';
import { writeCsv, exportHeader, sampleRow } from '@/scripts/batch-samples';
import { byteChunks, chunksOf, collect } from './helpers';

describe('readCsvRows', () => {
  it('reads quoted separators, quotes and line breaks however the text is cut', async () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n1,2,3\r\n';
    for (const size of [1, 3, 8, 1000]) {
      expect(await collect(readCsvRows(chunksOf(text, size)))).toEqual([
        { n: 1, cells: ['a', 'b', 'c'] },
        { n: 2, cells: ['x, y', 'say "hi"', 'two\r\nlines'] },
        { n: 3, cells: ['1', '2', '3'] },
      ]);
    }
  });

  it('reads a last row without a line break, and tab- or semicolon-separated files', async () => {
    expect(await collect(readCsvRows(chunksOf('a,b\n1,2', 3)))).toEqual([
      { n: 1, cells: ['a', 'b'] },
      { n: 2, cells: ['1', '2'] },
    ]);
    expect(await collect(readCsvRows(chunksOf('a\tb\n1\t2\n', 2)))).toEqual([
      { n: 1, cells: ['a', 'b'] },
      { n: 2, cells: ['1', '2'] },
    ]);
    expect((await collect(readCsvRows(chunksOf('a;b\n1;2\n', 2))))[1]?.cells).toEqual(['1', '2']);
  });
});

describe('a CSV export → requests', () => {
  it('maps an Excel-saved export (BOM, CRLF, quoted titles) to requests with their row numbers', async () => {
    const csv = writeCsv([exportHeader, sampleRow(0), ['', '', ''], sampleRow(1)]);
    const bytes = new TextEncoder().encode(csv);
    const inputs = await collect(readBatchInputs('csv', () => byteChunks(bytes, 16)));
    expect(inputs.map((input) => input.at.n)).toEqual([2, 4]);
    const first = inputs[0];
    if (!first || !('request' in first)) throw new Error('expected a request');
    expect(first.request).toEqual({
      product: {
        itemId: '25812911600000',
        title: '新年乔迁高档金箔纸杯, "款式" 0',
        priceFen: 9_900,
        activityPriceFen: 8_900,
        originalPriceFen: 19_800,
        category: { name: '女装 / 连衣裙', virtual: false, kind: 'apparel', level: 2 },
        installment: { periods: 3 },
        deposit: {
          amountFen: 2_670,
          deductionFen: 1_800,
          balanceFen: 8_010,
          presaleQty: 1_000,
          stock: 100,
          capacity: 900,
        },
      },
    });
  });

  it('knows the formats by extension', () => {
    expect(
      ['a.json', 'a.NDJSON', 'a.jsonl', 'b.csv', 'c.xlsx', 'd.xls', 'e'].map(formatOf),
    ).toEqual(['json', 'ndjson', 'ndjson', 'csv', 'xlsx', null, null]);
  });
});
