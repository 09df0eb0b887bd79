/**
 * The deposit money flow of SPEC §7 (seed 004 §4): the 7-day balance window, the forfeit split,
 * the beauty withdrawal hold, settlement days and the reminder schedule — all from the pack.
 *
 * Forfeit rounding: the 15 % technical service fee is round-half-up(deposit × 15 %) in fen and
 * the merchant nets the rest, so fee + net is always the deposit (¥50.00 → fee ¥7.50, net ¥42.50).
 */
import { DAY_MS, addDays } from './dates';
import { applyBp } from './installment';
import { defaultPack, type RulePack } from './pack';
import type { CategoryKind, ShopType } from './request';

const HOUR_MS = 60 * 60 * 1000;

export function forfeitFeeFen(depositFen: number, pack: RulePack = defaultPack): number {
  return applyBp(depositFen, pack.depositFlow.forfeitServiceFeeBp);
}

/** What the merchant nets when the buyer never pays the balance. */
export function forfeitNetFen(depositFen: number, pack: RulePack = defaultPack): number {
  return depositFen - forfeitFeeFen(depositFen, pack);
}

/** T+7 normal, T+3 flagship; null for cross-border (settled after customs, no fixed count). */
export function settlementDays(shopType: ShopType, pack: RulePack = defaultPack): number | null {
  return pack.depositFlow.settlementDays[shopType];
}

/** Days a forfeited deposit is held before withdrawal (美妆: the 15-day after-sales period). */
export function withdrawalHoldDays(
  kind: CategoryKind | null,
  pack: RulePack = defaultPack,
): number {
  return kind !== null && pack.depositFlow.holdKinds.includes(kind) ? pack.depositFlow.holdDays : 0;
}

/** The instant the balance is due: 7 × 24 h after the deposit was paid. */
export function balanceDeadlineMs(paidAtMs: number, pack: RulePack = defaultPack): number {
  return paidAtMs + pack.depositFlow.balanceWindowDays * DAY_MS;
}

/** The last Shanghai day of the balance window for a deposit paid on `paidDay`. */
export function balanceDeadlineDay(paidDay: string, pack: RulePack = defaultPack): string {
  return addDays(paidDay, pack.depositFlow.balanceWindowDays);
}

export function isBalanceOverdue(
  paidAtMs: number,
  nowMs: number,
  pack: RulePack = defaultPack,
): boolean {
  return nowMs > balanceDeadlineMs(paidAtMs, pack);
}

export interface ScheduledReminder {
  channel: 'sms' | 'in-app' | 'coupon';
  atMs: number;
}

/**
 * When to remind the buyer (SMS 1 h after the deposit, in-app 24 h before the deadline, a coupon
 * once overdue), in time order. The platform's own channels only: never a third party.
 */
export function reminderSchedule(
  paidAtMs: number,
  pack: RulePack = defaultPack,
): ScheduledReminder[] {
  const deadline = balanceDeadlineMs(paidAtMs, pack);
  return pack.depositFlow.reminders
    .map((reminder) => ({
      channel: reminder.channel,
      atMs:
        (reminder.anchor === 'deposit-paid' ? paidAtMs : deadline) + reminder.offsetHours * HOUR_MS,
    }))
    .sort((a, b) => a.atMs - b.atMs);
}
