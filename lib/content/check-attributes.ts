/**
 * The issue 4 data-attribute contract, in one place: a badge's shadow host carries
 * `data-check-item`, `data-check-status` (worst status) and `data-checks` (`D-RATIO:fail D-LOW90:pass`);
 * a panel host carries `data-check-panel` (page kind) and the same `data-checks`. Always set from
 * the checks actually shown (after hiding), so tests and tools read what the merchant sees.
 */
import { itemStatus } from '@/core/present/status';
import type { Check } from '@/core/report';

/** `D-RATIO:fail D-LOW90:pass` — the checks in the order shown. */
export function dataChecks(checks: readonly Pick<Check, 'id' | 'status'>[]): string {
  return checks.map((check) => `${check.id}:${check.status}`).join(' ');
}

export function setBadgeAttributes(
  host: Element,
  itemId: string,
  checks: readonly Pick<Check, 'id' | 'status'>[],
): void {
  host.setAttribute('data-check-item', itemId);
  // `none`: no check applies to the item (never `unknown`, which means an input is missing).
  host.setAttribute('data-check-status', itemStatus(checks));
  host.setAttribute('data-checks', dataChecks(checks));
}

export function setPanelAttributes(host: Element, kind: string, checks: readonly Check[]): void {
  host.setAttribute('data-check-panel', kind);
  host.setAttribute('data-checks', dataChecks(checks));
}
