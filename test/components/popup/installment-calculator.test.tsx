import { afterEach, describe, expect, it } from 'vitest';
import { defaultPack } from '@/core/pack';
import { defaultSettings } from '@/core/settings';
import { InstallmentCalculator } from '@/components/popup/installment-calculator';
import { choose, click, field, mount, shown, textOf, type, unmount } from './helpers';

let host: HTMLElement;
afterEach(() => unmount(host));

/** Inside both programs' active windows (the "check as of" day a merchant planning would set). */
const CAMPAIGN_DAY = '2023-02-21';
const setup = (settings = defaultSettings, day = CAMPAIGN_DAY) =>
  mount(<InstallmentCalculator lang="zh" pack={defaultPack} settings={settings} day={day} />);
const radio = (value: string) =>
  field<HTMLInputElement>(host, `input[name="calc-periods"][value="${value}"]`);

describe('InstallmentCalculator', () => {
  it('shows the SPEC worked example as the price is typed: ¥1,000.00, 3 periods, buyer pays', async () => {
    host = await setup();
    expect(textOf(host)).toContain('输入价格即可计算');
    await type(field(host, '#calc-price'), '¥1,000.00');
    expect(shown(host, '手续费')).toBe('¥23.00');
    expect(shown(host, '每期')).toBe('¥341.02 + 2 × ¥340.99');
    expect(textOf(host)).toContain('每日仅需 ¥11.37');
  });

  it('updates on every keystroke', async () => {
    host = await setup();
    await type(field(host, '#calc-price'), '1');
    expect(shown(host, '消费者共付')).toBe('¥1.02');
    await type(field(host, '#calc-price'), '1000');
    expect(shown(host, '消费者共付')).toBe('¥1,023.00');
  });

  it('splits FI-COSUB 6 periods 20/80 and shows the subsidy left', async () => {
    const settings = { ...defaultSettings, merchant: { cosubsidyUsedFen: 9_999_000 } };
    host = await setup(settings);
    await type(field(host, '#calc-price'), '1000元');
    await click(radio('6'));
    await choose(field<HTMLSelectElement>(host, '#calc-payer'), 'FI-COSUB');
    expect(shown(host, '手续费')).toBe('¥45.00');
    expect(shown(host, '平台承担')).toBe('¥9.00');
    expect(shown(host, '商家承担')).toBe('¥36.00');
    expect(shown(host, '每期')).toBe('¥166.70 + 5 × ¥166.66');
    expect(textOf(host)).toContain('每日仅需 ¥5.56');
    expect(shown(host, '剩余补贴')).toBe('¥10.00 → ¥1.00');
  });

  it('plans FI-PLAT3 at the 1.8 % merchant rate, all paid by the platform', async () => {
    host = await setup();
    await type(field(host, '#calc-price'), '1000');
    await choose(field<HTMLSelectElement>(host, '#calc-payer'), 'FI-PLAT3');
    expect(shown(host, '手续费')).toBe('¥18.00');
    expect(shown(host, '平台承担')).toBe('¥18.00');
    expect(shown(host, '商家承担')).toBe('¥0.00');
    expect(shown(host, '每期')).toBe('¥333.34 + 2 × ¥333.33');
    expect(textOf(host)).toContain('每日仅需 ¥11.12');
  });

  it('today the program is not running: the merchant pays the whole fee, and is told', async () => {
    host = await setup(defaultSettings, '2026-12-01');
    await type(field(host, '#calc-price'), '1000');
    await choose(field<HTMLSelectElement>(host, '#calc-payer'), 'FI-PLAT3');
    expect(shown(host, '平台承担')).toBe('¥0.00');
    expect(shown(host, '商家承担')).toBe('¥18.00');
    expect(textOf(host)).toContain('该活动在检查日期不在活动期');
  });

  it('says when a program does not cover the period count', async () => {
    host = await setup();
    await type(field(host, '#calc-price'), '1000');
    await click(radio('12'));
    await choose(field<HTMLSelectElement>(host, '#calc-payer'), 'FI-COSUB');
    expect(textOf(host)).toContain('该活动不覆盖此期数');
  });

  it('shows why a bad price is refused, next to the field', async () => {
    host = await setup();
    const input = field(host, '#calc-price');
    await type(input, 'abc');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = field(host, `#${input.getAttribute('aria-describedby')}`);
    expect(error.textContent).toBe('无法识别的价格');
    expect(textOf(host)).not.toContain('每日仅需');
  });

  it('plans a price range on its lowest price and says so', async () => {
    host = await setup();
    await type(field(host, '#calc-price'), '￥6.8 至 ￥24.99');
    expect(textOf(host)).toContain('按最低价计算');
    expect(textOf(host)).toContain('¥6.80 · 3期');
  });
});
