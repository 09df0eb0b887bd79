/**
 * The one vocabulary for statuses (DESIGN-REVIEW V25): the pill, the card, the panel, the CLI,
 * the CSV and the options page say a status in these words — 提醒 for warn everywhere.
 */
import type { BatchSummary } from '../batch/tally';
import type { Message } from '../report';
import type { ItemStatus } from './status';

export const statusWords: Record<ItemStatus | 'invalid', Message> = {
  pass: { zh: '通过', en: 'pass' },
  fail: { zh: '不通过', en: 'fail' },
  warn: { zh: '提醒', en: 'warn' },
  unknown: { zh: '未知', en: 'unknown' },
  none: { zh: '无适用检查', en: 'none' },
  invalid: { zh: '无法检查', en: 'invalid' },
};

/** The counts of a batch run in the one vocabulary: `共 3 项 · 不通过 1 · 提醒 0 · …`. */
export function tallyText(s: Omit<BatchSummary, 'worst'>, lang: 'zh' | 'en'): string {
  const w = (status: ItemStatus | 'invalid') => statusWords[status][lang];
  const parts =
    lang === 'zh'
      ? [`共 ${s.items} 项`, `${w('fail')} ${s.fails}`, `${w('warn')} ${s.warns}`]
      : [`${s.items} items`, `${s.fails} ${w('fail')}`, `${s.warns} ${w('warn')}`];
  const more: [ItemStatus | 'invalid', number, boolean][] = [
    ['unknown', s.unknowns, true],
    ['pass', s.passes, true],
    ['none', s.nones, s.nones > 0],
    ['invalid', s.invalid, s.invalid > 0],
  ];
  for (const [status, n, shown] of more)
    if (shown) parts.push(lang === 'zh' ? `${w(status)} ${n}` : `${n} ${w(status)}`);
  return parts.join(' · ');
}

/** The check counts of one report: `通过 23 · 不通过 0 · 提醒 0 · 未知 1`. */
export function checkCountsText(
  s: { pass: number; fail: number; warn: number; unknown: number },
  lang: 'zh' | 'en',
): string {
  return (['pass', 'fail', 'warn', 'unknown'] as const)
    .map((status) => `${statusWords[status][lang]} ${s[status]}`)
    .join(' · ');
}
