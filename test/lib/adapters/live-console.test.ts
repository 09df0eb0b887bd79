import { beforeEach, describe, expect, it } from 'vitest';
import { findConsoleList, readConsoleRows, readExplaining } from '@/lib/adapters/live-console';
import { loadFixture, runInlineScripts } from './fixture-page';

const URL = 'https://zs.kwaixiaodian.com/page/helper';

function list(): Element {
  const found = findConsoleList(document);
  if (!found) throw new Error('no list');
  return found;
}

function scrollTo(top: number) {
  const scroller = document.querySelector('[data-test-id="virtuoso-scroller"]') as HTMLElement;
  scroller.scrollTop = top;
  scroller.dispatchEvent(new Event('scroll'));
}

describe('live console adapter', () => {
  beforeEach(() => {
    loadFixture('live-console.html', { url: URL });
    runInlineScripts(document, 'virtuoso');
  });

  it('reads the rows in the DOM (8 of 60), each with its product id, price and tags', () => {
    const rows = readConsoleRows(list());
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({
      itemId: '25901000000000',
      priceText: '¥3,299.00',
      product: {
        priceFen: 329900,
        deposit: { amountFen: 10000 },
        activityPriceFen: 329900,
        live: { explaining: false },
      },
    });
    expect(rows[1]?.product.installment).toEqual({ periods: 3, payer: 'merchant' });
    expect(rows[2]?.product.live).toEqual({ explaining: true });
    expect(rows[2]?.buyNowPayLater).toBe(true);
  });

  it('reads the product a reused row shows NOW after scrolling', () => {
    const firstRow = list().children[0];
    const before = readConsoleRows(list())[0]?.itemId;
    scrollTo(84 * 20);
    const after = readConsoleRows(list());
    expect(list().children[0]).toBe(firstRow);
    expect(after[0]?.itemId).not.toBe(before);
    expect(after[0]?.itemId).toBe(String(25901000000000 + 20 * 7919));
    expect(after).toHaveLength(8);
  });

  it('knows the product being explained even when its row scrolled away', () => {
    scrollTo(84 * 30);
    expect(readConsoleRows(list()).some((row) => row.product.live?.explaining)).toBe(false);
    const explaining = readExplaining(document, list());
    expect(explaining?.itemId).toBe(String(25901000000000 + 2 * 7919));
    expect(explaining?.product.live).toEqual({ explaining: true });
  });

  it('follows 开始讲解 to another product', () => {
    const button = list().children[5]?.querySelector('button') as HTMLButtonElement;
    button.click();
    expect(readExplaining(document, list())?.itemId).toBe(String(25901000000000 + 5 * 7919));
  });

  it('still reads the rows after the class names change', () => {
    const before = readConsoleRows(list()).map((row) => row.product);
    loadFixture('live-console.html', { url: URL, renamed: true });
    expect(readConsoleRows(list()).map((row) => row.product)).toEqual(before);
  });
});
