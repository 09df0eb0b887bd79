/**
 * The first worksheet of an `.xlsx` export, one row at a time. The file is read twice as a stream:
 * first for the shared strings and which sheet is first, then for the sheet's rows — so neither
 * the file nor its (ten times larger) XML is ever held whole. fflate inflates the zip entries
 * (synchronously, no Worker), saxes parses their XML; both run in Node and in an extension page
 * without eval or remote code.
 */
import { Unzip, UnzipInflate } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { SheetRow } from './csv';
import type { ByteSource } from './text-stream';

export class XlsxError extends Error {}

interface EntryChunk {
  name: string;
  data: Uint8Array;
  final: boolean;
}

/** The wanted entries' inflated bytes, as the zip streams past; the others are skipped unread. */
async function* inflateEntries(
  bytes: ByteSource,
  wanted: (name: string) => boolean,
): AsyncGenerator<EntryChunk> {
  let queue: EntryChunk[] = [];
  let failure: Error | null = null;
  let entries = 0;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (!wanted(file.name)) return;
    file.ondata = (error, data, final) => {
      if (error) failure = error;
      else queue.push({ name: file.name, data, final });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const drain = function* () {
    if (failure) throw new XlsxError(`not a readable .xlsx: ${failure.message}`);
    const ready = queue;
    queue = [];
    yield* ready;
  };
  try {
    for await (const chunk of bytes) {
      unzip.push(chunk);
      yield* drain();
    }
    unzip.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw new XlsxError(`not a readable .xlsx: ${(error as Error).message}`);
  }
  yield* drain();
  if (entries === 0) throw new XlsxError('not a readable .xlsx: not a zip file');
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** A saxes parser over one entry's bytes, decoded as they come. */
function xmlParser(): { parser: SaxesParser; feed: (chunk: EntryChunk) => void } {
  const parser = new SaxesParser();
  const decoder = new TextDecoder('utf-8');
  return {
    parser,
    feed(chunk) {
      parser.write(decoder.decode(chunk.data, { stream: !chunk.final }));
      if (chunk.final) parser.close();
    },
  };
}

interface WorkbookParts {
  sharedStrings: string[];
  sheetPath: string;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
/** Bytes of sheet XML parsed between two hand-overs of rows. */
const XML_SLICE = 64 * 1024;

/** Pass 1: the shared-string table, and the path of the workbook's first sheet. */
async function readWorkbookParts(bytes: ByteSource): Promise<WorkbookParts> {
  const sharedStrings: string[] = [];
  let firstSheetRel: string | null = null;
  const targets = new Map<string, string>();
  const parsers = new Map<string, (chunk: EntryChunk) => void>();

  const strings = xmlParser();
  let inRun = false;
  let inPhonetic = false;
  let current: string[] = [];
  strings.parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === 'si') current = [];
    else if (name === 't') inRun = true;
    else if (name === 'rPh') inPhonetic = true;
  });
  strings.parser.on('text', (text) => {
    if (inRun && !inPhonetic) current.push(text);
  });
  strings.parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === 'si') sharedStrings.push(current.join(''));
    else if (name === 't') inRun = false;
    else if (name === 'rPh') inPhonetic = false;
  });
  parsers.set(SHARED_STRINGS, strings.feed);

  const workbook = xmlParser();
  workbook.parser.on('opentag', (tag: SaxesTagPlain) => {
    if (localName(tag.name) !== 'sheet' || firstSheetRel !== null) return;
    const id = Object.entries(tag.attributes).find(([key]) => localName(key) === 'id')?.[1];
    if (typeof id === 'string') firstSheetRel = id;
  });
  parsers.set(WORKBOOK, workbook.feed);

  const rels = xmlParser();
  rels.parser.on('opentag', (tag: SaxesTagPlain) => {
    if (localName(tag.name) !== 'Relationship') return;
    const { Id, Target } = tag.attributes as Record<string, string>;
    if (Id && Target) targets.set(Id, Target);
  });
  parsers.set(WORKBOOK_RELS, rels.feed);

  try {
    for await (const chunk of inflateEntries(bytes, (name) => parsers.has(name))) {
      parsers.get(chunk.name)?.(chunk);
    }
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw new XlsxError(`not a readable .xlsx: ${(error as Error).message}`);
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
 * spreadsheet numbers them. `open` is called twice: the file is streamed twice.
 */
export async function* readXlsxRows(open: () => ByteSource): AsyncGenerator<SheetRow> {
  const { sharedStrings, sheetPath } = await readWorkbookParts(open());
  const sheet = xmlParser();
  let rows: SheetRow[] = [];
  let cells: string[] = [];
  let rowNumber = 0;
  let column = -1;
  let type = 'n';
  let capture = false;
  let value: string[] = [];
  sheet.parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === 'row') {
      const r = Number(tag.attributes.r);
      rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
      cells = [];
      column = -1;
    } else if (name === 'c') {
      const ref = tag.attributes.r;
      column = typeof ref === 'string' ? columnIndex(ref) : column + 1;
      type = typeof tag.attributes.t === 'string' ? tag.attributes.t : 'n';
      value = [];
    } else if (name === 'v' || name === 't') capture = true;
  });
  sheet.parser.on('text', (text) => {
    if (capture) value.push(text);
  });
  sheet.parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === 'v' || name === 't') capture = false;
    else if (name === 'c') {
      const raw = value.join('');
      cells[column] =
        type === 's'
          ? (sharedStrings[Number(raw)] ?? '')
          : type === 'n'
            ? numberText(raw)
            : type === 'b'
              ? raw === '1'
                ? 'TRUE'
                : 'FALSE'
              : raw;
    } else if (name === 'row') {
      rows.push({ n: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
    }
  });
  let found = false;
  for await (const chunk of inflateEntries(open(), (name) => name === sheetPath)) {
    found = true;
    // A chunk of a sheet's XML can inflate to megabytes: parse it in slices, yielding as we go,
    // so only a slice's rows are held at a time.
    for (let at = 0; at < chunk.data.length || (chunk.final && at === 0); at += XML_SLICE) {
      const end = Math.min(at + XML_SLICE, chunk.data.length);
      const slice = {
        ...chunk,
        data: chunk.data.subarray(at, end),
        final: chunk.final && end === chunk.data.length,
      };
      try {
        sheet.feed(slice);
      } catch (error) {
        throw new XlsxError(`${sheetPath} is not valid XML: ${(error as Error).message}`);
      }
      const ready = rows;
      rows = [];
      yield* ready;
    }
  }
  if (!found) throw new XlsxError(`no worksheet ${sheetPath} in the file`);
}
