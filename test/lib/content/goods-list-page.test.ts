import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { worstStatus, type Status } from '@/core/report';
import { findGoodsTableBody, readGoodsList } from '@/lib/adapters/goods-list';
import type { ContentEnv } from '@/lib/content/env';
import type { ItemPage } from '@/lib/content/item-page';
import { runGoodsList } from '@/lib/content/pages/goods-list';
import { loadFixture, runInlineScripts } from '../adapters/fixture-page';
import { badgeHosts, realWorker, testEnv, type TestWorker } from './harness';
import { shadowOf } from '@/lib/content/own-hosts';

const URL = 'https://s.kwaixiaodian.com/zone/goods/v1/list';

describe('goods list page', () => {
  let worker: TestWorker;
  let env: ContentEnv;
  let page: ItemPage;

  beforeEach(async () => {
    fakeBrowser.reset();
    loadFixture('goods-list.html', { url: URL });
    worker = realWorker();
    env = testEnv(worker, URL);
    await env.settings.ready;
    page = runGoodsList(env);
    // (start.ts does this wiring in the real script)
    env.settings.subscribe(() => page.refresh());
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(12));
  });

  afterEach(() => {
    page.stop();
    env.ctx.abort();
  });

  it('puts one badge right after every price, keyed and labelled by item id', () => {
    const body = findGoodsTableBody(document);
    for (const item of readGoodsList(body as HTMLTableSectionElement)) {
      const host = item.anchor.nextElementSibling as HTMLElement;
      expect(host.tagName).toBe('KS-CHECK-BADGE');
      expect(host.dataset.checkItem).toBe(item.itemId);
    }
  });

  it('asks the worker ONCE for all twelve items, with 3/6/12 plans for those from 100 元', () => {
    const evaluations = worker.of('verdicts');
    expect(evaluations).toHaveLength(1);
    const requests = evaluations[0]?.requests as { product: { itemId?: string } }[];
    // One request an item: the worker works out the 每日 figures beside each report.
    expect(requests).toHaveLength(12);
    expect(requests.filter((request) => request.product.itemId === '25801234567811')).toHaveLength(
      1,
    );
    expect(evaluations[0]?.pageKind).toBe('goods-list');
    expect(evaluations[0]?.dailyFrom100).toBe(true);
    const daily = (id: string) =>
      shadowOf(badgeHosts().find((host) => host.dataset.checkItem === id))?.textContent ?? '';
    // ¥1 299 (a fridge) shows its 每日 figure; a ¥9.90 cup shows none.
    expect(daily('25801234567811')).toMatch(/每日/);
    expect(daily('25812911614326')).not.toMatch(/每日/);
  });

  it('keeps data-check-status and data-checks in step with the checks shown', () => {
    for (const host of badgeHosts()) {
      const pairs = (host.dataset.checks ?? '').split(' ').filter(Boolean);
      expect(pairs.length).toBeGreaterThan(0);
      const statuses = pairs.map((pair) => ({ status: pair.split(':')[1] as Status }));
      expect(host.dataset.checkStatus).toBe(worstStatus(statuses));
    }
  });

  it('shows the deposit row its deposit checks and the malformed price as unknown with a reason', () => {
    const deposit = badgeHosts().find((host) => host.dataset.checkItem === '25801234567822');
    expect(deposit?.dataset.checks).toMatch(/D-RATIO:(pass|fail)/);
    const malformed = badgeHosts().find((host) => host.dataset.checkItem === '25801234567833');
    expect(malformed?.dataset.checks).not.toMatch(/D-RATIO/);
    expect(malformed?.dataset.checks).toMatch(/FI-PLAT3:(unknown|fail)/);
    const shown = shadowOf(malformed)?.textContent ?? '';
    expect(shown).not.toContain('NaN');
  });

  it('shows the 每日仅需 figures in the pill of a product from 100 元', () => {
    const fridge = badgeHosts().find((host) => host.dataset.checkItem === '25801234567811');
    expect(shadowOf(fridge)?.textContent).toMatch(/每日|\/天|日/);
  });

  it('badges rows added later with one more message for the new rows only, and nothing twice', async () => {
    runInlineScripts(document, 'next-page');
    (document.getElementById('next-page') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(17), { timeout: 2000 });
    const evaluations = worker.of('verdicts');
    expect(evaluations).toHaveLength(2);
    const newIds = (evaluations[1]?.requests as { product: { itemId?: string } }[])
      .map((request) => request.product.itemId)
      .filter(Boolean);
    expect(new Set(newIds)).toEqual(
      new Set([
        '25801234568001',
        '25801234568002',
        '25801234568003',
        '25801234568004',
        '25801234568005',
      ]),
    );
    page.flushNow();
    page.flushNow();
    expect(badgeHosts()).toHaveLength(17);
    expect(worker.of('verdicts')).toHaveLength(2);
    // Whole reports only for a card that opens.
    expect(worker.of('evaluate')).toHaveLength(0);
  });

  it('records every price seen with the first verdict question, as sale prices', () => {
    // No timer: the prices travel with the question, so a tab closed at once still keeps them.
    expect(worker.of('record-observations')).toHaveLength(0);
    const observations = worker.of('verdicts')[0]?.observations ?? [];
    expect(observations).toHaveLength(11);
    expect(observations.find((o) => o.itemId === '25812911614327')).toMatchObject({
      fen: 680,
      pageKind: 'goods-list',
      priceKind: 'sale',
    });
  });

  it('hides the checks the user hid on this page kind, and everything when the page is hidden', async () => {
    await worker.patchSettings({ hiddenChecks: { 'goods-list': ['FI-PLAT3'] } });
    await vi.waitFor(() =>
      expect(badgeHosts().some((host) => /FI-PLAT3/.test(host.dataset.checks ?? ''))).toBe(false),
    );
    expect(badgeHosts()).toHaveLength(12);
    await worker.patchSettings({ hiddenPages: { 'goods-list': true } });
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(0));
  });

  it('fetches the price history for the sparkline only on hover or focus, once per item', async () => {
    expect(worker.of('price-history')).toHaveLength(0);
    const host = badgeHosts().find(
      (element) => element.dataset.checkItem === '25801234567811',
    ) as HTMLElement;
    host.dispatchEvent(new Event('mouseenter'));
    host.dispatchEvent(new Event('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(worker.of('price-history')).toHaveLength(1));
    expect(worker.of('price-history')[0]?.itemId).toBe('25801234567811');
  });

  it("asks for an item's whole report only when its card opens, and shows it there", async () => {
    const host = badgeHosts().find(
      (element) => element.dataset.checkItem === '25801234567822',
    ) as HTMLElement;
    const wrap = shadowOf(host)?.querySelector('.ks-badge-wrap') as HTMLElement;
    wrap.dispatchEvent(new MouseEvent('mouseenter'));
    host.dispatchEvent(new Event('mouseenter'));
    await vi.waitFor(() => expect(worker.of('evaluate')).toHaveLength(1));
    const [asked] = worker.of('evaluate');
    expect(asked?.requests).toHaveLength(1);
    expect(asked?.requests[0]).toMatchObject({ product: { itemId: '25801234567822' } });
    // The whole checks replace the "loading" line: messages, values and sources.
    await vi.waitFor(() =>
      expect(shadowOf(host)?.querySelector('.ks-card')?.textContent).toMatch(/来源/),
    );
    page.flushNow();
    expect(worker.of('evaluate')).toHaveLength(1);
  });

  it('removes every badge when stopped (navigation away, extension reload)', () => {
    page.stop();
    expect(badgeHosts()).toHaveLength(0);
  });
});
