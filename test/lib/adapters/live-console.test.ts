import { beforeEach, describe, expect, it } from 'vitest';
import { findConsoleList, readConsole, readConsoleRows } from '@/lib/adapters/live-console';
import { fixtureHtml, loadFixture, loadHtml, runInlineScripts } from './fixture-page';

const URL = 'https://zs.kwaixiaodian.com/page/helper';

function list(): Element {
  const found = findConsoleList(document);
  if (!found) throw new Error('no list');
  return found;
}

function scrollTo(top: number) {
  const scroller = document.querySelector('[data-virtuoso-scroller]') as HTMLElement;
  scroller.scrollTop = top;
  scroller.dispatchEvent(new Event('scroll'));
}

const explainedNow = () => readConsole(document, list()).explaining?.itemId ?? null;
const explainedRows = () =>
  readConsole(document, list())
    .rows.filter((row) => row.product.live?.explaining)
    .map((row) => row.itemId);

/** A viewer's comment beside the cart, as the page's websocket adds them. */
function comment(text: string) {
  const line = document.createElement('div');
  line.textContent = text;
  document.getElementById('chat-list')?.append(line);
}

describe('live console adapter, ids printed as text', () => {
  const idAt = (index: number) => String(25901000000000 + index * 7919);

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
    expect(after[0]?.itemId).toBe(idAt(20));
    expect(after).toHaveLength(8);
  });

  it('knows the product being explained even when its row scrolled away', () => {
    scrollTo(84 * 30);
    expect(explainedRows()).toEqual([]);
    const { explaining } = readConsole(document, list());
    expect(explaining?.itemId).toBe(idAt(2));
    expect(explaining?.product.live).toEqual({ explaining: true });
  });

  it('follows 开始讲解 to another product; the card and its row agree', () => {
    const button = list().children[5]?.querySelector('button') as HTMLButtonElement;
    button.click();
    expect(explainedNow()).toBe(idAt(5));
    expect(explainedRows()).toEqual([idAt(5)]);
  });

  it('takes no comment for the explained card: nothing is explained once it ends', () => {
    comment('讲解中');
    (list().children[2]?.querySelector('button') as HTMLButtonElement).click(); // 结束讲解
    comment('讲解中');
    expect(explainedNow()).toBeNull();
    expect(explainedRows()).toEqual([]);
  });

  it('still reads the rows after the class names change', () => {
    const before = readConsoleRows(list()).map((row) => row.product);
    loadFixture('live-console.html', { url: URL, renamed: true });
    expect(readConsoleRows(list()).map((row) => row.product)).toEqual(before);
  });
});

describe('live console adapter, ids only in element ids (c1goods-<itemId>)', () => {
  const idAt = (index: number) => String(25902000000000 + index * 6173);
  const pinned = () => document.querySelector('[id$="-recording"]');

  beforeEach(() => {
    loadFixture('live-console-ids.html', { url: URL });
    runInlineScripts(document, 'virtuoso');
  });

  it('reads each card’s id from its element id, never its 序号 input', () => {
    const rows = readConsoleRows(list());
    expect(rows.map((row) => row.itemId)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map(idAt));
    const inputs = Array.from(
      list().querySelectorAll('.with-order > input'),
      (input) => (input as HTMLInputElement).value,
    );
    expect(inputs).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(rows[0]).toMatchObject({
      priceText: '¥3,299.00',
      product: {
        title: '格力 云佳 1.5匹变频空调',
        priceFen: 329900,
        deposit: { amountFen: 10000 },
        live: { explaining: false },
      },
    });
  });

  it('reads no item from a card whose only number is its 序号', () => {
    const card = list().querySelector('[id^="c1goods-"]') as HTMLElement;
    card.removeAttribute('id');
    (card.querySelector('input') as HTMLInputElement).value = '25902000000000';
    expect(readConsoleRows(list()).map((row) => row.itemId)).not.toContain('25902000000000');
    expect(readConsoleRows(list())).toHaveLength(7);
  });

  it('takes the pinned -recording card as the explained product, and its row says so too', () => {
    const { explaining } = readConsole(document, list());
    expect(explaining).toMatchObject({
      itemId: idAt(3),
      product: { title: '羊毛混纺大衣 女 中长款', priceFen: 45800, live: { explaining: true } },
      buyNowPayLater: true,
    });
    expect(explainedRows()).toEqual([idAt(3)]);
  });

  it('keeps the explained product when its row scrolls away, rows reused', () => {
    const firstRow = list().children[0];
    scrollTo(96 * 20);
    expect(list().children[0]).toBe(firstRow);
    expect(readConsoleRows(list()).map((row) => row.itemId)).toEqual(
      [20, 21, 22, 23, 24, 25, 26, 27].map(idAt),
    );
    expect(explainedNow()).toBe(idAt(3));
    expect(explainedRows()).toEqual([]);
  });

  it('follows 开始讲解: a new pinned card, and only its row is explained', () => {
    const start = Array.from(list().children[0]?.querySelectorAll('button') ?? []).find(
      (button) => button.textContent === '开始讲解',
    ) as HTMLButtonElement;
    start.click();
    expect(pinned()?.id).toBe(`inner_c1goods-${idAt(0)}-recording`);
    expect(explainedNow()).toBe(idAt(0));
    expect(explainedRows()).toEqual([idAt(0)]);
  });

  it('reads a row saying 结束讲解 as explained when no card is pinned', () => {
    pinned()?.remove();
    expect(explainedNow()).toBe(idAt(3));
    expect(explainedRows()).toEqual([idAt(3)]);
  });

  it('takes no comment for the explained card once the explanation ends', () => {
    const end = Array.from(list().querySelectorAll('button')).find(
      (button) => button.textContent === '结束讲解',
    ) as HTMLButtonElement;
    end.click();
    comment('讲解中');
    expect(pinned()).toBeNull();
    expect(explainedNow()).toBeNull();
    expect(explainedRows()).toEqual([]);
  });

  it('still reads after the class names change', () => {
    const before = readConsole(document, list());
    loadHtml(fixtureHtml('live-console-ids.html').replace(/--([A-Za-z0-9]{5})/g, '--Q$1'), URL);
    const after = readConsole(document, list());
    expect(after.rows.map((row) => row.product)).toEqual(before.rows.map((row) => row.product));
    expect(after.explaining?.itemId).toBe(before.explaining?.itemId);
  });
});
