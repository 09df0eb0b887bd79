import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPack } from '@/core/pack';
import type { Merchant } from '@/core/request';
import {
  draftFromMerchant,
  merchantFromDraft,
  MerchantProfileForm,
} from '@/components/popup/merchant-profile-form';
import { choose, field, mount, textOf, type, unmount } from './helpers';

let host: HTMLElement;
afterEach(() => unmount(host));

const setup = (merchant: Merchant, onSave = vi.fn(async (_merchant: Merchant) => undefined)) =>
  mount(
    <MerchantProfileForm
      lang="zh"
      pack={defaultPack}
      today="2023-02-20"
      merchant={merchant}
      onSave={onSave}
      saveDelayMs={0}
    />,
  );
const checkItem = (id: string) =>
  [...host.querySelectorAll('.ks-checks > .ks-check')].find(
    (item) => item.querySelector('.ks-check-head > .ks-id')?.textContent === id,
  );

describe('MerchantProfileForm', () => {
  it('shows the stored profile in display units', async () => {
    host = await setup({
      onTimeShipRate30d: 0.95,
      disputeRate30d: 0.000036,
      monthlyGmvFen: 10_000_000,
    });
    expect(field(host, '#profile-onTimeShipRate30d').value).toBe('95');
    expect(field(host, '#profile-disputeRate30d').value).toBe('0.36');
    expect(field(host, '#profile-monthlyGmvFen').value).toBe('100000');
  });

  it('re-evaluates eligibility as the merchant types, with the reason for a fail', async () => {
    host = await setup({ experienceScore: 4.5 });
    expect(checkItem('M-EXP')?.className).toContain('ks-check-pass');
    await type(field(host, '#profile-experienceScore'), '4.2');
    expect(checkItem('M-EXP')?.className).toContain('ks-check-fail');
    // A program fails with its failed term named.
    const bnpl = checkItem('BNPL-SUB');
    expect(bnpl?.className).toContain('ks-check-fail');
    expect(textOf(bnpl as Element)).toContain('购物体验分');
  });

  it('shows the 意向金 access checks once a category is chosen', async () => {
    host = await setup({ enterprise: true, categoryBondFen: 1_000_000 });
    expect(checkItem('D-BOND')).toBeUndefined();
    expect(textOf(host)).toContain('选择类目层级或主营类目后');
    await choose(field<HTMLSelectElement>(host, '#profile-level'), '2');
    expect(checkItem('D-ENT')?.className).toContain('ks-check-pass');
    expect(checkItem('D-BOND')?.className).toContain('ks-check-fail');
    expect(checkItem('D-TIER2')).toBeDefined();
  });

  it('shows each campaign window against today, with days left', async () => {
    host = await setup({});
    const rows = [...host.querySelectorAll('.pp-windows tbody tr')].map(textOf);
    // 2023-02-20, days counting today: BNPL-SUB active until 03-31, FI-PLAT3 03-15, FI-COSUB 03-10.
    expect(rows[0]).toContain('活动中');
    expect(rows[0]).toContain('活动还剩 40 天');
    expect(rows[1]).toContain('活动还剩 24 天');
    expect(rows[2]).toContain('活动还剩 19 天');
  });

  it('explains an invalid field beside it and saves only the valid ones, in core units', async () => {
    const onSave = vi.fn(async (_merchant: Merchant) => undefined);
    host = await setup({ dsr: 4.7 }, onSave);
    await type(field(host, '#profile-experienceScore'), '6');
    expect(field(host, '#profile-experienceScore-error').textContent).toBe('须在 0 到 5 之间');
    await type(field(host, '#profile-onTimeShipRate30d'), '95');
    await type(field(host, '#profile-disputeRate30d'), '0.36');
    await type(field(host, '#profile-categoryBondFen'), '2万');
    await choose(field<HTMLSelectElement>(host, '#profile-enterprise'), 'yes');
    await vi.waitFor(() => expect(onSave).toHaveBeenCalled());
    const saved = onSave.mock.calls.at(-1)?.[0];
    expect(saved).not.toHaveProperty('experienceScore');
    expect(saved).toMatchObject({
      dsr: 4.7,
      onTimeShipRate30d: 0.95,
      disputeRate30d: 0.000036,
      categoryBondFen: 2_000_000,
      enterprise: true,
    });
    await vi.waitFor(() => expect(textOf(host)).toContain('有错误的字段未保存'));
  });

  it('round-trips every field through the draft without loss', () => {
    const merchant: Merchant = {
      experienceScore: 4.3,
      violations90d: 0,
      riskControlled: false,
      onTimeShipRate30d: 0.9,
      disputeRate30d: 0.000036,
      walletOpened: true,
      monthlyGmvFen: 10_000_000,
      maxSessionGmvFen: 100_000_000,
      enterprise: true,
      categoryBondFen: 2_000_000,
      dsr: 4.8,
      monthlySalesFen: 50_000_000,
      certificates: ['3C', 'ISO9001'],
      shopType: 'flagship',
      cosubsidyUsedFen: 123,
      mainCategory: { level: 1, kind: 'appliance', name: '家电' },
    };
    const { merchant: back, errors } = merchantFromDraft(draftFromMerchant(merchant), merchant);
    expect(errors).toEqual({});
    expect(back).toEqual(merchant);
  });
});
