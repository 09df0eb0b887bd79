/**
 * The command line's readable output: the whole report of one request, a line an item for a batch,
 * and the summary a batch ends with (counts, then the worst items).
 */
import { positionText, type BatchResult } from '../../core/batch/engine';
import type { BatchSummary } from '../../core/batch/tally';
import { statusOf, type ItemStatus } from '../../core/batch/verdict';
import { formatFen } from '../../core/money';
import { formatNumber } from '../../core/present/format';
import { checkCountsText, statusWords, tallyText } from '../../core/present/words';
import type { Report, Status, Values } from '../../core/report';

export type Lang = 'zh' | 'en';

/** The one status vocabulary (core/present/words), per language. */
const statusLabel = Object.fromEntries(
  (['zh', 'en'] as const).map((lang) => [
    lang,
    Object.fromEntries(Object.entries(statusWords).map(([status, word]) => [status, word[lang]])),
  ]),
) as Record<Lang, Record<ItemStatus, string>>;

/** `key=value`, a number as the value table prints it (core/present/format). */
function valueText(key: string, value: Values[string]): string {
  if (typeof value === 'number') return `${key}=${formatNumber(key, value)}`;
  return `${key}=${value === null ? '—' : String(value)}`;
}

/** The whole report of one request: every check with its values, the plan and the hints. */
export function reportTable(report: Report, lang: Lang): string {
  const s = report.summary;
  const head =
    lang === 'zh'
      ? `日期 ${report.date} · ${checkCountsText(s, lang)}`
      : `date ${report.date} · ${checkCountsText(s, lang)}`;
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

const TITLE_WIDTH = 24;

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** The ids of the checks with one status, after its mark: `✕ D-RATIO D-HIKE`. */
function idsWith(report: Report, status: Status, mark: string): string | null {
  const ids = report.checks.filter((check) => check.status === status).map((check) => check.id);
  return ids.length > 0 ? `${mark} ${ids.join(' ')}` : null;
}

/** One batch item on one line: where, id, title, worst status, then what failed / warned / is unknown. */
export function itemLine(result: BatchResult, lang: Lang): string {
  const head = [
    positionText(result.at).padEnd(10),
    (result.itemId ?? '—').padEnd(14),
    clip(result.ok ? (result.title ?? '') : '', TITLE_WIDTH),
    statusLabel[lang][statusOf(result)],
  ];
  if (!result.ok) {
    const reasons = result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    return [...head, reasons].join('  ');
  }
  const marks = [
    idsWith(result.report, 'fail', '✕'),
    idsWith(result.report, 'warn', '!'),
    idsWith(result.report, 'unknown', '?'),
  ].filter((part): part is string => part !== null);
  return [...head, ...marks].join('  ');
}

export function summaryText(summary: BatchSummary, lang: Lang): string {
  const s = summary;
  const counts = tallyText(s, lang);
  if (s.worst.length === 0) return counts;
  const lines = s.worst.map((item) => {
    const counts = { fail: item.fail, warn: item.warn, unknown: item.unknown };
    const tally = (['fail', 'warn', 'unknown'] as const)
      .map((status) =>
        lang === 'zh'
          ? `${statusWords[status].zh} ${counts[status]}`
          : `${counts[status]} ${statusWords[status].en}`,
      )
      .join(' · ');
    return `  ${positionText(item.at).padEnd(10)}  ${(item.itemId ?? '—').padEnd(14)}  ${clip(item.title ?? '', TITLE_WIDTH)}  ${tally}  ${item.ids.join(' ')}`;
  });
  return [counts, lang === 'zh' ? '最需处理：' : 'Worst first:', ...lines].join('\n');
}
