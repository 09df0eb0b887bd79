/**
 * A page of any size gets its verdicts (issue 10): 1 200 rows were refused whole by the worker's
 * 1 000-request cap and every pill showed "?". The real page code against the real handlers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { maxRequestsPerMessage } from '@/core/messages';
import { findGoodsTableBody, readGoodsList } from '@/lib/adapters/goods-list';
import type { ContentEnv } from '@/lib/content/env';
import { chunkSize } from '@/lib/content/item-evaluator';
import type { ItemPage } from '@/lib/content/item-page';
import { runGoodsList } from '@/lib/content/pages/goods-list';
import { loadFixture } from '../adapters/fixture-page';
import { badgeHosts, realWorker, testEnv } from './harness';

const URL = 'https://s.kwaixiaodian.com/zone/goods/v1/list';
let page: ItemPage | null = null;
let env: ContentEnv | null = null;
afterEach(() => {
  page?.stop();
  env?.ctx.abort();
});

/** What goods-list-rows-inject.html does on the e2e page (there 1 200): more rows, every other hidden. */
function addRows(count: number) {
  const body = document.querySelector('tbody.ant-table-tbody')!;
  const template = body.querySelector('tr.ant-table-row')!;
  for (let index = 0; index < count; index += 1) {
    const row = template.cloneNode(true) as HTMLElement;
    const id = String(26000000000000 + index);
    row.setAttribute('data-row-key', id);
    row.querySelector('.goods-id--Lp8bN span')!.textContent = `ID: ${id}`;
    row.querySelector('.price--Hn3Kd')!.textContent = `￥${10 + (index % 90)}.90`;
    if (index % 2 === 1) row.style.display = 'none';
    body.appendChild(row);
  }
}

describe('a goods list of 1 012 rows (over the worker cap of 1 000)', () => {
  it(
    'gets every verdict, in chunks within the cap, one message at a time',
    { timeout: 60_000 },
    async () => {
      fakeBrowser.reset();
      loadFixture('goods-list.html', { url: URL });
      addRows(1000);
      const worker = realWorker();
      let out = 0;
      let mostAtOnce = 0;
      const send = worker.send;
      worker.send = (async (message: Parameters<typeof send>[0]) => {
        if (message.type !== 'verdicts') return send(message);
        out += 1;
        mostAtOnce = Math.max(mostAtOnce, out);
        try {
          return await send(message);
        } finally {
          out -= 1;
        }
      }) as typeof send;
      env = testEnv(worker, URL);
      await env.settings.ready;
      page = runGoodsList(env);
      await vi.waitFor(() => expect(badgeHosts()).toHaveLength(1012), { timeout: 20_000 });
      const asked = worker.of('verdicts');
      expect(asked.length).toBeGreaterThanOrEqual(Math.ceil(1012 / chunkSize));
      for (const message of asked) expect(message.requests.length).toBeLessThanOrEqual(chunkSize);
      expect(chunkSize).toBeLessThan(maxRequestsPerMessage);
      expect(mostAtOnce).toBe(1);
      // No pill says the checker refused: each carries the verdicts of its own checks.
      for (const host of badgeHosts()) expect(host.dataset.checks).toMatch(/M-EXP:/);
      // And every price went to the history, with the questions.
      await worker.worker.idle();
      const observations = asked.flatMap((message) => message.observations ?? []);
      const priced = readGoodsList(findGoodsTableBody(document) as HTMLTableSectionElement).filter(
        (item) => typeof item.product.priceFen === 'number',
      );
      expect(priced.length).toBeGreaterThan(1000);
      expect(new Set(observations.map((observation) => observation.itemId)).size).toBe(
        priced.length,
      );
    },
  );
});
