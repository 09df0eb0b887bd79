/**
 * `npm run bench:batch-page`: the memory 批量检查 in the options page costs the extension's
 * process, in Debian Chromium with the built extension loaded. For each input — a goods-export
 * CSV (1.7 M rows, ~200 MB) and a 1 M-line NDJSON, generated into a temp dir and deleted after —
 * a fresh browser opens options.html, the file is chosen, and the extension's renderer (the
 * process with `--extension-process`: the options page and the service worker share it) is read
 * from /proc: its idle RSS, then its peak (VmHWM, reset through /proc/<pid>/clear_refs just before
 * the file is chosen) while the run goes, while the verdicts CSV is exported, and its RSS once the
 * options page is closed. The browser process is sampled too: a Blob's bytes live there (or on
 * disk), not in the renderer.
 *
 * EXTENSION_DIR=<built chrome-mv3 dir> measures another build (e.g. main's, for the before
 * figures); BATCH_INPUTS=csv,ndjson picks inputs; BATCH_CSV_ROWS / BATCH_NDJSON_LINES size them.
 */
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportHeader, sampleRequest, sampleRow, writeCsv } from './batch-samples';
import type { Page } from 'playwright-core';
import { buildExtension, launchChromium } from './launch-chromium';

const csvRows = Number(process.env.BATCH_CSV_ROWS ?? 1_700_000);
const ndjsonLines = Number(process.env.BATCH_NDJSON_LINES ?? 1_000_000);
const inputs = (process.env.BATCH_INPUTS ?? 'csv,ndjson').split(',');
const MB = 1024 * 1024;

