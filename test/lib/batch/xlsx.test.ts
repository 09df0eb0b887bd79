import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBatchInputs } from '@/lib/batch/inputs';
import { readXlsxRows, XlsxError } from '@/lib/batch/xlsx';
import { exportHeader, sampleRow, writeXlsx } from '@/scripts/batch-samples';
import { byteChunks, collect } from './helpers';

const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A workbook with the given sheet XML and shared strings, laid out as a writer may. */
function workbook(sheetXml: string, shared: string[] = [], sheetPath = 'xl/worksheets/sheet1.xml') {
  const files: Record<string, Uint8Array> = {
    [sheetPath]: strToU8(`<worksheet xmlns="${ns}"><sheetData>${sheetXml}</sheetData></worksheet>`),
  };
  if (shared.length > 0) {
    files['xl/sharedStrings.xml'] = strToU8(`<sst xmlns="${ns}">${shared.join('')}</sst>`);
  }
  return zipSync(files);
}

describe('readXlsxRows', () => {
  it('reads shared, inline, rich and number cells, sparse columns and row numbers', async () => {
    const bytes = workbook(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>价格</t></is></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>56.699999999999996</v></c>' +
        '<c r="C3" t="str"><v>¥1,299.00</v></c><c r="D3" t="b"><v>1</v></c></row>',
      [
        '<si><t>商品ID</t></si>',
        '<si><r><t>金箔</t></r><r><t xml:space="preserve"> 纸杯</t></r><rPh><t>きん</t></rPh></si>',
      ],
    );
    for (const size of [1, 7, 100_000]) {
      const rows = await collect(readXlsxRows(() => byteChunks(bytes, size)));
      expect(rows).toEqual([
        { n: 1, cells: ['商品ID', '', '价格'] },
        { n: 3, cells: ['金箔 纸杯', '56.7', '¥1,299.00', 'TRUE'] },
      ]);
    }
  });

  it('finds the first sheet through the workbook even when it is not sheet1.xml', async () => {
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="商品" sheetId="2" r:id="rId7"/><sheet name="x" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Target="/xl/worksheets/goods.xml"/></Relationships>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>wrong</t></is></c></row></sheetData></worksheet>`,
      ),
      'xl/worksheets/goods.xml': strToU8(
        `<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>right</t></is></c></row></sheetData></worksheet>`,
      ),
    });
    const rows = await collect(readXlsxRows(() => [bytes]));
    expect(rows).toEqual([{ n: 1, cells: ['right'] }]);
  });

  it('refuses a file that is not a workbook with a clear error', async () => {
    await expect(collect(readXlsxRows(() => [strToU8('商品ID,价格\n1,2\n')]))).rejects.toThrow(
      XlsxError,
    );
    const noSheet = zipSync({ 'xl/other.xml': strToU8('<x/>') });
    await expect(collect(readXlsxRows(() => [noSheet]))).rejects.toThrow(/no worksheet/);
    const badXml = workbook('<row r="1"><c><v>1</v></row>');
    await expect(collect(readXlsxRows(() => [badXml]))).rejects.toThrow(/not valid XML/);
  });
});

describe('an xlsx export → requests', () => {
  it('maps the rows by header, numbers as yuan, and reports a bad cell with its row', async () => {
    const bad = sampleRow(2);
    bad[2] = '暂无报价';
    const bytes = writeXlsx([exportHeader, sampleRow(1), bad]);
    const inputs = await collect(readBatchInputs('xlsx', () => byteChunks(bytes, 1024)));
    expect(inputs[0]).toEqual({
      at: { unit: 'row', n: 2 },
      request: {
        product: {
          itemId: '25812911600001',
          title: '新年乔迁高档金箔纸杯, "款式" 1',
          priceFen: 11_900,
          category: { name: '家居日用 / 收纳', virtual: false, kind: 'home' },
        },
      },
    });
    expect(inputs[1]).toMatchObject({
      at: { unit: 'row', n: 3 },
      itemId: '25812911600002',
      issues: [{ path: 'product.priceFen' }],
    });
  });
});
