import { beforeEach, describe, expect, it } from 'vitest';
import { findGoodsForm, readGoodsForm } from '@/lib/adapters/goods-form';
import { inputByLabel } from '@/lib/adapters/read-text';
import { loadFixture, runInlineScripts } from './fixture-page';

const URL = 'https://s.kwaixiaodian.com/zone/goods/config/release/detail?itemId=25801234567822';

function read(url = URL) {
  const form = findGoodsForm(document);
  if (!form) throw new Error('no form');
  return readGoodsForm(form, url);
}

function type(label: string, value: string) {
  const input = inputByLabel(document, label);
  if (!input) throw new Error(`no input ${label}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('goods form adapter', () => {
  beforeEach(() => loadFixture('goods-form.html', { url: URL }));

  it('reads every deposit field by its placeholder or label, money in fen', () => {
    const { itemId, product, problems } = read();
    expect(itemId).toBe('25801234567822');
    expect(problems).toEqual([]);
    expect(product).toEqual({
      itemId: '25801234567822',
      title: '格力 云佳 1.5匹新一级能效变频冷暖空调 预售',
      category: { name: '家用电器 / 空调 / 挂式空调', virtual: false, kind: 'appliance', level: 1 },
      priceFen: 329900,
      activityPriceFen: 299900,
      installment: { periods: 6, payer: 'merchant', program: 'FI-COSUB' },
      deposit: {
        amountFen: 10000,
        deductionFen: 20000,
        balanceFen: 279900,
        presaleQty: 1000,
        stock: 300,
        capacity: 900,
        labelText: '意向金可抵200元',
      },
    });
  });

  it('follows what the merchant types and chooses', () => {
    runInlineScripts(document, 'ant-select-item');
    type('意向金', '800');
    type('总库存', '');
    const installment = document.querySelector('[class*="installment-select--"]') as HTMLElement;
    installment.click();
    (
      Array.from(installment.querySelectorAll('.ant-select-item')).find(
        (o) => o.textContent === '3期免息（平台贴息）',
      ) as HTMLElement
    ).click();
    const { product } = read();
    expect(product.deposit?.amountFen).toBe(80000);
    expect(product.deposit).not.toHaveProperty('stock');
    expect(product.installment).toEqual({ periods: 3, payer: 'merchant', program: 'FI-PLAT3' });
  });

  it('reports a filled but unreadable field instead of making up a number', () => {
    type('价格', '3299.0.0');
    type('预售数量', '一千');
    const { product, problems } = read();
    expect(product).not.toHaveProperty('priceFen');
    expect(problems).toEqual([
      { field: '价格', text: '3299.0.0' },
      { field: '预售数量', text: '一千' },
    ]);
  });

  it('has no deposit when no deposit term is filled (deposit checks do not apply)', () => {
    for (const label of ['意向金', '可抵金额', '尾款', '预售数量']) type(label, '');
    expect(read().product).not.toHaveProperty('deposit');
  });

  it('has no item id on the create page', () => {
    expect(
      read('https://s.kwaixiaodian.com/zone/goods/config/release/add').product,
    ).not.toHaveProperty('itemId');
  });

  it('still reads after the class names change', () => {
    const before = read().product;
    loadFixture('goods-form.html', { url: URL, renamed: true });
    expect(read().product).toEqual(before);
  });

  it('never writes into the form while reading', () => {
    const values = () => Array.from(document.querySelectorAll('input'), (input) => input.value);
    const before = values();
    read();
    expect(values()).toEqual(before);
  });
});
