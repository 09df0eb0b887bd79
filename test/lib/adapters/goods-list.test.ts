import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findGoodsTableBody, readGoodsList } from '@/lib/adapters/goods-list';
import { loadFixture, runInlineScripts } from './fixture-page';

const URL = 'https://s.kwaixiaodian.com/zone/goods/v1/list';

function read() {
  const body = findGoodsTableBody(document);
  if (!body) throw new Error('no goods table');
  return readGoodsList(body);
}

describe('goods list adapter', () => {
  beforeEach(() => loadFixture('goods-list.html', { url: URL }));

  it('reads every real row and skips the two zero-height measure rows', () => {
    const items = read();
    expect(items).toHaveLength(12);
    expect(items[0]?.itemId).toBe('25812911614326');
    expect(items[0]?.product).toMatchObject({
      itemId: '25812911614326',
      title: '新年乔迁高档金箔纸杯一次性家用加厚杯子50只装',
      priceFen: 990,
    });
  });

  it('reads the full-width ID： and a 至 range (lowest price)', () => {
    const item = read().find((row) => row.itemId === '25812911614327');
    expect(item?.product.priceFen).toBe(680);
    expect(item?.priceText).toBe('￥6.8 至 ￥24.99');
  });

  it('puts the badge anchor on the price element itself', () => {
    const item = read()[2];
    expect(item?.anchor.textContent).toBe('￥2,999.00');
    expect(item?.anchor.closest('td')).not.toBeNull();
  });

  it('reads the deposit tag and the 分期免息 tag as request pieces', () => {
    const items = read();
    expect(items.find((row) => row.itemId === '25801234567822')?.product.deposit).toEqual({
      amountFen: 10000,
    });
    expect(items.find((row) => row.itemId === '25801234567811')?.product.installment).toEqual({
      payer: 'merchant',
    });
    expect(items.find((row) => row.itemId === '25801234567844')?.buyNowPayLater).toBe(true);
  });

  it('turns a malformed price into a typed not-a-price, never NaN', () => {
    const item = read().find((row) => row.itemId === '25801234567833');
    expect(item?.product).not.toHaveProperty('priceFen');
    expect(item?.priceText).toBe('--');
    expect(item?.priceProblem).toMatch(/\S/);
    expect(JSON.stringify(read())).not.toContain('NaN');
  });

  it('still reads everything after a release renames every hashed class', () => {
    const before = read().map((item) => [item.itemId, item.product]);
    loadFixture('goods-list.html', { url: URL, renamed: true });
    expect(document.querySelector('[class*="title--KL0QI"]')).toBeNull();
    expect(read().map((item) => [item.itemId, item.product])).toEqual(before);
  });

  it('reads a fixed-header table, whose header sits in a table of its own', () => {
    const before = read().map((item) => item.product);
    const table = document.querySelector('table') as HTMLTableElement;
    const headerTable = document.createElement('table');
    const header = document.createElement('div');
    header.className = 'ant-table-header';
    headerTable.append(table.querySelector('thead') as HTMLElement);
    header.append(headerTable);
    table.closest('.ant-table-container')?.prepend(header);
    expect(table.querySelector('thead')).toBeNull();
    expect(read().map((item) => item.product)).toEqual(before);
  });

  it('leaves out what the row does not show (→ unknown), instead of guessing', () => {
    const row = document.querySelector('tr[data-row-key="25801234567900"]');
    row?.querySelector('[class^="title--"]')?.remove();
    const priceCell = row?.querySelectorAll('td')[3];
    priceCell?.replaceChildren();
    const item = read().find((entry) => entry.itemId === '25801234567900');
    expect(item?.product).toEqual({ itemId: '25801234567900' });
    expect(item?.priceProblem).toBe('no price shown');
  });

  describe('late-added rows', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('reads the rows 「下一页」 appends later, with 起 and 万 prices and a non-price', () => {
      runInlineScripts(document, 'next-page');
      (document.getElementById('next-page') as HTMLButtonElement).click();
      vi.advanceTimersByTime(400);
      const items = read();
      expect(items).toHaveLength(17);
      expect(items.find((row) => row.itemId === '25801234568002')?.product.priceFen).toBe(7990);
      expect(items.find((row) => row.itemId === '25801234568005')?.product.priceFen).toBe(
        1_200_000,
      );
      const pending = items.find((row) => row.itemId === '25801234568004');
      expect(pending?.product.priceFen).toBeUndefined();
      expect(pending?.priceProblem).not.toBeNull();
    });
  });
});
