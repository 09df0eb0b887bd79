import { afterEach, describe, expect, it } from 'vitest';
import { describeInstalments, InstallmentSummary } from '@/components/installment-summary';
import type { InstallmentPlan } from '@/core/report';
import { cosubPlan } from './samples';
import { mount, unmountAll, valuePairs } from './render';

afterEach(unmountAll);

/** SPEC §4's first worked example: ¥1 000, 3 periods, consumer-borne 2.3 %. */
const consumerPlan: InstallmentPlan = {
  priceFen: 100000,
  periods: 3,
  payer: 'consumer',
  program: null,
  requestedProgram: null,
  programNote: null,
  rateBp: 230,
  feeFen: 2300,
  consumerFeeFen: 2300,
  platformFeeFen: 0,
  merchantFeeFen: 0,
  consumerTotalFen: 102300,
  principalFen: [33334, 33333, 33333],
  feePartsFen: [768, 766, 766],
  instalmentsFen: [34102, 34099, 34099],
  dailyFen: 1137,
  subsidyRemainingFen: null,
  subsidyRemainingAfterFen: null,
  merchantFeeWhenExhaustedFen: null,
};

describe('InstallmentSummary', () => {
  it('shows a consumer-paid plan: fee, instalments, total and 每日仅需', () => {
    const root = mount(<InstallmentSummary plan={consumerPlan} lang="zh" />);
    expect(root.querySelector('.ks-plan-head')!.textContent).toBe(
      '¥1,000.00 · 3期 消费者承担手续费（分期付款）',
    );
    expect(valuePairs(root)).toEqual([
      '费率 2.3%',
      '手续费 ¥23.00',
      '消费者承担 ¥23.00',
      '每期 ¥341.02 + 2 × ¥340.99',
      '消费者共付 ¥1,023.00',
    ]);
    expect(root.querySelector('.ks-daily')!.textContent).toBe('每日仅需 ¥11.37');
  });

  it('shows the FI-COSUB split, the remaining subsidy and the fee once it is used up', () => {
    const root = mount(<InstallmentSummary plan={cosubPlan} lang="zh" />);
    expect(root.querySelector('.ks-plan-program')!.textContent).toBe('商户贴息专属补贴 FI-COSUB');
    expect(valuePairs(root)).toEqual([
      '费率 4.5%',
      '手续费 ¥45.00',
      '平台承担 ¥9.00',
      '商家承担 ¥36.00',
      '每期 ¥166.70 + 5 × ¥166.66',
      '消费者共付 ¥1,000.00',
      '剩余补贴 ¥100,000.00 → ¥99,991.00',
      '补贴用完后商家承担 ¥45.00',
    ]);
    expect(root.querySelector('.ks-daily')!.textContent).toBe('每日仅需 ¥5.56');
  });

  it('speaks English', () => {
    const root = mount(<InstallmentSummary plan={cosubPlan} lang="en" />);
    expect(root.querySelector('.ks-plan-head strong')!.textContent).toBe('¥1,000.00 · 6 periods');
    expect(valuePairs(root)).toContain('Platform pays ¥9.00');
    expect(root.querySelector('.ks-daily')!.textContent).toBe('Only per day ¥5.56');
  });
});

describe('describeInstalments', () => {
  it('groups runs of equal instalments in order', () => {
    expect(describeInstalments([16670, 16666, 16666])).toBe('¥166.70 + 2 × ¥166.66');
    expect(describeInstalments([100])).toBe('¥1.00');
    expect(describeInstalments([])).toBe('');
  });
});
