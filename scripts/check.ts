/**
 * Command line for the rules core, from one request to a whole catalogue:
 * `npm run --silent check -- [options] <file | ->`. The file's extension picks the reader —
 * `.json` (one request or an array, streamed), `.ndjson` / `.jsonl`, `.csv`, `.xlsx` — and every
 * item goes through the batch engine (core/batch), one at a time, in constant memory.
 * Exit 0: no check fails · 1: some check fails · 2: bad arguments, file, pack, or a malformed
 * item (reported with its line / row and field; the run goes on).
 */
import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  checkBatch,
  positionText,
  type BatchOptions,
  type BatchResult,
} from '../core/batch/engine';
import { BatchReadError } from '../core/batch/read-error';
import { BatchTally } from '../core/batch/tally';
import { verdictCsvHeader, verdictCsvRow } from '../core/batch/verdict-csv';
import { statusOf, toVerdict, type ItemStatus } from '../core/batch/verdict';
import { isDay } from '../core/dates';
import { combinePacks, defaultPack, parsePack, type RulePack } from '../core/pack';
import { merchant as merchantSchema, toFieldIssues, type FieldIssue } from '../core/request';
import { formatOf, readBatchInputs, type BatchFormat } from '../lib/batch/inputs';
import type { JsonShape } from '../lib/batch/json-stream';
import type { ByteSource } from '../lib/batch/text-stream';
import { LineWriter } from './check/output';
import { Progress } from './check/progress';
import { itemLine, reportTable, summaryText, type Lang } from './check/table';

const usage = `usage: npm run --silent check -- [--json | --verdicts] [--only fail|warn|unknown] [--out verdicts.csv]
  [--lang zh|en] [--pack pack.json …] [--date YYYY-MM-DD] [--merchant merchant.json] [--columns map.json]
  [--format json|ndjson|csv|xlsx] <request.json | items.ndjson | items.jsonl | export.csv | export.xlsx | ->`;

class UsageError extends Error {}

