/**
 * Command line for the rules core: `npm run --silent check -- [--json] [--lang en] [--pack p.json]
 * [--date YYYY-MM-DD] request.json`. A file holding an array is evaluated item by item.
 * Exit 0: no check fails · 1: some check fails · 2: bad arguments, file, pack or request.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isDay } from '../core/dates';
import { evaluate } from '../core/evaluate';
import { formatFen } from '../core/money';
import { defaultPack, parsePack, type RulePack } from '../core/pack';
import type { Report, Status, Values } from '../core/report';
import type { FieldIssue } from '../core/request';

type Lang = 'zh' | 'en';

const usage = `usage: npm run --silent check -- [--json] [--lang zh|en] [--pack pack.json] [--date YYYY-MM-DD] request.json`;

class UsageError extends Error {}

const statusLabel: Record<Lang, Record<Status, string>> = {
  zh: { pass: '通过', fail: '不通过', warn: '注意', unknown: '未知' },
  en: { pass: 'pass', fail: 'FAIL', warn: 'warn', unknown: 'unknown' },
};

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

function loadPack(path: string | undefined): RulePack {
  if (path === undefined) return defaultPack;
  const parsed = parsePack(readJson(path, 'rule pack'));
  if (!parsed.ok) throw new UsageError(issueLines(parsed.issues, `rule pack ${path}: `).join('\n'));
  return parsed.value;
}

function valueText(key: string, value: Values[string]): string {
  if (typeof value === 'number' && key.endsWith('Fen')) return `${key}=${formatFen(value)}`;
  return `${key}=${value === null ? '—' : String(value)}`;
}

function table(report: Report, lang: Lang): string {
  const s = report.summary;
  const head =
    lang === 'zh'
      ? `日期 ${report.date} · 通过 ${s.pass} · 不通过 ${s.fail} · 注意 ${s.warn} · 未知 ${s.unknown}`
      : `date ${report.date} · pass ${s.pass} · fail ${s.fail} · warn ${s.warn} · unknown ${s.unknown}`;
  const idWidth = Math.max(...report.checks.map((check) => check.id.length), 2);
  const statusWidth = Math.max(...Object.values(statusLabel[lang]).map((label) => label.length));
  const rows = report.checks.map((check) => {
    const values = Object.entries(check.values)
      .map(([key, value]) => valueText(key, value))
      .join(' ');
    const status = statusLabel[lang][check.status].padEnd(statusWidth);
    return `${check.id.padEnd(idWidth)}  ${status}  ${check.message[lang]}\n${' '.repeat(idWidth + statusWidth + 4)}${values}`;
  });
  const lines = [head, ...rows];
  const plan = report.installment;
  if (plan) {
    const parts = plan.instalmentsFen.map(formatFen).join(' + ');
    lines.push(
      lang === 'zh'
        ? `分期 ${plan.periods} 期 · 手续费 ${formatFen(plan.feeFen)}（用户 ${formatFen(plan.consumerFeeFen)}，平台 ${formatFen(plan.platformFeeFen)}，商家 ${formatFen(plan.merchantFeeFen)}）· 每期 ${parts} · 每日仅需 ${formatFen(plan.dailyFen)}`
        : `${plan.periods} periods · fee ${formatFen(plan.feeFen)} (consumer ${formatFen(plan.consumerFeeFen)}, platform ${formatFen(plan.platformFeeFen)}, merchant ${formatFen(plan.merchantFeeFen)}) · instalments ${parts} · daily ${formatFen(plan.dailyFen)}`,
    );
  }
  for (const hint of report.hints) lines.push(`· ${hint.message[lang]}`);
  return lines.join('\n');
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'zh' },
      pack: { type: 'string' },
      date: { type: 'string' },
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
  if (values.date !== undefined && !isDay(values.date)) {
    throw new UsageError(`--date must be a real day as YYYY-MM-DD, not ${values.date}`);
  }
  const pack = loadPack(values.pack);
  const path = positionals[0] as string;
  const input = readJson(path, 'request file');
  const batch = Array.isArray(input);
  const requests: unknown[] = batch ? input : [input];
  const withDate = (request: unknown) =>
    values.date !== undefined &&
    request !== null &&
    typeof request === 'object' &&
    !Array.isArray(request)
      ? { ...request, date: values.date }
      : request;

  const reports: Report[] = [];
  const problems: string[] = [];
  requests.forEach((request, index) => {
    const result = evaluate(withDate(request), { pack });
    if (result.ok) reports.push(result.report);
    else problems.push(...issueLines(result.issues, batch ? `[${index}] ` : ''));
  });
  // Never a partial answer: one invalid request and nothing is printed but the reasons.
  if (problems.length > 0)
    throw new UsageError(`invalid request in ${path}:\n${problems.join('\n')}`);

  if (values.json) {
    process.stdout.write(`${JSON.stringify(batch ? reports : reports[0], null, 2)}\n`);
  } else {
    process.stdout.write(`${reports.map((report) => table(report, lang)).join('\n\n')}\n`);
  }
  return reports.some((report) => report.summary.fail > 0) ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const known =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`${known ? '' : 'unexpected error: '}${(error as Error).message}\n`);
  process.exitCode = 2;
}
