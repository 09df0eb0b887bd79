/**
 * SPEC §8 price kinds end to end in the unit bench: the real content-script page code on the
 * fixture pages, the real worker handlers over WXT's fake browser storage.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentEnv } from '@/lib/content/env';
import type { PanelPage } from '@/lib/content/panel-page';
import { runDetail } from '@/lib/content/pages/detail';
import { runGoodsForm } from '@/lib/content/pages/goods-form';
import { inputByLabel } from '@/lib/adapters/read-text';
import { loadFixture } from '../adapters/fixture-page';
import { CAMPAIGN_DAY, panelHost, realWorker, testEnv, type TestWorker } from './harness';

const DETAIL = 'https://s.kwaixiaodian.com/zone/goods/detail?id=25801234567822';
const ITEM = '25801234567822';
let running: { page: PanelPage; env: ContentEnv } | null = null;

afterEach(() => {
  running?.page.stop();
  running?.env.ctx.abort();
  running = null;
});

/** One page load: the fixture, a fresh content script, the same worker and storage. */
async function visit(worker: TestWorker, fixture: string, url: string, run = runDetail) {
  running?.page.stop();
  running?.env.ctx.abort();
  loadFixture(fixture, { url });
  const env = testEnv(worker, url);
  await env.settings.ready;
  const page = run(env);
  running = { page, env };
  await vi.waitFor(() => expect(panelHost()?.dataset.checks).toMatch(/D-LOW90:/));
  await worker.worker.idle();
  return /D-LOW90:(\w+)/.exec(panelHost()?.dataset.checks ?? '')?.[1];
}

describe('a deposit item whose detail page is visited three times', () => {
  it('keeps D-LOW90 as on the first visit: its presale price is never its own low', async () => {
    fakeBrowser.reset();
    const worker = realWorker();
    const first = await visit(worker, 'detail.html', DETAIL);
    expect(first).toBe('unknown');
    expect(await visit(worker, 'detail.html', DETAIL)).toBe(first);
    expect(await visit(worker, 'detail.html', DETAIL)).toBe(first);

    // Recorded, as an activity price, and the panel says where to see the ordinary price.
    const history = await worker.send({ type: 'price-history', itemId: ITEM });
    expect(history.points.map((point) => point.kind)).toEqual(['activity']);
    expect(history.lowFen).toBeNull();
    const [report] = await worker.send({
      type: 'evaluate',
      requests: [
        { product: { itemId: ITEM, priceFen: 299900, activityPriceFen: 299900, deposit: {} } },
      ],
    });
    const low90 = report?.ok ? report.report.checks.find((check) => check.id === 'D-LOW90') : null;
    expect(low90?.message.zh).toContain('尚未见过其日常售价');
    expect(low90?.message.zh).toContain('商品列表');
    expect(low90?.message.en).toContain('ordinary price');
  });

  it('with the ordinary price seen on the goods list, judges against it on every visit', async () => {
    fakeBrowser.reset();
    const worker = realWorker();
    // The goods list's 单价 of this item, as its page code records it.
    await worker.send({
      type: 'record-observations',
      observations: [
        {
          itemId: ITEM,
          fen: 459900,
          at: CAMPAIGN_DAY.getTime() - 86_400_000,
          pageKind: 'goods-list',
          priceKind: 'sale',
        },
      ],
    });
    // 2 999.00 ≤ 90 % × 4 599.00 = 4 139.10: a pass, and it stays one.
    expect(await visit(worker, 'detail.html', DETAIL)).toBe('pass');
    expect(await visit(worker, 'detail.html', DETAIL)).toBe('pass');
    expect(await visit(worker, 'detail.html', DETAIL)).toBe('pass');
  });
});

describe('the goods form', () => {
  it('records none of the prices the merchant types (an input, never an observation)', async () => {
    fakeBrowser.reset();
    const worker = realWorker();
    const url = 'https://s.kwaixiaodian.com/zone/goods/config/release/detail?itemId=' + ITEM;
    await visit(worker, 'goods-form.html', url, runGoodsForm);
    const input = inputByLabel(document, '活动价') as HTMLInputElement;
    input.value = '150';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    running?.page.flushNow();
    await worker.worker.idle();
    const sent = worker.messages.flatMap((message) =>
      'observations' in message ? (message.observations ?? []) : [],
    );
    expect(sent).toEqual([]);
    expect((await worker.send({ type: 'price-history', itemId: ITEM })).points).toEqual([]);
  });
});