const onlyChoices = ['fail', 'warn', 'unknown', 'pass', 'none'] as const;

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} ${path} is not JSON: ${(error as Error).message}`);
  }
}

function issueLines(issues: readonly FieldIssue[], prefix: string): string[] {
  return issues.map((issue) => `${prefix}${issue.path}: ${issue.message}`);
}

function loadPack(path: string): RulePack {
  const parsed = parsePack(readJson(path, 'rule pack'));
  if (!parsed.ok) throw new UsageError(issueLines(parsed.issues, `rule pack ${path}: `).join('\n'));
  return parsed.value;
}

/**
 * `--pack a.json` replaces the bundled pack, as always; `--pack a.json --pack b.json …` judges with
 * all of them together, as the extension's campaign library does (SPEC §2).
 */
function loadPacks(paths: string[] | undefined): RulePack {
  if (!paths?.length) return defaultPack;
  return combinePacks(paths.map(loadPack));
}

function loadMerchant(path: string | undefined): Record<string, unknown> | undefined {
  if (path === undefined) return undefined;
  const parsed = merchantSchema.safeParse(readJson(path, 'merchant profile'));
  if (!parsed.success) {
    const lines = issueLines(toFieldIssues(parsed.error), `merchant profile ${path}: merchant.`);
    throw new UsageError(lines.join('\n'));
  }
  return parsed.data as Record<string, unknown>;
}

function loadColumns(path: string | undefined): Record<string, string> | undefined {
  if (path === undefined) return undefined;
  const map = readJson(path, 'column map');
  const valid =
    map !== null &&
    typeof map === 'object' &&
    !Array.isArray(map) &&
    Object.values(map).every((value) => typeof value === 'string');
  if (!valid) {
    throw new UsageError(`column map ${path} must be an object of "header": "column" strings`);
  }
  return map as Record<string, string>;
}

function parseOnly(text: string | undefined): Set<ItemStatus> | null {
  if (text === undefined) return null;
  const wanted = text.split(',').map((part) => part.trim());
  const bad = wanted.find((part) => !(onlyChoices as readonly string[]).includes(part));
  if (bad !== undefined)
    throw new UsageError(`--only takes fail, warn, unknown, pass or none, not ${bad}`);
  return new Set(wanted as ItemStatus[]);
}

/** A file's bytes, counted as they are read (the progress line's share of the file). */
class FileSource {
  readBytes = 0;
  readonly totalBytes: number;

  constructor(private readonly path: string) {
    try {
      this.totalBytes = statSync(path).size;
    } catch (error) {
      throw new UsageError(`cannot read request file ${path}: ${(error as Error).message}`);
    }
  }

  /** A spreadsheet is read twice; the second pass is what the progress follows. */
  open = (): ByteSource => {
    this.readBytes = 0;
    return this.count(createReadStream(this.path, { highWaterMark: 256 * 1024 }));
  };

  private async *count(stream: AsyncIterable<Buffer>): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream) {
      this.readBytes += chunk.length;
      yield chunk;
    }
  }
}

/** Standard input, for a format given by `--format` or guessed from its first byte. */
async function stdinSource(format: BatchFormat | null): Promise<{
  format: BatchFormat;
  open: () => ByteSource;
}> {
  const iterator = (process.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head: Buffer[] = first.done ? [] : [first.value];
  const guessed =
    format ?? (head[0]?.toString('utf8').trimStart().startsWith('[') ? 'json' : 'ndjson');
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  if (guessed !== 'xlsx') return { format: guessed, open: rest };
  // A zip is read twice: standard input is kept in memory (a file path streams instead).
  const chunks: Uint8Array[] = [];
  for await (const chunk of rest()) chunks.push(chunk);
  return { format: guessed, open: () => chunks };
}

interface Outputs {
  mode: 'table' | 'json' | 'verdicts';
  lang: Lang;
  only: Set<ItemStatus> | null;
  path: string;
  stdout: LineWriter;
  csv: LineWriter | null;
}

/** Prints one result as the mode wants it; invalid items go to stderr, whatever the mode. */
async function emit(result: BatchResult, out: Outputs, shape: JsonShape | null, first: boolean) {
  if (!result.ok) {
    const where = shape === 'single' ? out.path : `${out.path} ${positionText(result.at)}`;
    process.stderr.write(`${issueLines(result.issues, `${where}: `).join('\n')}\n`);
  }
  if (out.only && !out.only.has(statusOf(result))) return;
  if (out.csv) await out.csv.write(verdictCsvRow(result, out.lang));
  if (out.mode === 'verdicts') {
    await out.stdout.write(`${JSON.stringify(toVerdict(result))}\n`);
    return;
  }
  if (!result.ok) return;
  if (out.mode === 'json') {
    if (shape === 'single') await out.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
    else if (shape === 'array')
      await out.stdout.write(`${first ? '' : ',\n'}${JSON.stringify(result.report)}`);
    else await out.stdout.write(`${JSON.stringify(result.report)}\n`);
    return;
  }
  if (shape === 'single') await out.stdout.write(`${reportTable(result.report, out.lang)}\n`);
  else await out.stdout.write(`${itemLine(result, out.lang)}\n`);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      verdicts: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string', default: 'zh' },
      pack: { type: 'string', multiple: true },
      date: { type: 'string' },
      merchant: { type: 'string' },
      columns: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(usage);
  const lang = values.lang;
  if (lang !== 'zh' && lang !== 'en') throw new UsageError(`--lang must be zh or en, not ${lang}`);
  if (values.json && values.verdicts) throw new UsageError('--json and --verdicts: choose one');
  if (values.date !== undefined && !isDay(values.date)) {
    throw new UsageError(`--date must be a real day as YYYY-MM-DD, not ${values.date}`);
  }
  const forced = values.format === undefined ? null : formatOf(`.${values.format}`);
  if (values.format !== undefined && forced === null) {
    throw new UsageError(`--format must be json, ndjson, csv or xlsx, not ${values.format}`);
  }
  const only = parseOnly(values.only);
  const options: BatchOptions = {
    pack: loadPacks(values.pack),
    merchant: loadMerchant(values.merchant),
    ...(values.date !== undefined ? { date: values.date } : {}),
  };
  const columns = loadColumns(values.columns);

  const path = positionals[0] as string;
  let format: BatchFormat;
  let open: () => ByteSource;
  let readFraction: () => number | null = () => null;
  if (path === '-') {
    ({ format, open } = await stdinSource(forced));
  } else {
    const found = forced ?? formatOf(path);
    if (found === null) {
      throw new UsageError(
        `${path}: unknown file type; use .json, .ndjson, .jsonl, .csv or .xlsx (or --format)`,
      );
    }
    const file = new FileSource(path);
    format = found;
    open = file.open;
    readFraction = () => (file.totalBytes > 0 ? file.readBytes / file.totalBytes : null);
  }

  let shape: JsonShape | null = null;
  const inputs = readBatchInputs(format, open, {
    columns,
    onShape: (found) => (shape = found),
    onHeader: (reader) => {
      if (reader.ignored.length > 0) {
        process.stderr.write(`${path}: columns not used: ${reader.ignored.join(', ')}\n`);
      }
    },
  });
  const mode = values.json ? 'json' : values.verdicts ? 'verdicts' : 'table';
  const out: Outputs = {
    mode,
    lang,
    only,
    path,
    stdout: new LineWriter(process.stdout),
    csv: values.out === undefined ? null : new LineWriter(createWriteStream(values.out)),
  };
  if (out.csv) await out.csv.write(verdictCsvHeader(lang));
  const tally = new BatchTally();
  const progress = new Progress(process.stderr, readFraction);
  let printed = 0;
  let opened = false;
  let fatal: BatchReadError | null = null;
  try {
    for await (const result of checkBatch(inputs, options)) {
      tally.add(result);
      if (mode === 'json' && shape === 'array' && !opened) {
        opened = true;
        await out.stdout.write('[\n');
      }
      const shown = !out.only || out.only.has(statusOf(result));
      await emit(result, out, shape, printed === 0);
      if (shown && (result.ok || mode === 'verdicts')) printed += 1;
      progress.tick(tally.result().items);
    }
  } catch (error) {
    // A file the readers refuse (its shape, its header, a bound it goes past): said, exit 2.
    if (!(error instanceof BatchReadError)) throw error;
    fatal = error;
  }
  progress.done();
  const summary = tally.result();
  if (mode === 'json' && shape === 'array')
    await out.stdout.write(printed === 0 ? '[]\n' : '\n]\n');
  if (mode === 'table' && shape !== 'single')
    await out.stdout.write(`\n${summaryText(summary, lang)}\n`);
  await out.stdout.end();
  await out.csv?.end();
  if (fatal) {
    const hint = fatal.cliHint ? ` ${fatal.cliHint[lang]}` : '';
    throw new UsageError(`${path}: ${fatal.text[lang]}${hint}`);
  }
  if (summary.invalid > 0) return 2;
  return summary.fails > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const known =
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`${known ? '' : 'unexpected error: '}${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);
