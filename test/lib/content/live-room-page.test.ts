import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentEnv } from '@/lib/content/env';
import type { ItemPage } from '@/lib/content/item-page';
import { runLiveRoom } from '@/lib/content/pages/live-room';
import { fixtureHtml, loadFixture, loadHtml } from '../adapters/fixture-page';
import { badgeHosts, realWorker, testEnv, type TestWorker } from './harness';
import { shadowOf } from '@/lib/content/own-hosts';

const URL = 'https://live.kuaishou.com/u/3xkz9fa2';

describe('live room page', () => {
  let worker: TestWorker;
  let env: ContentEnv;
  let page: ItemPage;

  beforeEach(async () => {
    fakeBrowser.reset();
    loadFixture('live-room.html', { url: URL });
    worker = realWorker();
    env = testEnv(worker, URL);
    await env.settings.ready;
    page = runLiveRoom(env);
    env.settings.subscribe(() => page.refresh());
    // Six cart items and the 讲解中 card.
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(7));
  });

  afterEach(() => {
    page.stop();
    env.ctx.abort();
  });

  const host = (id: string, where: 'cart' | 'player' = 'cart') =>
    badgeHosts(
      document.querySelector(where === 'cart' ? '[class^="shop-cart--"]' : '.player') as Element,
    ).find((element) => element.dataset.checkItem === id);

  it('gives the badge card the dark palette on a dark page', async () => {
    const wrap = () => shadowOf(host('25801234567822'))?.querySelector('.ks-badge-wrap');
    expect(wrap()?.classList.contains('ks-dark')).toBe(false);
    document.body.classList.add('dark');
    page.refresh();
    await vi.waitFor(() => expect(wrap()?.classList.contains('ks-dark')).toBe(true));
    document.body.classList.remove('dark');
  });

  it('judges D-STYLE on the rendered label: 22px orange-red passes, 18px fails', () => {
    expect(host('25801234567822')?.dataset.checks).toMatch(/D-STYLE:pass/);
    expect(host('25801234567899')?.dataset.checks).toMatch(/D-STYLE:fail/);
  });

  it('warns D-LIVE for a deposit item not being explained, passes it for the explained one (card too)', () => {
    expect(host('25801234567822')?.dataset.checks).toMatch(/D-LIVE:warn/);
    expect(host('25801234567899')?.dataset.checks).toMatch(/D-LIVE:pass/);
    expect(host('25801234567899', 'player')?.dataset.checks).toMatch(/D-LIVE:pass/);
  });

  it('reports the 先用后付 mark as a fact; C-BNPL only once the user stores their own scores', async () => {
    const asked = worker.of('verdicts').flatMap((message) => message.requests) as {
      product: { itemId: string; buyNowPayLater?: boolean };
    }[];
    const bnpl = asked.find((request) => request.product.itemId === '25801234567844');
    expect(bnpl?.product.buyNowPayLater).toBe(true);
    expect(JSON.stringify(asked)).not.toContain('consumer');
    // A merchant cannot know a buyer's scores: a hint, never an unknown check.
    expect(host('25801234567844')?.dataset.checks).not.toMatch(/C-BNPL/);
    await worker.patchSettings({ consumer: { sesameScore: 551 } });
    await vi.waitFor(() => expect(host('25801234567844')?.dataset.checks).toMatch(/C-BNPL:pass/));
    expect(host('25801234567822')?.dataset.checks).toMatch(/C-BNPL:pass/);
  });

  it('gives the 分期免息 item its 每日 figures', () => {
    expect(shadowOf(host('25801234567877'))?.textContent).toMatch(/日/);
  });

  it('does no work for chat messages: the cart is observed, not the page', async () => {
    const before = worker.of('verdicts').length;
    const chat = document.getElementById('chat-list') as HTMLElement;
    for (let index = 0; index < 300; index += 1) {
      const line = document.createElement('div');
      line.textContent = `观众${index}：小黄车${index}号多少钱 ¥${index}`;
      chat.append(line);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(worker.of('verdicts').length).toBe(before);
    expect(badgeHosts()).toHaveLength(7);
  });

  it('badges an item added to the cart live', async () => {
    const list = document.querySelector('[class^="cart-list--"]') as HTMLElement;
    const copy = list.firstElementChild?.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('ks-check-badge').forEach((badge) => badge.remove());
    copy
      .querySelector('a')
      ?.setAttribute(
        'href',
        'https://app.kwaixiaodian.com/web/kwaishop-goods-detail-page-app?id=77777777',
      );
    list.append(copy);
    await vi.waitFor(() => expect(host('77777777')).toBeDefined());
    expect(worker.of('verdicts')).toHaveLength(2);
  });
});

describe('live room whose state names the streamer by the numeric user id', () => {
  const ROOM = 'https://live.kuaishou.com/u/haowu88yx';
  let worker: TestWorker;
  let env: ContentEnv;
  let page: ItemPage;

  async function start(html: string) {
    fakeBrowser.reset();
    loadHtml(html, ROOM);
    worker = realWorker();
    env = testEnv(worker, ROOM);
    await env.settings.ready;
    page = runLiveRoom(env);
    // Three cart items and the 讲解中 card.
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(4));
  }

  afterEach(() => {
    page.stop();
    env.ctx.abort();
  });

  const checksOf = (id: string) =>
    badgeHosts(document.querySelector('[class^="cart-panel--"]') as Element).find(
      (host) => host.dataset.checkItem === id,
    )?.dataset.checks ?? '';

  it('tells the worker the room is on air, so D-LIVE is decided for each deposit item', async () => {
    await start(fixtureHtml('live-room-numeric.html'));
    const asked = worker.of('verdicts').flatMap((message) => message.requests) as {
      product: { itemId: string; live?: { onAir?: boolean } };
    }[];
    expect(asked.every((request) => request.product.live?.onAir === true)).toBe(true);
    expect(checksOf('25803300000011')).toMatch(/D-LIVE:pass/);
    expect(checksOf('25803300000022')).toMatch(/D-LIVE:warn/);
  });

  it('leaves D-LIVE out when that first entry is off air', async () => {
    await start(
      fixtureHtml('live-room-numeric.html').replace('"isLiving":true', '"isLiving":false'),
    );
    expect(checksOf('25803300000022')).not.toMatch(/D-LIVE/);
    expect(checksOf('25803300000022')).toMatch(/D-RATIO/);
  });
});
