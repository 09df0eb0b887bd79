/**
 * An item's status and how items are counted, decided once for every surface (DESIGN-REVIEW V12,
 * V15, P6): the worst status of the checks shown, or `none` when no check applies — never `pass`,
 * which would claim a check passed, and never `unknown`, which asks for an input.
 */
import { worstStatus, type Status } from '../report';

export type ItemStatus = Status | 'none';

export function itemStatus(checks: readonly { status: Status }[]): ItemStatus {
  return worstStatus(checks) ?? 'none';
}
