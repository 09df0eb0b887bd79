/**
 * The verdicts of a batch run as CSV a spreadsheet opens (UTF-8 with a BOM, so Excel reads the
 * Chinese): one row an item, one column a check (blank where the check does not apply), written
 * row by row as the run goes.
 */
import { ruleIds, type Status } from '../report';
import { positionText, type BatchResult } from './engine';
import { statusWords } from '../present/words';
import { toVerdict, type ItemStatus } from './verdict';

export type CsvLang = 'zh' | 'en';

export const BOM = '\ufeff';

/**
 * Quoted when it holds a separator, a quote or a line break; text a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'` — item names come from the file.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const csvLine = (cells: readonly string[]) => `${cells.map(csvCell).join(',')}\r\n`;

export function verdictCsvHeader(lang: CsvLang): string {
  const names =
    lang === 'zh'
      ? ['位置', '商品ID', '商品名称', '结果', '不通过', '提醒', '未知']
      : ['at', 'item id', 'title', 'status', 'fails', 'warnings', 'unknowns'];
  return `${BOM}${csvLine([...names, ...ruleIds, lang === 'zh' ? '问题' : 'problems'])}`;
}

export function verdictCsvRow(result: BatchResult, lang: CsvLang): string {
  const verdict = toVerdict(result);
  const words = (status: ItemStatus) => statusWords[status][lang];
  const title = result.ok ? (result.title ?? '') : '';
  const head = [positionText(result.at), result.itemId ?? '', title, words(verdict.status)];
  if (verdict.status === 'invalid') {
    const problems = verdict.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    return csvLine([...head, '', '', '', ...ruleIds.map(() => ''), problems]);
  }
  const checks = verdict.checks as Record<string, Status>;
  const idsWith = (status: Status) =>
    Object.keys(checks)
      .filter((id) => checks[id] === status)
      .join(' ');
  return csvLine([
    ...head,
    idsWith('fail'),
    idsWith('warn'),
    idsWith('unknown'),
    ...ruleIds.map((id) => (checks[id] ? words(checks[id]) : '')),
    '',
  ]);
}
