/**
 * The compact per-item line of a batch run (`--verdicts`, the options page's table, the CSV):
 * each check's id and status, the item's worst status — what a script or a filter needs, about
 * 1/100 of a whole report.
 */
import { worstStatus, type Status } from '../report';
import type { FieldIssue } from '../request';
import { positionText, type BatchResult } from './engine';

/** `invalid`: the item could not be checked (a malformed row or request). */
export type ItemStatus = Status | 'invalid';

export type Verdict =
  | { itemId: string | null; status: Status; checks: Record<string, Status> }
  | { itemId: string | null; status: 'invalid'; at: string; issues: FieldIssue[] };

export function toVerdict(result: BatchResult): Verdict {
  if (!result.ok) {
    return {
      itemId: result.itemId,
      status: 'invalid',
      at: positionText(result.at),
      issues: result.issues,
    };
  }
  const checks: Record<string, Status> = {};
  for (const check of result.report.checks) checks[check.id] = check.status;
  return {
    itemId: result.itemId,
    status: worstStatus(result.report.checks) ?? 'pass',
    checks,
  };
}

/** The worst status of a result: what `--only` filters on and a pill shows. */
export const statusOf = (result: BatchResult): ItemStatus =>
  result.ok ? (worstStatus(result.report.checks) ?? 'pass') : 'invalid';
