/**
 * Hostile batch files against the command line (`npm run bench:hostile [-- --before ../main]`):
 * the 1.5 GB-inflating xlsx, a CSV with one 50 MB cell, a million-column and a 200 000-column
 * CSV, a million-deep JSON, an NDJSON line with a 50 MB string and one with a million keys. Each
 * is generated into a temporary folder (never committed), then checked by a fresh CLI process
 * under `/usr/bin/time -v`: peak resident memory, wall time to the answer, exit status and the
 * first line of stderr. `--before <checkout>` runs the same files through another checkout's CLI
 * first (e.g. main), for a before/after in one run (`--before-only`: that one alone). The
 * baselines — a one-item NDJSON, a normal 1 000-row xlsx and CSV — give each CLI's normal peak,
 * what a refusal is measured against.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  deepJson,
  exportHeader,
  hugeCellCsv,
  longStringNdjson,
  manyKeysNdjson,
  sampleRequest,
  sampleRow,
  wideCsv,
  writeCsv,
  writeXlsx,
  xlsxWithHugeCell,
} from './batch-samples';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'before-only': { type: 'boolean', default: false },
  },
});
const dir = mkdtempSync(join(tmpdir(), 'bench-hostile-'));

async function writePieces(name: string, pieces: Iterable<string | Uint8Array>): Promise<string> {
  const path = join(dir, name);
  const out = createWriteStream(path);
  for (const piece of pieces) if (!out.write(piece)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}

function* xlsxBomb(bytes: number): Generator<Uint8Array> {
  const chunks: Uint8Array[] = [];
  xlsxWithHugeCell(bytes, (chunk) => chunks.push(chunk));
  yield* chunks;
}

function* exportRows(count: number) {
  yield exportHeader;
  for (let i = 0; i < count; i += 1) yield sampleRow(i);
}

const files: { label: string; name: string; make: () => Iterable<string | Uint8Array> }[] = [
  {
    label: 'baseline: 1-item NDJSON',
    name: 'one.ndjson',
    make: () => [`${JSON.stringify(sampleRequest(1))}\n`],
  },
  {
    label: 'baseline: 1 000-row xlsx',
    name: 'one-k.xlsx',
    make: () => [writeXlsx(exportRows(1000))],
  },
  { label: 'baseline: 1 000-row CSV', name: 'one-k.csv', make: () => [writeCsv(exportRows(1000))] },
  { label: 'xlsx inflating to 1.5 GB (one cell)', name: 'bomb.xlsx', make: () => xlsxBomb(1.5e9) },
  { label: 'CSV, one 50 MB cell', name: 'huge-cell.csv', make: () => hugeCellCsv(50e6) },
  { label: 'CSV, 1 000 000 columns', name: 'million-columns.csv', make: () => wideCsv(1e6) },
  { label: 'CSV, 200 000 columns', name: 'wide.csv', make: () => wideCsv(200_000) },
  { label: 'JSON nested 1 000 000 deep', name: 'deep.json', make: () => deepJson(1e6) },
  {
    label: 'NDJSON, one 50 MB string',
    name: 'long-string.ndjson',
    make: () => longStringNdjson(50e6),
  },
  { label: 'NDJSON, 1 000 000 keys', name: 'many-keys.ndjson', make: () => manyKeysNdjson(1e6) },
];

interface Run {
  peakMb: number;
  wallS: number;
  code: number | null;
  said: string;
}

function runCli(root: string, path: string): Run {
  const started = performance.now();
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-v',
      process.execPath,
      '--import',
      'tsx',
      'scripts/check.ts',
      '--lang',
      'en',
      '--verdicts',
      path,
    ],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 },
  );
  const wallS = (performance.now() - started) / 1000;
  const maxKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? 0);
  const status = /Exit status: (\d+)/.exec(run.stderr)?.[1];
  const said =
    run.stderr
      .split('\n')
      .find((line) => line.trim() !== '' && !line.startsWith('\t') && !line.startsWith('Command'))
      ?.slice(0, 160) ?? '';
  return { peakMb: maxKb / 1024, wallS, code: status === undefined ? null : Number(status), said };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits }).replaceAll(',', ' ');

async function main() {
  const roots = [
    ...(values.before ? [['before', resolve(values.before)]] : []),
    ...(values['before-only'] ? [] : [['after', resolve('.')]]),
  ];
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const file of files) {
    if (values.only && !file.name.includes(values.only) && !file.name.startsWith('one')) continue;
    const path = await writePieces(file.name, file.make());
    for (const [name, root] of roots) {
      const run = runCli(root as string, path);
      console.log(
        `${file.label} | ${name} | ${fmt(run.peakMb)} MB | ${fmt(run.wallS, 1)} s | exit ${run.code} | ${run.said}`,
      );
    }
    if (!values.keep) rmSync(path);
  }
  console.log(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  if (!values.keep) rmSync(dir, { recursive: true });
  else writeFileSync(join(dir, 'README'), 'kept by --keep\n');
}

void main();
