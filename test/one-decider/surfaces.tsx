/**
 * Every surface that answers "what about this item?", driven through its own production code, and
 * what each one says reduced to the same shape: the item's status, each check's status, and the
 * numbers it prints. The one-decider test holds them equal.
 *
 * - pill and panel: the real worker (its stored profile, history fill, hidden checks), then the
 *   badge's data attributes (lib/content/check-attributes) and the card's check list;
 * - CLI: the modules scripts/check.ts runs per item (its `--merchant` profile as the run-wide
 *   merchant, its status words and its value line);
 * - CSV: the verdict rows the CLI's `--out` and the options page's download write;
 * - options batch: lib/batch/run-file with the options the 批量检查 component builds from the
 *   stored settings (`optionsBatchOptions`).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { checkItem, type BatchResult } from '@/core/batch/engine';
import { BatchTally, type BatchSummary } from '@/core/batch/tally';
import { verdictCsvHeader, verdictCsvRow } from '@/core/batch/verdict-csv';
import { toVerdict } from '@/core/batch/verdict';
import type { RulePack } from '@/core/pack';
import type { Check } from '@/core/report';
import type { Settings } from '@/core/settings';
import { CheckList } from '@/components/check-list';
import { setBadgeAttributes } from '@/lib/content/check-attributes';
import { runBatchFile } from '@/lib/batch/run-file';
import { itemLine, reportTable } from '@/scripts/check/table';
import { optionsBatchOptions } from './options-batch';
import type { TestWorker } from '../lib/content/harness';

export type Said = 'pass' | 'fail' | 'warn' | 'unknown' | 'none' | 'invalid';

/** What one surface says about one item. */
export interface SurfaceAnswer {
  status: Said;
  checks: Record<string, string>;
}

/** Every word any surface uses for an item status, back to the status (both languages). */
const wordToStatus: Record<string, Said> = {
  通过: 'pass',
  pass: 'pass',
  不通过: 'fail',
  fail: 'fail',
  FAIL: 'fail',
  提醒: 'warn',
  注意: 'warn',
  warn: 'warn',
  未知: 'unknown',
  unknown: 'unknown',
  无适用检查: 'none',
  none: 'none',
  无法检查: 'invalid',
  invalid: 'invalid',
};

export function statusOfWord(word: string): Said | `word:${string}` {
  return wordToStatus[word] ?? `word:${word}`;
}

export async function pill(worker: TestWorker, request: unknown): Promise<SurfaceAnswer> {
  const [item] = (await worker.send({
    type: 'verdicts',
    requests: [request],
    pageKind: 'goods-list',
  } as never)) as { ok: boolean; verdicts?: Pick<Check, 'id' | 'status'>[] }[];
  if (!item?.ok || !item.verdicts) return { status: 'invalid', checks: {} };
  const host = document.createElement('span');
  setBadgeAttributes(host, '1', item.verdicts);
  const checks: Record<string, string> = {};
  for (const pair of (host.getAttribute('data-checks') ?? '').split(' ').filter(Boolean)) {
    const [id, status] = pair.split(':') as [string, string];
    checks[id] = status;
  }
  return { status: host.getAttribute('data-check-status') as Said, checks };
}

/** The panel's (and the badge card's) report: the same worker, the full report. */
export async function panelReport(worker: TestWorker, request: unknown) {
  const [item] = (await worker.send({
    type: 'evaluate',
    requests: [request],
    pageKind: 'goods-form',
  } as never)) as { ok: boolean; report?: { checks: Check[] } }[];
  return item?.ok && item.report ? item.report : null;
}

/**
 * The card's check list as shown: per check, its message and the texts of its value table
 * (`.ks-value dd`), keyed by the value's name.
 */
export function shownChecks(checks: Check[]): Map<string, { message: string; values: string[] }> {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(<CheckList checks={checks} lang="zh" />, container));
  const shown = new Map<string, { message: string; values: string[] }>();
  for (const item of container.querySelectorAll('.ks-check')) {
    const id = item.querySelector('.ks-id')?.textContent ?? '';
    const message = item.querySelector(':scope > .ks-msg')?.textContent ?? '';
    const values = [...item.querySelectorAll(':scope > .ks-values .ks-value dd')].map(
      (dd) => dd.textContent ?? '',
    );
    shown.set(id, { message, values });
  }
  act(() => render(null, container));
  container.remove();
  return shown;
}

export interface CliRun {
  result: BatchResult;
  answer: SurfaceAnswer;
  /** `key=text` pairs of each check's value line (the single-request table). */
  valueLines: Map<string, Map<string, string>>;
  summary: BatchSummary;
}

/** The CLI over one item, as scripts/check.ts runs it with `--pack` and `--merchant`. */
export function cli(
  request: unknown,
  options: { pack: RulePack; merchant?: Record<string, unknown>; now: Date },
): CliRun {
  const result = checkItem({ at: { unit: 'item', n: 1 }, request }, options);
  // The first status word of the item's line (titles here carry none).
  const line = itemLine(result, 'zh');
  const word = line.split(/\s+/).find((token) => token in wordToStatus) ?? line;
  const verdict = toVerdict(result);
  const checks: Record<string, string> = 'checks' in verdict ? { ...verdict.checks } : {};
  const valueLines = new Map<string, Map<string, string>>();
  if (result.ok) {
    const lines = reportTable(result.report, 'zh').split('\n');
    for (const check of result.report.checks) {
      const at = lines.findIndex((text) => text.startsWith(`${check.id} `));
      const pairs = new Map<string, string>();
      for (const pair of (lines[at + 1] ?? '').trim().split(' ')) {
        const split = pair.indexOf('=');
        if (split > 0) pairs.set(pair.slice(0, split), pair.slice(split + 1));
      }
      valueLines.set(check.id, pairs);
    }
  }
  const tally = new BatchTally();
  tally.add(result);
  return {
    result,
    answer: { status: statusOfWord(word) as Said, checks },
    valueLines,
    summary: tally.result(),
  };
}

/** A verdict row of the CSV, read back by its header. */
export function csv(result: BatchResult): SurfaceAnswer {
  const split = (line: string) =>
    line
      .replace(/^\ufeff/, '')
      .replace(/\r\n$/, '')
      .split(',');
  const header = split(verdictCsvHeader('zh'));
  const row = split(verdictCsvRow(result, 'zh'));
  const checks: Record<string, string> = {};
  header.forEach((name, index) => {
    if (/^[A-Z]+-/.test(name) && row[index]) checks[name] = String(statusOfWord(row[index]!));
  });
  return { status: statusOfWord(row[3] ?? '') as Said, checks };
}

/** The options page's 批量检查 over one item written as an NDJSON file. */
export async function optionsBatch(
  request: unknown,
  settings: Settings,
  pack: RulePack,
): Promise<SurfaceAnswer & { summary: BatchSummary; result: BatchResult }> {
  const options = optionsBatchOptions(settings, pack);
  const file = new File([`${JSON.stringify(request)}\n`], 'items.ndjson');
  const run = await runBatchFile(file, options, { lang: 'zh', onProgress: () => undefined });
  const row = run.rows[0]!;
  const result = checkItem({ at: row.at, request: row.request }, options);
  const verdict = toVerdict(result);
  return {
    status: row.status as Said,
    checks: 'checks' in verdict ? { ...verdict.checks } : {},
    summary: run.summary,
    result,
  };
}

/** Which count of a batch summary holds an item of this status. */
export const countKey: Record<Said, string> = {
  pass: 'passes',
  fail: 'fails',
  warn: 'warns',
  unknown: 'unknowns',
  none: 'nones',
  invalid: 'invalid',
};
