/**
 * What a batch reader may hold or read, and the refusal past it. Every bound is checked as the
 * file streams — before the text past it is kept — so a hostile file (a zip bomb of a sheet, a
 * 50 MB cell, a million columns, JSON nested a million deep) costs a few MB and a clear message,
 * never a raw "Invalid string length" or a frozen page. The README's batch section lists them.
 */
import type { Message } from '@/core/report';
import { BatchReadError } from '@/core/batch/read-error';

const MiB = 1 << 20;

export const batchLimits = {
  /** Characters in one cell, inline, shared or CSV: Excel's own limit. */
  cellChars: 32_767,
  /** Cells in one row: Excel's own column limit (A … XFD). */
  rowCells: 16_384,
  /** Characters in one row, its cells together (a workbench export's row is a few hundred). */
  rowChars: 1_048_576,
  /** An xlsx's shared-string table: strings, and their characters in all (~1 M export rows). */
  sharedStrings: 2_097_152,
  sharedChars: 67_108_864,
  /** Inflated bytes of the sheet or of the shared strings (~1.5 M export rows). */
  entryBytes: 1024 * MiB,
  /** Inflated bytes of the workbook's small parts (workbook.xml and its relationships). */
  partBytes: 16 * MiB,
  /** Inflated bytes of every part read, both passes together. */
  totalBytes: 1536 * MiB,
  /** XML bytes between two `<`, one text or one tag: Excel's longest cell text is ~230 KB. */
  xmlRunBytes: MiB,
  /** Nesting of XML elements (a sheet needs 7) and of JSON values (a request needs 4). */
  depth: 64,
  /** Characters of one JSON request: a line, an array element or a whole `.json`. */
  jsonChars: 1_048_576,
};
export type BatchLimits = Record<keyof typeof batchLimits, number>;
export type LimitName = keyof BatchLimits;

const m = (zh: string, en: string): Message => ({ zh, en });
/** 32 767 → `32 767`, as the README writes numbers. */
const count = (n: number) => n.toLocaleString('en-US').replaceAll(',', ' ');
const size = (bytes: number) =>
  bytes >= 1024 * MiB
    ? `${count(bytes / (1024 * MiB))} GiB`
    : bytes >= MiB
      ? `${count(bytes / MiB)} MiB`
      : `${count(bytes)} bytes`;

const boundText: Record<LimitName, (bound: number) => Message> = {
  cellChars: (b) =>
    m(
      `文字超过 ${count(b)} 个字符（Excel 单元格的上限）`,
      `its text is longer than ${count(b)} characters (Excel's own limit for a cell)`,
    ),
  rowCells: (b) =>
    m(
      `超过 ${count(b)} 列（Excel 的列数上限，A 到 XFD）`,
      `more than ${count(b)} columns (Excel's own limit, A to XFD)`,
    ),
  rowChars: (b) =>
    m(`各单元格文字合计超过 ${count(b)} 个字符`, `more than ${count(b)} characters in its cells`),
  sharedStrings: (b) => m(`共享字符串超过 ${count(b)} 个`, `more than ${count(b)} shared strings`),
  sharedChars: (b) =>
    m(
      `共享字符串合计超过 ${count(b)} 个字符`,
      `more than ${count(b)} characters of shared strings in all`,
    ),
  entryBytes: (b) => m(`解压后超过 ${size(b)}`, `inflates to more than ${size(b)}`),
  partBytes: (b) => m(`解压后超过 ${size(b)}`, `inflates to more than ${size(b)}`),
  totalBytes: (b) => m(`解压后合计超过 ${size(b)}`, `inflate to more than ${size(b)} in all`),
  xmlRunBytes: (b) =>
    m(
      `一段文字或标签超过 ${size(b)} XML（单元格最多 32 767 个字符）`,
      `a text or tag runs past ${size(b)} of XML (a cell holds at most 32 767 characters)`,
    ),
  depth: (b) => m(`嵌套超过 ${count(b)} 层`, `nested more than ${count(b)} deep`),
  jsonChars: (b) =>
    m(
      `超过 ${count(b)} 个字符（一个请求最多这么长）`,
      `longer than ${count(b)} characters (the most one request may be)`,
    ),
};

/** A bound gone past: names the part and the bound; the surface adds the file's name. */
export class BatchLimitError extends BatchReadError {
  constructor(
    readonly limit: LimitName,
    readonly bound: number,
    place: Message,
  ) {
    const what = boundText[limit](bound);
    super(
      m(
        `${place.zh}：${what.zh}；文件未继续读取`,
        `${place.en}: ${what.en}; the file was not read further`,
      ),
    );
  }
}

export function refuse(limits: BatchLimits, limit: LimitName, place: Message): never {
  throw new BatchLimitError(limit, limits[limit], place);
}

/** 0 → `A`, 16 383 → `XFD`: a column as a spreadsheet names it. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export const places = {
  cell: (column: number, row: number, part?: string) =>
    m(
      `${part ? `${part} ` : ''}单元格 ${columnName(column)}${row}`,
      `${part ? `${part}, ` : ''}cell ${columnName(column)}${row}`,
    ),
  row: (n: number, part?: string) =>
    m(`${part ? `${part} ` : ''}第 ${n} 行`, `${part ? `${part}, ` : ''}row ${n}`),
  line: (n: number) => m(`第 ${n} 行`, `line ${n}`),
  item: (n: number) => m(`第 ${n} 项`, `item ${n}`),
  request: m('请求', 'the request'),
  part: (name: string) => m(name, name),
  shared: (part: string, n: number) =>
    m(`${part} 第 ${n} 个共享字符串`, `${part}, shared string ${n}`),
  allParts: m('读取的工作簿各部分', "the workbook's parts read"),
};
