import { describe, expect, it } from 'vitest';
import { planInstallment } from '@/core/installment';
import { defaultPack as pack } from '@/core/pack';
import {
  accessHints,
  bnplBuyerScoresHint,
  depositFlowHints,
  installmentHints,
  noCurrentCampaignHint,
  signupEntryHint,
  statedSignupHint,
  unreadableHints,
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
        day: '2023-02-21',
      },
      pack,
    );
    const [hint] = installmentHints(plan, pack, '2023-02-21');
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

describe('campaign-time hints (SPEC §2)', () => {
  it('no-current-campaign names the campaign and its last day once it has ended', () => {
    const hint = noCurrentCampaignHint(pack, '2026-12-01');
    expect(hint.values).toMatchObject({
      campaign: '2023年快手38节资金权益活动',
      phase: 'ended',
      lastDay: '2023-03-31',
    });
    expect(hint.message.zh).toContain('已于 2023-03-31 结束');
    expect(hint.message.zh).toContain('选项页导入新的规则包');
  });
  it('…and its first day before it opens', () => {
    const hint = noCurrentCampaignHint(pack, '2023-02-14');
    expect(hint.values).toMatchObject({ phase: 'not-started', firstDay: '2023-02-15' });
    expect(hint.message.zh).toContain('2023-02-15 开始');
  });
  it('the plan says a program that is not running pays nothing', () => {
    const plan = planInstallment(
      { priceFen: 100_000, periods: 3, payer: 'merchant', program: 'FI-PLAT3', day: '2026-12-01' },
      pack,
    );
    const [hint] = installmentHints(plan, pack, '2026-12-01');
    expect(hint?.id).toBe('installment-not-running');
    expect(hint?.values).toMatchObject({ activeFrom: '2023-02-20', activeTo: '2023-03-15' });
    expect(hint?.message.zh).toContain('¥18.00');
  });
  it.each([
    ['2023-02-14', null, '未开始（1 天后开始）'],
    ['2023-02-15', 24, '还剩 24 天'],
    ['2023-03-09', 2, '还剩 2 天'],
    ['2023-03-10', 1, '今天截止'],
    ['2023-03-11', 0, '已结束'],
  ])('a stated signup window on %s: %s days left (%s)', (day, left, words) => {
    const hint = statedSignupHint({ from: '2023-02-15', to: '2023-03-10' }, day);
    expect(hint.values?.daysLeft).toBe(left);
    expect(hint.message.zh).toContain(words);
  });
});

describe('page facts as hints (SPEC §3)', () => {
  it('a 先用后付 item without buyer scores gets the thresholds, not an unknown', () => {
    const hint = bnplBuyerScoresHint(pack, null);
    expect(hint.values).toEqual({ sesameScoreAbove: 550, wechatPayScoreAbove: 600 });
    expect(hint.message.zh).toContain('芝麻信用分高于 550 或微信支付分高于 600');
  });
  it('an unreadable price says what was shown and why', () => {
    const [price, field] = unreadableHints([
      { field: 'price', text: '暂无报价', reason: 'no price in "暂无报价"' },
      { field: '意向金', text: 'abc' },
    ]);
    expect(price?.id).toBe('price-unreadable');
    expect(price?.message.zh).toBe(
      '价格无法识别「暂无报价」（「暂无报价」中没有价格），依赖它的检查为未知',
    );
    expect(field?.id).toBe('field-unreadable');
    expect(field?.message.zh).toContain('「意向金」无法识别「abc」');
  });
});
