import { describe, expect, it } from 'vitest';
import { hasDepositTerm, showsDeposit } from '@/core/facts/deposit-product';
import { isItemId, readItemId } from '@/core/facts/item-id';
import {
  originalPriceFen,
  priceKindOf,
  shownPriceFen,
  shownPrices,
  singlePriceFen,
} from '@/core/facts/price';
import { parsePrice } from '@/core/money';

describe('page facts → request pieces', () => {
  it('counts a range as its lowest, an original price as its highest, and refuses it for one figure', () => {
    const range = parsePrice('¥6.80 至 ¥24.99');
    expect(shownPriceFen(range)).toBe(680);
    expect(originalPriceFen(range)).toBe(2499);
    expect(singlePriceFen(range)).toBeNull();
    expect(singlePriceFen(parsePrice('¥299'))).toBe(29_900);
    expect(shownPriceFen(parsePrice('--'))).toBeNull();
    expect(shownPriceFen(null)).toBeNull();
  });

  it('gives a deposit item its shown price as the activity price, and the price kind', () => {
    expect(shownPrices(29_900, true)).toEqual({ priceFen: 29_900, activityPriceFen: 29_900 });
    expect(shownPrices(29_900, false)).toEqual({ priceFen: 29_900 });
    expect(shownPrices(null, true)).toEqual({});
    expect(priceKindOf({ depositItem: true })).toBe('activity');
    expect(priceKindOf({ depositItem: false, presale: true })).toBe('activity');
    expect(priceKindOf({ depositItem: false })).toBe('sale');
  });

  it('knows a 意向金 product by a deposit term, a tag, a label or the word on a detail page', () => {
    expect(hasDepositTerm({ presaleQty: 10 })).toBe(true);
    expect(hasDepositTerm({ stock: 10 })).toBe(false);
    expect(showsDeposit({ tag: true })).toBe(true);
    expect(showsDeposit({ label: true })).toBe(true);
    expect(showsDeposit({ text: '本商品支持意向金预订' })).toBe(true);
    expect(showsDeposit({ text: '现货' })).toBe(false);
  });

  it('has one item-id pattern', () => {
    expect(isItemId('25812911600001')).toBe(true);
    expect(isItemId('2581a')).toBe(false);
    expect(isItemId('1'.repeat(31))).toBe(false);
    expect(readItemId('商品ID：25812911600001')).toBe('25812911600001');
    expect(readItemId('共 123 件')).toBeNull();
  });
});
