import { describe, expect, it } from 'vitest';
import { MAX_PRICE_TEXT_LENGTH } from '@/core/money';
import {
  findPriceLeaf,
  isPriceText,
  labelValue,
  repeatingItems,
  shiftDecimal,
} from '@/lib/adapters/read-text';
import { loadHtml } from './fixture-page';

describe('text readers', () => {
  // Item ids in every printed form: item-ids.test.ts.
  it('shifts decimals exactly (no float error)', () => {
    expect(shiftDecimal('96.5', 2)).toBe(0.965);
    expect(shiftDecimal('0.36', 4)).toBe(0.000036);
    expect(shiftDecimal('90', 2)).toBe(0.9);
    expect(shiftDecimal('1e5', 2)).toBeNull();
  });

  it('finds the value beside a label: own text, next element, or a form control', () => {
    loadHtml(
      '<div><span>最晚发货时间：付款后15天内</span><div><div>购物体验分</div><div>4.62</div></div><div class="ant-form-item"><label>商品ID</label><div><input value="123456"></div></div></div>',
    );
    expect(labelValue(document.body, '最晚发货时间')).toBe('付款后15天内');
    expect(labelValue(document.body, '购物体验分')).toBe('4.62');
    expect(labelValue(document.body, '商品ID')).toBe('123456');
    expect(labelValue(document.body, '纠纷率')).toBeNull();
  });

  it('finds repeating items by structure alone, and skips struck-through prices', () => {
    loadHtml(
      '<ul id="list"><li><b>A</b><i>¥1</i><del>¥9</del></li><li><b>B</b><span><i>¥2</i></span></li><li><b>no price</b></li></ul>',
    );
    const list = document.getElementById('list') as HTMLElement;
    const items = repeatingItems(list, (leaf) => leaf.tagName === 'I');
    expect(items.map((item) => item.tagName + (item.textContent ?? ''))).toEqual([
      'LIA¥1¥9',
      'LIB¥2',
    ]);
    expect(findPriceLeaf(list.children[0] as Element)?.textContent).toBe('¥1');
  });

  it('bounds a price leaf by the core’s price-text length, not a length of its own (V22)', () => {
    const padded = (length: number) => `¥99${'包'.repeat(length - 3)}`;
    expect(isPriceText(padded(MAX_PRICE_TEXT_LENGTH))).toBe(true);
    expect(isPriceText(padded(MAX_PRICE_TEXT_LENGTH + 1))).toBe(false);
  });
});

describe('the extension tag name hides nothing', () => {
  it('reads page text wrapped in an element named like our hosts; skips only our real hosts', async () => {
    const { registerOwnHost } = await import('@/lib/content/own-hosts');
    const { leafElements, textOf } = await import('@/lib/adapters/read-text');
    const root = document.createElement('div');
    const forged = document.createElement('ks-check-badge');
    const price = document.createElement('span');
    price.textContent = '¥99';
    forged.append(price);
    const ours = document.createElement('ks-check-badge');
    registerOwnHost(ours, ours.attachShadow({ mode: 'closed' }));
    const inside = document.createElement('span');
    inside.textContent = 'not page text';
    ours.append(inside);
    root.append(forged, ours);
    expect(leafElements(root).map(textOf)).toEqual(['¥99']);
  });
});
