/**
 * Batch figures (`npm run bench:batch`): the command line on generated catalogues — NDJSON in /
 * `--verdicts` out, and an `.xlsx` export in — at 10 000 and 100 000 items. Each run is a fresh
 * process measured by `/usr/bin/time`: CPU time (user + system) and peak resident memory. The
 * baseline, in the same run: bare `evaluate()` over the same requests in this process (no reading,
 * no writing), and the CLI's start-up on a one-item file, subtracted for the net rate.
 * Targets: ≥ 20 000 items/s and ≤ 300 MB peak at 100 000 items.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../core/evaluate';
import { exportHeader, sampleRequest, sampleRow, writeXlsx } from './batch-samples';

const dir = mkdtempSync(join(tmpdir(), 'bench-batch-'));
const merchantFile = join(dir, 'merchant.json');
writeFileSync(merchantFile, JSON.stringify((sampleRequest(0) as { merchant: unknown }).merchant));

async function writeNdjson(count: number): Promise<string> {
  const path = join(dir, `items-${count}.ndjson`);
  const out = createWriteStream(path);
  for (let i = 0; i < count; i += 1) {
    if (!out.write(`${JSON.stringify(sampleRequest(i))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

function writeXlsxFile(count: number): string {
  const path = join(dir, `export-${count}.xlsx`);
  function* rows() {
    yield exportHeader;
    for (let i = 0; i < count; i += 1) yield sampleRow(i);
  }
  writeFileSync(path, writeXlsx(rows()));
  return path;
}

interface Run {
  cpuS: number;
  peakMb: number;
  wallS: number;
}

function runCli(args: string[]): Run {
  const started = performance.now();
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S %M', process.execPath, '--import', 'tsx', 'scripts/check.ts', ...args],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 },
  );
  const wallS = (performance.now() - started) / 1000;
  const last = run.stderr.trimEnd().split('\n').pop() ?? '';
  const [user, system, maxKb] = last.split(' ').map(Number);
  if (run.status !== 0 && run.status !== 1) throw new Error(`check failed: ${run.stderr}`);
  return { cpuS: (user ?? 0) + (system ?? 0), peakMb: (maxKb ?? 0) / 1024, wallS };
}

function bareEvaluateRate(count: number): number {
  const requests = Array.from({ length: count }, (_, i) => sampleRequest(i));
  const before = process.cpuUsage();
  for (const request of requests) evaluate(request);
  const used = process.cpuUsage(before);
  return count / ((used.user + used.system) / 1e6);
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits }).replaceAll(',', ' ');

async function main() {
  const startup = runCli(['--verdicts', await writeNdjson(1)]);
  const bare = bareEvaluateRate(20_000);
  console.log(
    `CLI start-up (1 item): ${fmt(startup.cpuS, 2)} s CPU, ${fmt(startup.peakMb)} MB peak`,
  );
  console.log(`baseline: bare evaluate() in-process: ${fmt(bare)} items/s (CPU)\n`);
  console.log(
    '| input | items | file | CPU s | items/s (CPU) | net of start-up | ÷ bare evaluate | peak MB | wall s |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const scenarios: {
    name: string;
    make: (n: number) => Promise<string> | string;
    args: string[];
  }[] = [
    { name: 'NDJSON → --verdicts', make: writeNdjson, args: ['--verdicts'] },
    { name: 'NDJSON → --json', make: writeNdjson, args: ['--json'] },
    {
      name: 'xlsx → --verdicts',
      make: writeXlsxFile,
      args: ['--verdicts', '--merchant', merchantFile],
    },
    { name: 'xlsx → table', make: writeXlsxFile, args: ['--merchant', merchantFile] },
  ];
  for (const scenario of scenarios) {
    for (const count of [10_000, 100_000]) {
      if (scenario.args.includes('--json') && count > 10_000) continue;
      const path = await scenario.make(count);
      const run = runCli([...scenario.args, '--date', '2023-03-01', path]);
      const net = count / Math.max(run.cpuS - startup.cpuS, 1e-3);
      console.log(
        `| ${scenario.name} | ${fmt(count)} | ${fmt(statSync(path).size / 1e6, 1)} MB | ${fmt(run.cpuS, 2)} | ${fmt(count / run.cpuS)} | ${fmt(net)} | ${fmt(net / bare, 2)} | ${fmt(run.peakMb)} | ${fmt(run.wallS, 2)} |`,
      );
      rmSync(path);
    }
  }
  rmSync(dir, { recursive: true });
}

void main();
