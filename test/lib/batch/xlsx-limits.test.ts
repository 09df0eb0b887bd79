/**
 * An xlsx held to its bounds (lib/batch/limits.ts): a cell's text and a shared string (Excel's
 * 32 767 characters), a row's cells (16 384, A to XFD) and text, the shared-string table, the
 * inflated size of each part and in all, the XML between two tags and its depth — and a zip bomb,
 * built here with fflate, refused after a little of it is read, never inflated whole.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { batchLimits, BatchLimitError, type BatchLimits } from '@/lib/batch/limits';
import { readXlsxRows } from '@/lib/batch/xlsx';
import { xlsxWithHugeCell } from '@/scripts/batch-samples';
import { byteChunks, collect, countedChunks, refusal } from './helpers';

const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SHEET = 'xl/worksheets/sheet1.xml';

function workbook(sheetXml: string, shared: string[] = []) {
  const files: Record<string, Uint8Array> = {
    [SHEET]: strToU8(`<worksheet xmlns="${ns}"><sheetData>${sheetXml}</sheetData></worksheet>`),
  };
  if (shared.length > 0) {
    files['xl/sharedStrings.xml'] = strToU8(`<sst xmlns="${ns}">${shared.join('')}</sst>`);
  }
  return zipSync(files);
}

const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const row = (n: number, cells: string) => `<row r="${n}">${cells}</row>`;

async function read(bytes: Uint8Array, limits: BatchLimits = batchLimits) {
  return collect(readXlsxRows(() => byteChunks(bytes, 4096), limits));
}

async function refused(bytes: Uint8Array, limits: BatchLimits = batchLimits) {
  const error = await refusal(readXlsxRows(() => byteChunks(bytes, 4096), limits));
  expect(error).toBeInstanceOf(BatchLimitError);
  return error as BatchLimitError;
}

describe('readXlsxRows: bounds', { timeout: 60_000 }, () => {
  it('reads a 32 767-character cell and refuses 32 768, naming the part, the cell and the bound', async () => {
    const rows = await read(workbook(row(1, inline('B1', 'A'.repeat(32_767)))));
    expect(rows[0]?.cells[1]).toHaveLength(32_767);
    const error = await refused(workbook(row(1, inline('B1', 'A'.repeat(32_768)))));
    expect(error.text).toEqual({
      zh: `${SHEET} 单元格 B1：文字超过 32 767 个字符（Excel 单元格的上限）；文件未继续读取`,
      en: `${SHEET}, cell B1: its text is longer than 32 767 characters (Excel's own limit for a cell); the file was not read further`,
    });
  });

  it('reads a 32 767-character shared string and refuses 32 768, by its number', async () => {
    const cell = '<c r="A1" t="s"><v>1</v></c>';
    const ok = await read(
      workbook(row(1, cell), ['<si><t>x</t></si>', `<si><t>${'中'.repeat(32_767)}</t></si>`]),
    );
    expect(ok[0]?.cells[0]).toHaveLength(32_767);
    const error = await refused(
      workbook(row(1, cell), [
        '<si><t>x</t></si>',
        `<si><r><t>${'中'.repeat(32_000)}</t></r><r><t>${'中'.repeat(768)}</t></r></si>`,
      ]),
    );
    expect(error.text.en).toMatch(
      /^xl\/sharedStrings\.xml, shared string 2: its text is longer than 32 767/,
    );
  });

  it('holds the shared-string table to its count and its characters in all', async () => {
    const strings = ['<si><t>abc</t></si>', '<si><t>def</t></si>'];
    const bytes = workbook(row(1, '<c r="A1" t="s"><v>1</v></c>'), strings);
    expect(
      (await read(bytes, { ...batchLimits, sharedStrings: 2, sharedChars: 6 }))[0]?.cells,
    ).toEqual(['def']);
    expect((await refused(bytes, { ...batchLimits, sharedStrings: 1 })).limit).toBe(
      'sharedStrings',
    );
    expect((await refused(bytes, { ...batchLimits, sharedChars: 5 })).limit).toBe('sharedChars');
  });

  it('reads a cell in column XFD (16 384) and refuses one past it before making the row', async () => {
    const rows = await read(workbook(row(1, inline('A1', 'a') + inline('XFD1', 'z'))));
    expect(rows[0]?.cells).toHaveLength(16_384);
    expect(rows[0]?.cells[16_383]).toBe('z');
    for (const ref of ['XFE1', 'ZZZZZZZZ1']) {
      const error = await refused(workbook(row(1, inline('A1', 'a') + inline(ref, 'z'))));
      expect(error.text.en).toBe(
        `${SHEET}, row 1: more than 16 384 columns (Excel's own limit, A to XFD); the file was not read further`,
      );
    }
  });

  it('holds a row to its characters in all, shared or inline', async () => {
    const cells = inline('A1', 'abcde') + inline('B1', 'fghij');
    expect(
      (await read(workbook(row(1, cells)), { ...batchLimits, rowChars: 10 }))[0]?.cells,
    ).toEqual(['abcde', 'fghij']);
    const error = await refused(workbook(row(1, cells)), { ...batchLimits, rowChars: 9 });
    expect(error.text.en).toContain(`${SHEET}, row 1: more than 9 characters in its cells`);
  });

  it('holds each part to its inflated size, and all parts read together', async () => {
    const bytes = workbook(row(1, inline('A1', 'x'.repeat(1000))));
    const sheetSize = 1000 + 150;
    await read(bytes, { ...batchLimits, entryBytes: 2000, totalBytes: 2000 });
    const entry = await refused(bytes, { ...batchLimits, entryBytes: sheetSize - 200 });
    expect(entry.text.en).toMatch(new RegExp(`^${SHEET}: inflates to more than`));
    const all = await refused(bytes, { ...batchLimits, totalBytes: sheetSize - 200 });
    expect(all.text.en).toMatch(/^the workbook's parts read: inflate to more than .* in all/);
    const parts = zipSync({
      'xl/workbook.xml': strToU8(`<workbook>${'<x/>'.repeat(500)}</workbook>`),
    });
    expect((await refused(parts, { ...batchLimits, partBytes: 1000 })).text.en).toMatch(
      /^xl\/workbook\.xml: inflates/,
    );
  });

  it('holds the XML between two tags to its run, and its nesting to the depth bound', async () => {
    const text = (n: number) => workbook(row(1, `<c r="A1" t="str"><v>${'a'.repeat(n)}</v></c>`));
    const limits = { ...batchLimits, xmlRunBytes: 100 };
    // The bytes between two `<`: `v>` and the text.
    expect((await read(text(98), limits))[0]?.cells).toEqual(['a'.repeat(98)]);
    const run = await refused(text(99), limits);
    expect(run.text.en).toContain(`${SHEET}, cell A1: a text or tag runs past 100 bytes of XML`);
    // worksheet > sheetData > row > c > is > t: 6 deep.
    const deep = workbook(row(1, inline('A1', 'a')));
    await read(deep, { ...batchLimits, depth: 6 });
    expect((await refused(deep, { ...batchLimits, depth: 5 })).text.en).toBe(
      `${SHEET}: nested more than 5 deep; the file was not read further`,
    );
    const nested = workbook(`${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}`);
    expect((await refused(nested)).limit).toBe('depth');
  });

  it(
    'refuses a zip bomb of a sheet while inflating it, having read a little of the file',
    { timeout: 60_000 },
    async () => {
      const chunks: Uint8Array[] = [];
      xlsxWithHugeCell(16 << 20, (chunk) => chunks.push(chunk));
      const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.length), 0);
      expect(bytes.length).toBeLessThan(50_000);
      let passes = 0;
      let second: ReturnType<typeof countedChunks> | null = null;
      const error = await refusal(
        readXlsxRows(() => {
          passes += 1;
          const source = countedChunks(bytes, 1024);
          if (passes === 2) second = source;
          return source.chunks();
        }),
      );
      expect((error as BatchLimitError).text.en).toContain(
        `${SHEET}, cell B2: a text or tag runs past 1 MiB`,
      );
      // Refused after ~1 MiB of the 16 MiB inflated: a small share of the sheet's compressed bytes.
      expect((second as unknown as { read: number }).read).toBeLessThan(bytes.length / 4);
    },
  );
});
