import { describe, expect, it } from 'vitest';
import { readCategory } from '@/core/facts/category';
import { readInstallmentChoice, readTags } from '@/core/facts/tags';

describe('tags and categories', () => {
  it.each([
    ['6期免息（商户贴息）', { periods: 6, payer: 'merchant', program: 'FI-COSUB' }],
    ['3期免息（平台贴息）', { periods: 3, payer: 'merchant', program: 'FI-PLAT3' }],
    // The tag does not say who pays: the core's payerOf decides, not the reading.
    ['12期分期', { periods: 12 }],
    ['分期免息', { payer: 'merchant' }],
    ['不支持分期', null],
    ['5期分期', {}],
    [null, null],
  ])('installment %s', (text, choice) => {
    expect(readInstallmentChoice(text)).toEqual(choice);
  });

  it('reads deposit amounts from tags but never from the 可抵 label', () => {
    expect(readTags(['意向金 ￥300', '先用后付'])).toMatchObject({
      hasDeposit: true,
      depositFen: 30000,
      buyNowPayLater: true,
    });
    expect(readTags(['意向金可抵200元'])).toMatchObject({ hasDeposit: false, depositFen: null });
    expect(readTags(['意向金'])).toMatchObject({ hasDeposit: true, depositFen: null });
    expect(readTags(['讲解中']).explaining).toBe(true);
  });

  it('maps category paths to level and kind; unknown words stay unknown', () => {
    expect(readCategory('服饰内衣 / 女装 / 大衣')).toEqual({
      name: '服饰内衣 / 女装 / 大衣',
      virtual: false,
      kind: 'apparel',
      level: 2,
    });
    expect(readCategory('手机数码 / 耳机')).toMatchObject({ kind: 'digital' });
    expect(readCategory('虚拟商品 / 话费充值')).toEqual({
      name: '虚拟商品 / 话费充值',
      virtual: true,
    });
    // Not `other`: a known kind would drop D-LIC, an unknown one asks (DESIGN-REVIEW P3).
    expect(readCategory('图书 / 小说')).toEqual({ name: '图书 / 小说', virtual: false });
    expect(readCategory('')).toBeNull();
  });
});