/** Writes a big file in batches, so the generator itself stays small. */
function generate(
  path: string,
  count: number,
  head: string,
  lines: (from: number, to: number) => string,
) {
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  for (let from = 0; from < count; from += 20_000) {
    writeSync(fd, lines(from, Math.min(count, from + 20_000)));
  }
  closeSync(fd);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

const makeCsv = (path: string) =>
  generate(path, csvRows, writeCsv([exportHeader]), (from, to) =>
    // writeCsv starts every chunk with a BOM: only the file's first line keeps one.
    writeCsv(range(from, to).map(sampleRow)).slice(1),
  );

const makeNdjson = (path: string) =>
  generate(path, ndjsonLines, '', (from, to) =>
    range(from, to)
      .map((i) => `${JSON.stringify(sampleRequest(i))}\n`)
      .join(''),
  );

// --- /proc ------------------------------------------------------------------------------------

const cmdline = (pid: number) => {
  try {
    // A renderer rewrites its title: its flags come back as one space-separated string.
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
  } catch {
    return [];
  }
};

/** kB fields of /proc/<pid>/status (VmRSS, VmHWM), in MB. */
function memoryOf(pid: number): { rss: number; hwm: number } {
  let status = '';
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    console.error(`process ${pid} is gone`);
  }
  const field = (name: string) =>
    Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

/** The browser process started with this extension dir, and its extension renderer(s). */
function chromiumProcesses(extensionDir: string): { browser: number; extension: number[] } {
  const pids = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  const browser = pids.find((pid) => {
    const args = cmdline(pid);
    return (
      !args.some((arg) => arg.startsWith('--type=')) &&
      args.includes(`--load-extension=${extensionDir}`)
    );
  });
  if (!browser) throw new Error('no browser process found');
  // Renderers are the zygote's children, not the browser's: they share its profile dir.
  const profile = cmdline(browser).find((arg) => arg.startsWith('--user-data-dir='));
  const extension = pids.filter((pid) => {
    const args = cmdline(pid);
    return (
      args.includes('--type=renderer') &&
      args.includes('--extension-process') &&
      profile !== undefined &&
      args.includes(profile)
    );
  });
  return { browser, extension };
}

const resetPeak = (pid: number) => writeFile(`/proc/${pid}/clear_refs`, '5');

/** The page's live JS heap after a full collection, in bytes. */
async function liveHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

// --- one run ----------------------------------------------------------------------------------

interface Figures {
  input: string;
  items: string;
  fileMb: number;
  idleMb: number;
  runPeakMb: number;
  exportPeakMb: number;
  closedMb: number;
  liveHeapMb: number;
  browserRunPeakMb: number;
  browserExportPeakMb: number;
  runSeconds: number;
  exportSeconds: number;
  exportMb: number;
  exportLines: number;
}

async function measure(extensionDir: string, input: string, path: string): Promise<Figures> {
  const chromium = await launchChromium({ extensionDir });
  let sampler: ReturnType<typeof setInterval> | undefined;
  try {
    const page = await chromium.context.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    await page.locator('.pp-dropzone input[type=file]').waitFor({ state: 'attached' });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const { browser, extension } = chromiumProcesses(extensionDir);
    if (extension.length !== 1) throw new Error(`extension processes: ${extension.join(', ')}`);
    const renderer = extension[0]!;
    const idleHeap = await liveHeap(page);
    const idle = memoryOf(renderer).rss;
    const browserIdle = memoryOf(browser).rss;
    let browserPeak = browserIdle;
    // VmHWM alone misses peaks (it is only updated on some unmaps), so RSS is sampled too.
    let rendererPeak = idle;
    const peakSince = () => Math.max(rendererPeak, memoryOf(renderer).hwm);
    let samples = 0;
    sampler = setInterval(() => {
      browserPeak = Math.max(browserPeak, memoryOf(browser).rss);
      rendererPeak = Math.max(rendererPeak, memoryOf(renderer).rss);
      samples += 1;
      if (samples % 50 === 0) {
        const { rss, hwm } = memoryOf(renderer);
        console.error(
          `${input} +${samples / 5} s: renderer RSS ${Math.round(rss)} MB (peak ${Math.round(hwm)}), browser ${Math.round(memoryOf(browser).rss)} MB`,
        );
      }
    }, 200);

    await resetPeak(renderer);
    const started = performance.now();
    await page.locator('.pp-dropzone input[type=file]').setInputFiles(path);
    const status = page.locator('.pp-batch-status');
    await status.waitFor({ timeout: 60 * 60_000 });
    const runSeconds = (performance.now() - started) / 1000;
    const runPeak = peakSince();
    const browserRunPeak = browserPeak;
    const items = ((await status.textContent()) ?? '').replace(/^.*?: /, '');

    await resetPeak(renderer);
    browserPeak = memoryOf(browser).rss;
    rendererPeak = memoryOf(renderer).rss;
    const exportStarted = performance.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60 * 60_000 }),
      // Before this change the click built the whole CSV: the page answers only once it is done.
      page.getByRole('button', { name: '下载检查结果（CSV）' }).click({ timeout: 60 * 60_000 }),
    ]);
    const saved = join(tmpdir(), `kpc-verdicts-${process.pid}.csv`);
    await download.saveAs(saved);
    const exportSeconds = (performance.now() - exportStarted) / 1000;
    const exportPeak = peakSince();
    const browserExportPeak = browserPeak;
    clearInterval(sampler);
    const exportMb = statSync(saved).size / MB;
    let exportLines = 0;
    const fd = openSync(saved, 'r');
    const buffer = Buffer.alloc(4 * MB);
    for (let n; (n = readSync(fd, buffer)) > 0;) {
      for (let i = 0; i < n; i += 1) if (buffer[i] === 10) exportLines += 1;
    }
    closeSync(fd);
    rmSync(saved);

    // What the page still holds with the table shown: its live JS heap after a full collection.
    const heap = await liveHeap(page);

    await page.close();
    // What the process keeps once the page is gone (the service worker keeps it alive).
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    const closed = memoryOf(renderer).rss;
    return {
      input,
      items,
      fileMb: statSync(path).size / MB,
      idleMb: idle,
      runPeakMb: runPeak - idle,
      exportPeakMb: exportPeak - idle,
      closedMb: closed - idle,
      liveHeapMb: (heap - idleHeap) / MB,
      browserRunPeakMb: browserRunPeak - browserIdle,
      browserExportPeakMb: browserExportPeak - browserIdle,
      runSeconds,
      exportSeconds,
      exportMb,
      exportLines,
    };
  } finally {
    clearInterval(sampler);
    await chromium.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'kpc-batch-page-'));
const extensionDir = buildExtension('chrome');
try {
  const results: Figures[] = [];
  for (const input of inputs) {
    const path = join(dir, input === 'csv' ? 'goods.csv' : 'items.ndjson');
    (input === 'csv' ? makeCsv : makeNdjson)(path);
    results.push(await measure(extensionDir, input, path));
    rmSync(path);
    console.log(JSON.stringify(results.at(-1)));
  }
  const round = (n: number) => Math.round(n);
  console.log(
    `\nextension: ${process.env.EXTENSION_DIR ?? 'this worktree'} · load average ${readFileSync(
      '/proc/loadavg',
      'utf8',
    )
      .split(' ')
      .slice(0, 3)
      .join(' ')}`,
  );
  console.table(
    results.map((r) => ({
      input: `${r.input} ${round(r.fileMb)} MB`,
      result: r.items,
      'idle RSS MB': round(r.idleMb),
      'run peak over idle MB': round(r.runPeakMb),
      'export peak over idle MB': round(r.exportPeakMb),
      'page live heap over idle MB': round(r.liveHeapMb),
      'after close over idle MB': round(r.closedMb),
      'browser process +MB run/export': `${round(r.browserRunPeakMb)} / ${round(r.browserExportPeakMb)}`,
      'run s': round(r.runSeconds),
      'export s': round(r.exportSeconds),
      'export MB / lines': `${round(r.exportMb)} / ${r.exportLines}`,
    })),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(extensionDir, { recursive: true, force: true });
}
