import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findConsoleList, readConsoleRows } from '@/lib/adapters/live-console';
import type { ContentEnv } from '@/lib/content/env';
import type { ItemPage } from '@/lib/content/item-page';
import { runLiveConsole } from '@/lib/content/pages/live-console';
import { loadFixture, runInlineScripts } from '../adapters/fixture-page';
import { badgeHosts, panelHost, realWorker, testEnv, type TestWorker } from './harness';

const URL = 'https://zs.kwaixiaodian.com/page/helper';
const idAt = (index: number) => String(25901000000000 + index * 7919);

function list(): Element {
  return findConsoleList(document) as Element;
}

function scrollTo(top: number) {
  const scroller = document.querySelector('[data-test-id="virtuoso-scroller"]') as HTMLElement;
  scroller.scrollTop = top;
  scroller.dispatchEvent(new Event('scroll'));
}

/** The badge inside each row, by row position: what the merchant sees beside each product. */
function badgeIdsByRow(): (string | undefined)[] {
  return Array.from(list().children, (row) => {
    const hosts = badgeHosts(row);
    expect(hosts.length).toBeLessThanOrEqual(1);
    return hosts[0]?.dataset.checkItem;
  });
}

/** The console page running on a fixture against the real worker, stopped after each test. */
function onConsole(fixture: string) {
  const running = {} as { worker: TestWorker; env: ContentEnv; page: ItemPage };
  beforeEach(async () => {
    fakeBrowser.reset();
    loadFixture(fixture, { url: URL });
    runInlineScripts(document, 'virtuoso');
    running.worker = realWorker();
    running.env = testEnv(running.worker, URL);
    await running.env.settings.ready;
    running.page = runLiveConsole(running.env);
    await vi.waitFor(() => expect(badgeHosts(list())).toHaveLength(8));
  });
  afterEach(() => {
    running.page.stop();
    running.env.ctx.abort();
  });
  return running;
}

describe('live console page', () => {
  onConsole('live-console.html');

  it('badges each row with the product it shows', () => {
    expect(badgeIdsByRow()).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map(idAt));
  });

  it('moves badges with the PRODUCT when virtuoso reuses the rows on scroll', async () => {
    const rowElements = Array.from(list().children);
    scrollTo(84 * 20);
    await vi.waitFor(() =>
      expect(badgeIdsByRow()).toEqual([20, 21, 22, 23, 24, 25, 26, 27].map(idAt)),
    );
    // Same row elements, other products: no badge of a scrolled-away product remains.
    expect(Array.from(list().children)).toEqual(rowElements);
    expect(badgeHosts(list())).toHaveLength(8);
    expect(badgeHosts().some((host) => host.dataset.checkItem === idAt(0))).toBe(false);
    // And each badge's verdict is the product's own: the row now showing a deposit item says so.
    const rows = readConsoleRows(list());
    for (const row of rows) {
      const host = badgeHosts(row.anchor.parentElement as Element)[0];
      expect(host?.dataset.checkItem).toBe(row.itemId);
      expect(/D-LIVE/.test(host?.dataset.checks ?? '')).toBe(row.product.deposit !== undefined);
    }
  });

  it('scrolling back shows the first products again, each once', async () => {
    scrollTo(84 * 40);
    await vi.waitFor(() => expect(badgeIdsByRow()[0]).toBe(idAt(40)));
    scrollTo(0);
    await vi.waitFor(() => expect(badgeIdsByRow()).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map(idAt)));
    expect(badgeHosts()).toHaveLength(8);
  });

  it('shows a panel for the product being explained, with D-LIVE passing for it', async () => {
    await vi.waitFor(() => expect(panelHost()?.dataset.checkPanel).toBe('live-console'));
    // Product 2 is 意向金 + 先用后付 and 讲解中.
    expect(panelHost()?.dataset.checks).toMatch(/D-LIVE:pass/);
    const notExplained = badgeHosts().find((host) => host.dataset.checkItem === idAt(0));
    expect(notExplained?.dataset.checks).toMatch(/D-LIVE:warn/);
  });

  it('follows 开始讲解 to another product', async () => {
    (list().children[0]?.querySelector('button') as HTMLButtonElement).click();
    await vi.waitFor(() => {
      const first = badgeHosts().find((host) => host.dataset.checkItem === idAt(0));
      expect(first?.dataset.checks).toMatch(/D-LIVE:pass/);
    });
  });
});

describe('live console page, ids only in element ids, the explained card pinned above the list', () => {
  const idOf = (index: number) => String(25902000000000 + index * 6173);
  const running = onConsole('live-console-ids.html');

  const rowBadges = () =>
    Array.from(list().children, (row) => badgeHosts(row)[0]?.dataset.checkItem);
  const badgeOf = (itemId: string) =>
    badgeHosts(list()).find((host) => host.dataset.checkItem === itemId);
  const click = (within: Element | null | undefined, text: string) =>
    (
      Array.from(within?.querySelectorAll('button') ?? []).find(
        (button) => button.textContent === text,
      ) as HTMLButtonElement
    ).click();

  it('badges each row with the id of its element id', () => {
    expect(rowBadges()).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map(idOf));
  });

  it('one panel for the pinned card and its row: both say D-LIVE passes', async () => {
    await vi.waitFor(() => expect(panelHost()?.dataset.checks).toMatch(/D-LIVE:pass/));
    expect(document.querySelectorAll('ks-check-panel')).toHaveLength(1);
    expect(badgeOf(idOf(3))?.dataset.checks).toMatch(/D-LIVE:pass/);
    expect(badgeOf(idOf(0))?.dataset.checks).toMatch(/D-LIVE:warn/);
    // The pinned card is the panel's, not a second pill of the same product.
    expect(badgeHosts(document.querySelector('[id$="-recording"]') as Element)).toHaveLength(0);
  });

  it('moves badges with the ids when the rows are reused on scroll', async () => {
    const scroller = document.querySelector('[data-virtuoso-scroller]') as HTMLElement;
    scroller.scrollTop = 96 * 20;
    scroller.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => expect(rowBadges()).toEqual([20, 21, 22, 23, 24, 25, 26, 27].map(idOf)));
    expect(badgeHosts(list())).toHaveLength(8);
    // Still explaining product 3, whose row scrolled away: the panel stays.
    expect(panelHost()?.dataset.checks).toMatch(/D-LIVE:pass/);
  });

  it('follows 开始讲解: the panel and the pills move to the new product together', async () => {
    click(list().children[0], '开始讲解');
    await vi.waitFor(() => expect(badgeOf(idOf(0))?.dataset.checks).toMatch(/D-LIVE:pass/));
    await vi.waitFor(() => expect(badgeOf(idOf(3))?.dataset.checks).toMatch(/D-LIVE:warn/));
    expect(panelHost()?.dataset.checks).toMatch(/D-LIVE:pass/);
    expect(document.querySelectorAll('ks-check-panel')).toHaveLength(1);
  });

  it('asks nothing for the comments running beside the cart', async () => {
    const before = running.worker.messages.length;
    const chat = document.getElementById('chat-list') as HTMLElement;
    for (let index = 0; index < 200; index += 1) {
      const line = document.createElement('div');
      line.textContent = index % 2 ? '讲解中' : `¥${index} 还有吗`;
      chat.append(line);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(running.worker.messages.length).toBe(before);
  });
});
