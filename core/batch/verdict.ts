/**
 * The compact per-item line of a batch run (`--verdicts`, the options page's table, the CSV):
 * each check's id and status, the item's worst status — what a script or a filter needs, about
 * 1/100 of a whole report.
 */
import type { Status } from '../report';
import { itemStatus, type ItemStatus as Shown } from '../present/status';
import type { FieldIssue } from '../request';
import { positionText, type BatchResult } from './engine';

/** `none`: no check applies; `invalid`: the item could not be checked (a malformed row or request). */
export type ItemStatus = Shown | 'invalid';

export type Verdict =
  | { itemId: string | null; status: Shown; checks: Record<string, Status> }
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
    status: itemStatus(result.report.checks),
    checks,
  };
}

/** The status of a result as a pill shows it: what `--only` filters on and a summary counts. */
export const statusOf = (result: BatchResult): ItemStatus =>
  result.ok ? itemStatus(result.report.checks) : 'invalid';
