/**
 * A CSV held to its bounds (lib/batch/limits.ts): a cell's text (Excel's 32 767 characters), the
 * cells of a row (16 384, Excel's columns), a row's text — each just below, at and above, whole in
 * one chunk or spread over many, and refused before more than the bound is held.
 */
import { describe, expect, it } from 'vitest';
import { readCsvRows } from '@/lib/batch/csv';
import { batchLimits, BatchLimitError } from '@/lib/batch/limits';
import { hugeCellCsv, wideCsv } from '@/scripts/batch-samples';
import { chunksOf, collect, refusal } from './helpers';

const csvOfCell = (chars: number) => [...hugeCellCsv(chars)].join('');

describe('readCsvRows: bounds', { timeout: 60_000 }, () => {
  it('reads a 32 767-character cell and refuses 32 768, naming the cell and the bound', async () => {
    for (const size of [1_000, 1_000_000]) {
      const rows = await collect(readCsvRows(chunksOf(csvOfCell(32_767), size)));
      expect(rows[1]?.cells[1]).toHaveLength(32_767);
      const error = await refusal(readCsvRows(chunksOf(csvOfCell(32_768), size)));
      expect(error).toBeInstanceOf(BatchLimitError);
      expect((error as BatchLimitError).text).toEqual({
        zh: '单元格 B2：文字超过 32 767 个字符（Excel 单元格的上限）；文件未继续读取',
        en: "cell B2: its text is longer than 32 767 characters (Excel's own limit for a cell); the file was not read further",
      });
    }
  });

  it('refuses a 5 MB cell having held little more than a row’s bound of it', async () => {
    let given = 0;
    async function* counted() {
      for await (const text of chunksOf(csvOfCell(5_000_000), 64 * 1024)) {
        given += text.length;
        yield text;
      }
    }
    const error = (await refusal(readCsvRows(counted()))) as BatchLimitError;
    expect(error.limit).toBe('cellChars');
    expect(given).toBeLessThan(batchLimits.rowChars + 2 * 64 * 1024);
  });

  it('reads 16 384 columns and refuses 16 385, 200 000 and a million, by the row', async () => {
    const rows = await collect(readCsvRows(chunksOf([...wideCsv(16_384)].join(''), 65_536)));
    expect(rows[0]?.cells).toHaveLength(16_384);
    for (const columns of [16_385, 200_000, 1_000_000]) {
      const error = (await refusal(
        readCsvRows(chunksOf([...wideCsv(columns)].join(''), 65_536)),
      )) as BatchLimitError;
      expect(error.limit).toBe('rowCells');
      expect(error.text.en).toBe(
        "row 1: more than 16 384 columns (Excel's own limit, A to XFD); the file was not read further",
      );
    }
  });

  it('holds a row to its characters in all: at the bound read, one past refused', async () => {
    const limits = { ...batchLimits, rowChars: 10 };
    const at = 'a,b\r\n12345,67890\r\n';
    expect((await collect(readCsvRows(chunksOf(at, 3), limits)))[1]?.cells).toEqual([
      '12345',
      '67890',
    ]);
    for (const size of [3, 100]) {
      const error = (await refusal(
        readCsvRows(chunksOf('a,b\r\n12345,678901\r\n', size), limits),
      )) as BatchLimitError;
      expect(error.limit).toBe('rowChars');
      expect(error.text.en).toContain('row 2: more than 10 characters in its cells');
    }
    // A header line that never ends is a row too.
    const header = (await refusal(
      readCsvRows(chunksOf('a'.repeat(50), 3), limits),
    )) as BatchLimitError;
    expect(header.text.en).toContain('row 1: more than 10 characters');
  });
});
