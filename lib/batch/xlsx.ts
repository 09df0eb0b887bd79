/**
 * The first worksheet of an `.xlsx` export, one row at a time. The file is read twice as a stream:
 * first for the shared strings and which sheet is first, then for the sheet's rows — so neither
 * the file nor its (ten times larger) XML is ever held whole. fflate inflates the zip entries
 * (synchronously, no Worker), saxes parses their XML; both run in Node and in an extension page
 * without eval or remote code.
 */
import { Unzip, UnzipInflate } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Message } from '@/core/report';
import { BatchReadError } from '@/core/batch/read-error';
import type { SheetRow } from './csv';
import { batchLimits, places, refuse, type BatchLimits, type LimitName } from './limits';
import type { ByteSource } from './text-stream';

export class XlsxError extends BatchReadError {}

const unreadable = (detail: string) =>
  new XlsxError({
    zh: `不是可读取的 .xlsx 文件：${detail}`,
    en: `not a readable .xlsx: ${detail}`,
  });

interface EntryChunk {
  name: string;
  data: Uint8Array;
  final: boolean;
}

/**
 * Compressed bytes handed to the inflater at a time. Deflate inflates at most ~1 032 bytes from
 * one, so a push makes at most ~1 MB (and fflate's growing buffer ~3 MB) before its entry's size
 * is counted: a zip bomb is caught after a few MB, never inflated whole first. 4 KB pushes read
 * normal sheets ~10 % quicker but held ~18 MB more at a bomb's refusal.
 */
const PUSH = 1024;

/**
 * The wanted entries' inflated bytes, as the zip streams past; the others are skipped unread.
 * Each entry's inflated size is held to its bound, and `inflated.total` (shared by both passes)
 * to the bound in all.
 */
async function* inflateEntries(
  bytes: ByteSource,
  wanted: (name: string) => boolean,
  limits: BatchLimits,
  inflated: { total: number },
  boundOf: (name: string) => LimitName,
): AsyncGenerator<EntryChunk> {
  let queue: EntryChunk[] = [];
  let failure: Error | null = null;
  let entries = 0;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (!wanted(file.name)) return;
    const bound = boundOf(file.name);
    let size = 0;
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      size += data.length;
      inflated.total += data.length;
      try {
        if (size > limits[bound]) refuse(limits, bound, places.part(file.name));
        if (inflated.total > limits.totalBytes) refuse(limits, 'totalBytes', places.allParts);
        queue.push({ name: file.name, data, final });
      } catch (bounded) {
        failure = bounded as Error;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const drain = function* () {
    if (failure) throw failure instanceof BatchReadError ? failure : unreadable(failure.message);
    const ready = queue;
    queue = [];
    yield* ready;
  };
  try {
    for await (const chunk of bytes) {
      for (let at = 0; at < chunk.length; at += PUSH) {
        unzip.push(chunk.subarray(at, at + PUSH));
        yield* drain();
      }
    }
    unzip.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof BatchReadError) throw error;
    throw unreadable((error as Error).message);
  }
  yield* drain();
  if (entries === 0) throw unreadable('not a zip file');
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

interface XmlHandlers {
  open?: (name: string, tag: SaxesTagPlain) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** Bytes of XML parsed between two hand-overs of rows (and at most the run bound). */
const XML_SLICE = 64 * 1024;

/**
 * A saxes parser over one part's bytes, fed in slices. saxes keeps a text or a tag whole until
 * its end, so the bytes between two `<` are counted first and held to `xmlRunBytes` (`where`
 * names the place, e.g. the cell being read), and elements to `depth` deep.
 */
function xmlPart(part: string, limits: BatchLimits, where: () => Message, on: XmlHandlers) {
  const parser = new SaxesParser();
  const decoder = new TextDecoder('utf-8');
  const sliceBytes = Math.min(XML_SLICE, limits.xmlRunBytes);
  let run = 0;
  let depth = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth += 1;
    if (depth > limits.depth) refuse(limits, 'depth', places.part(part));
    on.open?.(localName(tag.name), tag);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    depth -= 1;
    on.close?.(localName(tag.name));
  });
  if (on.text) parser.on('text', on.text);
  const write = (data: Uint8Array, final: boolean) => {
    // A slice is no longer than the bound, so only a run reaching into it from before can pass it.
    const first = data.indexOf(0x3c);
    if (run + (first < 0 ? data.length : first) > limits.xmlRunBytes) {
      refuse(limits, 'xmlRunBytes', where());
    }
    run = first < 0 ? run + data.length : data.length - data.lastIndexOf(0x3c) - 1;
    try {
      parser.write(decoder.decode(data, { stream: !final }));
      if (final) parser.close();
    } catch (error) {
      if (error instanceof BatchReadError) throw error;
      throw new XlsxError({
        zh: `${part} 不是有效的 XML：${(error as Error).message}`,
        en: `${part} is not valid XML: ${(error as Error).message}`,
      });
    }
  };
  /** One inflated chunk, slice by slice; the caller may hand over rows between slices. */
  return function* feed(chunk: EntryChunk): Generator<void> {
    for (let at = 0; at < chunk.data.length || (chunk.final && at === 0); at += sliceBytes) {
      const end = Math.min(at + sliceBytes, chunk.data.length);
      write(chunk.data.subarray(at, end), chunk.final && end === chunk.data.length);
      yield;
    }
  };
}

