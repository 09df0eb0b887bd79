/**
 * The one vocabulary for statuses (DESIGN-REVIEW V25): the pill, the card, the panel, the CLI,
 * the CSV and the options page say a status in these words — 提醒 for warn everywhere.
 */
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
