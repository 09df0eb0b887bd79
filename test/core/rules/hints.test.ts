import { describe, expect, it } from 'vitest';
import { planInstallment } from '@/core/installment';
import { defaultPack as pack } from '@/core/pack';
import {
  accessHints,
  depositFlowHints,
  installmentHints,
  signupEntryHint,
} from '@/core/rules/hints';

describe('access hints (SPEC §5)', () => {
  it('give the 3–7 working-day review range from the day, skipping weekends', () => {
    // Friday 2023-02-17: +3 → Wed 02-22, +7 → Tue 02-28.
    const [review, seal] = accessHints(pack, '2023-02-17');
    expect(review?.values).toEqual({
      fromDay: '2023-02-22',
      toDay: '2023-02-28',
      minWorkingDays: 3,
      maxWorkingDays: 7,
    });
    expect(review?.message.zh).toContain('2023-02-22 至 2023-02-28');
    expect(seal?.id).toBe('fresh-seal');
    expect(seal?.message.zh).toContain('鲜章');
  });
});

describe('deposit flow hints (SPEC §7)', () => {
  it('reminders come from the pack and exclude third parties', () => {
    const hints = depositFlowHints({ product: { deposit: { amountFen: 5_000 } } }, null, pack);
    const reminders = hints.find((hint) => hint.id === 'reminders');
    expect(reminders?.message.zh).toBe(
      '催付节奏：付意向金后 1 小时短信提醒，尾款截止前 24 小时站内信，逾期后优惠券补偿；严禁通过第三方渠道骚扰用户',
    );
    expect(hints.find((hint) => hint.id === 'forfeit')?.message.zh).toContain('净得 ¥42.50');
    expect(hints.some((hint) => hint.id === 'settlement')).toBe(false); // shop type unknown
  });
  it.each([
    ['normal', 'T+7'],
    ['flagship', 'T+3'],
    ['cross-border', '海关申报'],
  ] as const)('settlement for a %s shop: %s', (shopType, text) => {
    const hints = depositFlowHints(
      { merchant: { shopType }, product: { deposit: {} } },
      'beauty',
      pack,
    );
    expect(hints.find((hint) => hint.id === 'settlement')?.message.zh).toContain(text);
    expect(hints.find((hint) => hint.id === 'beauty-hold')?.values).toEqual({ holdDays: 15 });
  });
});

describe('installment and signup hints (SPEC §2, §4)', () => {
  it('shows what is left of the FI-COSUB subsidy and what the merchant pays once used up', () => {
    const plan = planInstallment(
      {
        priceFen: 100_000,
        periods: 6,
        payer: 'merchant',
        program: 'FI-COSUB',
        cosubsidyUsedFen: 9_999_500,
      },
      pack,
    );
    const [hint] = installmentHints('FI-COSUB', plan, pack);
    expect(hint?.values).toEqual({
      subsidyRemainingFen: 500,
      subsidyRemainingAfterFen: 0,
      merchantFeeWhenExhaustedFen: 4_500,
      platformCapFen: 10_000_000,
    });
  });
  it('names the signup entry only while a signup window is open', () => {
    expect(signupEntryHint(pack, '2023-03-10')?.values?.programs).toBe('BNPL-SUB,FI-PLAT3');
    expect(signupEntryHint(pack, '2023-03-31')).toBeNull();
    expect(signupEntryHint(pack, '2023-02-14')).toBeNull();
  });
});
