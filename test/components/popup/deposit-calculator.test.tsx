import { afterEach, describe, expect, it } from 'vitest';
import { defaultPack } from '@/core/pack';
import { defaultSettings } from '@/core/settings';
import { DepositCalculator } from '@/components/popup/deposit-calculator';
import { choose, field, mount, shown, textOf, type, unmount } from './helpers';

let host: HTMLElement;
afterEach(() => unmount(host));

const setup = () =>
  mount(
    <DepositCalculator
      lang="zh"
      pack={defaultPack}
      settings={defaultSettings}
      today="2023-02-20"
    />,
  );
const checkItem = (id: string) =>
  [...host.querySelectorAll('.ks-check')].find(
    (item) => item.querySelector('.ks-id')?.textContent === id,
  );

describe('DepositCalculator', () => {
  it('judges the ratio and the suggested band as the amounts are typed', async () => {
    host = await setup();
    await type(field(host, '#dep-price'), '100');
    await type(field(host, '#dep-amount'), '30');
    expect(checkItem('D-RATIO')?.className).toContain('ks-check-fail');
    await type(field(host, '#dep-amount'), '18');
    expect(checkItem('D-RATIO')?.className).toContain('ks-check-pass');
    // Below ¥200 the band is 15–20 %: 18 % is inside it.
    expect(checkItem('D-SUGGEST')?.className).toContain('ks-check-pass');
    await type(field(host, '#dep-amount'), '5');
    expect(checkItem('D-SUGGEST')?.className).toContain('ks-check-warn');
  });

  it('judges D-HIKE on the balance typed, and says unknown without one (never an invented one)', async () => {
    host = await setup();
    await type(field(host, '#dep-price'), '1000');
    await type(field(host, '#dep-activity'), '900');
    await type(field(host, '#dep-amount'), '100');
    await type(field(host, '#dep-deduction'), '200');
    expect(field(host, '#dep-balance').placeholder).toBe('');
    expect(checkItem('D-HIKE')?.className).toContain('ks-check-unknown');
    // deposit + balance = 100 + 700 = 800 ≤ 1000.
    await type(field(host, '#dep-balance'), '700');
    expect(checkItem('D-HIKE')?.className).toContain('ks-check-pass');
    await type(field(host, '#dep-balance'), '950');
    expect(checkItem('D-HIKE')?.className).toContain('ks-check-fail');
  });

  it('shows the forfeit net (SPEC §7: ¥50.00 → ¥42.50) and the settlement day by shop type', async () => {
    host = await setup();
    await type(field(host, '#dep-amount'), '50');
    expect(shown(host, '尾款未付时商家实得（扣15%技术服务费）')).toBe('¥42.50');
    expect(shown(host, '结算周期')).toBe('T+7');
    await choose(field<HTMLSelectElement>(host, '#dep-shop'), 'flagship');
    expect(shown(host, '结算周期')).toBe('T+3');
    await choose(field<HTMLSelectElement>(host, '#dep-shop'), 'cross-border');
    expect(shown(host, '结算周期')).toBe('海关申报完成后结算');
  });

  it('shows the beauty withdrawal hold, and errors beside a bad amount', async () => {
    host = await setup();
    await choose(field<HTMLSelectElement>(host, '#dep-kind'), 'beauty');
    expect(textOf(host)).toContain('售后期结束后方可提现');
    await type(field(host, '#dep-deduction'), '¥99-199');
    expect(field(host, '#dep-deduction-error').textContent).toBe('请输入一个金额，而不是区间');
  });
});
