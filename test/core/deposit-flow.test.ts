import { describe, expect, it } from 'vitest';
import {
  balanceDeadlineDay,
  balanceDeadlineMs,
  forfeitFeeFen,
  forfeitNetFen,
  isBalanceOverdue,
  reminderSchedule,
  settlementDays,
  withdrawalHoldDays,
} from '@/core/deposit-flow';

const HOUR = 3_600_000;

describe('SPEC §7 deposit money flow', () => {
  it('worked example: ¥50.00 forfeited → merchant nets ¥42.50', () => {
    expect(forfeitNetFen(5_000)).toBe(4_250);
    expect(forfeitFeeFen(5_000)).toBe(750);
  });
  it.each([
    [0, 0],
    [1, 1], // fee 0.15 → 0
    [3, 3], // fee 0.45 → 0
    [4, 3], // fee 0.6 → 1
    [10, 8], // fee 1.5 → 2 (half up)
    [10_000, 8_500],
  ])('%s fen → nets %s (fee + net = deposit)', (deposit, net) => {
    expect(forfeitNetFen(deposit)).toBe(net);
    expect(forfeitNetFen(deposit) + forfeitFeeFen(deposit)).toBe(deposit);
  });
  it('the balance window is 7 days', () => {
    const paid = Date.UTC(2023, 1, 20, 2);
    expect(balanceDeadlineMs(paid) - paid).toBe(7 * 24 * HOUR);
    expect(balanceDeadlineDay('2023-02-27')).toBe('2023-03-06');
    expect(isBalanceOverdue(paid, balanceDeadlineMs(paid))).toBe(false);
    expect(isBalanceOverdue(paid, balanceDeadlineMs(paid) + 1)).toBe(true);
  });
  it('settles T+7 normal, T+3 flagship, after customs cross-border', () => {
    expect(settlementDays('normal')).toBe(7);
    expect(settlementDays('flagship')).toBe(3);
    expect(settlementDays('cross-border')).toBeNull();
  });
  it('holds beauty withdrawals 15 days', () => {
    expect(withdrawalHoldDays('beauty')).toBe(15);
    expect(withdrawalHoldDays('apparel')).toBe(0);
    expect(withdrawalHoldDays(null)).toBe(0);
  });
  it('reminds by SMS 1 h after, in-app 24 h before the deadline, coupon once overdue', () => {
    const paid = Date.UTC(2023, 1, 20, 2);
    const deadline = balanceDeadlineMs(paid);
    expect(reminderSchedule(paid)).toEqual([
      { channel: 'sms', atMs: paid + HOUR },
      { channel: 'in-app', atMs: deadline - 24 * HOUR },
      { channel: 'coupon', atMs: deadline },
    ]);
  });
});