interface WorkbookParts {
  sharedStrings: string[];
  sheetPath: string;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** Pass 1: the shared-string table, and the path of the workbook's first sheet. */
async function readWorkbookParts(
  bytes: ByteSource,
  limits: BatchLimits,
  inflated: { total: number },
): Promise<WorkbookParts> {
  const sharedStrings: string[] = [];
  let firstSheetRel: string | null = null;
  const targets = new Map<string, string>();
  const feeds = new Map<string, (chunk: EntryChunk) => Generator<void>>();

  let inString = false;
  let inRun = false;
  let inPhonetic = false;
  let current: string[] = [];
  let chars = 0;
  let allChars = 0;
  const sharedPlace = () =>
    inString
      ? places.shared(SHARED_STRINGS, sharedStrings.length + 1)
      : places.part(SHARED_STRINGS);
  const strings = xmlPart(SHARED_STRINGS, limits, sharedPlace, {
    open(name) {
      if (name === 'si') {
        if (sharedStrings.length >= limits.sharedStrings) {
          refuse(limits, 'sharedStrings', places.part(SHARED_STRINGS));
        }
        inString = true;
        current = [];
        chars = 0;
      } else if (name === 't') inRun = true;
      else if (name === 'rPh') inPhonetic = true;
    },
    text(text) {
      if (!inRun || inPhonetic) return;
      chars += text.length;
      allChars += text.length;
      if (chars > limits.cellChars) refuse(limits, 'cellChars', sharedPlace());
      if (allChars > limits.sharedChars) refuse(limits, 'sharedChars', places.part(SHARED_STRINGS));
      current.push(text);
    },
    close(name) {
      if (name === 'si') {
        sharedStrings.push(current.join(''));
        inString = false;
      } else if (name === 't') inRun = false;
      else if (name === 'rPh') inPhonetic = false;
    },
  });
  feeds.set(SHARED_STRINGS, strings);

  const workbook = xmlPart(WORKBOOK, limits, () => places.part(WORKBOOK), {
    open(name, tag) {
      if (name !== 'sheet' || firstSheetRel !== null) return;
      const id = Object.entries(tag.attributes).find(([key]) => localName(key) === 'id')?.[1];
      if (typeof id === 'string') firstSheetRel = id;
    },
  });
  feeds.set(WORKBOOK, workbook);

  const rels = xmlPart(WORKBOOK_RELS, limits, () => places.part(WORKBOOK_RELS), {
    open(name, tag) {
      if (name !== 'Relationship') return;
      const { Id, Target } = tag.attributes as Record<string, string>;
      if (Id && Target) targets.set(Id, Target);
    },
  });
  feeds.set(WORKBOOK_RELS, rels);

  const boundOf = (name: string) => (name === SHARED_STRINGS ? 'entryBytes' : 'partBytes');
  for await (const chunk of inflateEntries(
    bytes,
    (name) => feeds.has(name),
    limits,
    inflated,
    boundOf,
  )) {
    const slices = (feeds.get(chunk.name) as (chunk: EntryChunk) => Generator<void>)(chunk);
    while (!slices.next().done);
  }
  const target = firstSheetRel === null ? undefined : targets.get(firstSheetRel);
  const sheetPath = target
    ? target.startsWith('/')
      ? target.slice(1)
      : `xl/${target}`
    : 'xl/worksheets/sheet1.xml';
  return { sharedStrings, sheetPath };
}

/** `B12` → 1 (the column's 0-based index). */
function columnIndex(ref: string): number {
  let index = 0;
  for (const char of ref) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/**
 * A number cell as Excel shows it, to 15 significant digits: `56.699999999999996` (the double
 * nearest 189 × 0.3) → `56.7`, so a price typed as 56.7 is read as 5670 fen.
 */
function numberText(raw: string): string {
  // Up to 15 characters holds at most 15 significant digits: already as Excel shows it.
  if (raw.length <= 15) return raw;
  const value = Number(raw);
  return raw.trim() !== '' && Number.isFinite(value) ? String(Number(value.toPrecision(15))) : raw;
}

/**
 * Every row of the first sheet with its cells as text (empty cells ''), numbered as the
 * spreadsheet numbers them. `open` is called twice: the file is streamed twice. Past a bound of
 * `limits`, a BatchLimitError names the part (the cell, the row, the zip entry).
 */
export async function* readXlsxRows(
  open: () => ByteSource,
  limits: BatchLimits = batchLimits,
): AsyncGenerator<SheetRow> {
  const inflated = { total: 0 };
  const { sharedStrings, sheetPath } = await readWorkbookParts(open(), limits, inflated);
  let rows: SheetRow[] = [];
  let cells: string[] = [];
  let rowNumber = 0;
  let rowChars = 0;
  let column = -1;
  let type = 'n';
  let inCell = false;
  let capture = false;
  let value: string[] = [];
  let valueChars = 0;
  const cellPlace = () => places.cell(column, rowNumber, sheetPath);
  const where = () =>
    inCell
      ? cellPlace()
      : rowNumber > 0
        ? places.row(rowNumber, sheetPath)
        : places.part(sheetPath);
  const feed = xmlPart(sheetPath, limits, where, {
    open(name, tag) {
      if (name === 'row') {
        const r = Number(tag.attributes.r);
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        cells = [];
        rowChars = 0;
        column = -1;
      } else if (name === 'c') {
        const ref = tag.attributes.r;
        column = typeof ref === 'string' ? columnIndex(ref) : column + 1;
        // A reference past XFD would make the row's array that long: refused before it is made.
        if (column >= limits.rowCells) refuse(limits, 'rowCells', places.row(rowNumber, sheetPath));
        type = typeof tag.attributes.t === 'string' ? tag.attributes.t : 'n';
        inCell = true;
        value = [];
        valueChars = 0;
      } else if (name === 'v' || name === 't') capture = true;
    },
    text(text) {
      if (!capture) return;
      valueChars += text.length;
      if (valueChars > limits.cellChars) refuse(limits, 'cellChars', cellPlace());
      value.push(text);
    },
    close(name) {
      if (name === 'v' || name === 't') capture = false;
      else if (name === 'c') {
        const raw = value.join('');
        const cell =
          type === 's'
            ? (sharedStrings[Number(raw)] ?? '')
            : type === 'n'
              ? numberText(raw)
              : type === 'b'
                ? raw === '1'
                  ? 'TRUE'
                  : 'FALSE'
                : raw;
        rowChars += cell.length;
        if (rowChars > limits.rowChars)
          refuse(limits, 'rowChars', places.row(rowNumber, sheetPath));
        cells[column] = cell;
        inCell = false;
      } else if (name === 'row') {
        rows.push({ n: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
      }
    },
  });
  let found = false;
  const entries = inflateEntries(
    open(),
    (name) => name === sheetPath,
    limits,
    inflated,
    () => 'entryBytes',
  );
  for await (const chunk of entries) {
    found = true;
    // A chunk of a sheet's XML can inflate to megabytes: it is parsed in slices, yielding as we
    // go, so only a slice's rows are held at a time.
    for (const slices = feed(chunk); !slices.next().done;) {
      const ready = rows;
      rows = [];
      yield* ready;
    }
  }
  if (!found) {
    throw new XlsxError({
      zh: `文件中没有工作表 ${sheetPath}`,
      en: `no worksheet ${sheetPath} in the file`,
    });
  }
}
