import { describe, expect, it } from 'vitest';
import { readCart } from '@/lib/adapters/live-room';
import { itemIdFromHref, readItemId } from '@/lib/adapters/read-text';
import { fixtureHtml, loadHtml } from './fixture-page';

describe('item ids in every form the pages print them', () => {
  it.each([
    ['ID: 25812911614326', '25812911614326'],
    ['ID：25812911614326', '25812911614326'],
    ['ID:25812911614326', '25812911614326'],
    ['商品ID 123456789', '123456789'],
    ['商品ID：123456789', '123456789'],
    ['商品 ID: 123456789', '123456789'],
    ['商品编号 123456789', '123456789'],
    ['商品编号：123456789', '123456789'],
    ['预览 纸杯 ID: 25812911614326 现货48h', '25812911614326'],
  ])('%s → %s', (text, id) => {
    expect(readItemId(text)).toBe(id);
  });

  it.each([
    ['IDEA 123456'],
    ['ID 123456'], // a plain ID needs its colon
    ['已售 12345678 件'],
    ['VID: 1234567'],
    ['ID: 1234'], // too short for an item id
    [`ID: ${'1'.repeat(31)}`], // never cut a longer number to 30 digits
  ])('%s is no id', (text) => {
    expect(readItemId(text)).toBeNull();
  });

  it('takes an id from a detail link only', () => {
    expect(
      itemIdFromHref('https://app.kwaixiaodian.com/web/kwaishop-goods-detail-page-app?id=9'),
    ).toBe('9');
    expect(itemIdFromHref('/zone/goods/config/release/detail?itemId=42')).toBe('42');
    expect(itemIdFromHref('https://live.kuaishou.com/profile/3xabc?id=20231119')).toBeNull();
  });

  it('reads each cart card of the fixture by its own id, and no number from elsewhere', () => {
    loadHtml(fixtureHtml('cart-item-ids.html'));
    const cart = document.querySelector('ul') as Element;
    const ids = readCart(cart).map((item) => item.itemId);
    expect(ids).toEqual([
      '25801234560001',
      '25801234560002',
      '25801234560003',
      '25801234560004',
      '25801234560005',
      '25801234560006',
      '25801234560007',
      '25801234560008',
    ]);
  });
});
