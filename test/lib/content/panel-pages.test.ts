import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { inputByLabel } from '@/lib/adapters/read-text';
import type { ContentEnv } from '@/lib/content/env';
import type { PanelPage } from '@/lib/content/panel-page';
import { runDetail } from '@/lib/content/pages/detail';
import { runGoodsForm } from '@/lib/content/pages/goods-form';
import { runSignup } from '@/lib/content/pages/signup';
import { newMetrics, runWorkbenchHome } from '@/lib/content/pages/workbench-home';
import { loadFixture } from '../adapters/fixture-page';
import { panelHost, realWorker, testEnv, type TestWorker } from './harness';
import { shadowOf } from '@/lib/content/own-hosts';

let worker: TestWorker;
let env: ContentEnv;
let page: PanelPage | null = null;

async function start(fixture: string, url: string, run: (env: ContentEnv) => PanelPage) {
  fakeBrowser.reset();
  loadFixture(fixture, { url });
  worker = realWorker();
  env = testEnv(worker, url);
  await env.settings.ready;
  page = run(env);
  env.settings.subscribe(() => page?.refresh());
  await vi.waitFor(() => expect(panelHost()?.dataset.checks).toBeTruthy());
}

afterEach(() => {
  page?.stop();
  env.ctx.abort();
});

const checks = () => panelHost()?.dataset.checks ?? '';

describe('goods form panel', () => {
  const URL = 'https://s.kwaixiaodian.com/zone/goods/config/release/detail?itemId=25801234567822';
  beforeEach(() => start('goods-form.html', URL, runGoodsForm));

  function type(label: string, value: string) {
    const input = inputByLabel(document, label) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  it('checks the deposit terms of the form as filled in', () => {
    expect(panelHost()?.dataset.checkPanel).toBe('goods-form');
    for (const id of ['D-RATIO', 'D-LOW90', 'D-HIKE', 'D-STOCK', 'D-CAP', 'D-LABEL-TEXT']) {
      expect(checks()).toContain(`${id}:`);
    }
    expect(checks()).toMatch(/D-RATIO:pass/);
    expect(checks()).toMatch(/D-LABEL-TEXT:pass/);
    expect(checks()).toMatch(/D-LOW90:unknown/);
    // An appliance from 1 000 元 has no suggested band: D-SUGGEST does not apply (SPEC §6).
    expect(checks()).not.toContain('D-SUGGEST');
  });

  it('shows D-SUGGEST once the price falls into a band', async () => {
    for (const label of ['价格', '活动价']) {
      const input = inputByLabel(document, label) as HTMLInputElement;
      input.value = '150';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await vi.waitFor(() => expect(checks()).toMatch(/D-SUGGEST:(pass|warn)/));
  });

  it('re-checks while the merchant types, debounced to one message for a burst', async () => {
    const before = worker.of('evaluate').length;
    for (const value of ['8', '80', '800', '8000']) type('意向金', value);
    await vi.waitFor(() => expect(checks()).toMatch(/D-RATIO:fail/));
    expect(worker.of('evaluate').length).toBe(before + 1);
    type('意向金', '100');
    await vi.waitFor(() => expect(checks()).toMatch(/D-RATIO:pass/));
  });

  it('flags 变相涨价 and 虚假库存 as typed, and never writes into the form', async () => {
    const values = () => Array.from(document.querySelectorAll('input'), (input) => input.value);
    type('尾款', '3500');
    type('总库存', '100');
    const typed = values();
    await vi.waitFor(() => expect(checks()).toMatch(/D-HIKE:fail/));
    expect(checks()).toMatch(/D-STOCK:fail/);
    expect(values()).toEqual(typed);
  });

  it('shows the plan of the chosen periods', async () => {
    await vi.waitFor(() => expect(shadowOf(panelHost())?.textContent).toMatch(/6/));
    const last = worker.of('evaluate').at(-1)?.requests[0] as { product: { installment: unknown } };
    expect(last.product.installment).toEqual({
      periods: 6,
      payer: 'merchant',
      program: 'FI-COSUB',
    });
  });

  it('remembers the collapsed state per page kind through set-settings', async () => {
    const collapse = Array.from(shadowOf(panelHost())?.querySelectorAll('button') ?? []).find(
      (button) =>
        /收起|collapse/i.test(
          `${button.textContent} ${button.getAttribute('aria-label') ?? ''} ${button.title}`,
        ),
    );
    expect(collapse).toBeDefined();
    collapse?.click();
    await vi.waitFor(() => expect(worker.of('set-settings')).toHaveLength(1));
    // Only the key that changed: a whole cached object would undo another tab's save.
    expect(worker.of('set-settings')[0]?.patch).toEqual({ collapsed: { 'goods-form': true } });
    await vi.waitFor(async () =>
      expect((await worker.settings()).collapsed).toMatchObject({
        'goods-form': true,
        detail: false,
      }),
    );
  });
});

describe('signup panel', () => {
  const URL = 'https://s.kwaixiaodian.com/zone/business-invitation/business/singleList?id=1119';
  beforeEach(() => start('signup.html', URL, runSignup));

  it('asks about every program with no product, with what the page states of the activity', () => {
    const message = worker.of('evaluate')[0];
    const request = message?.requests[0];
    // The panel is about one activity whatever the day: the page states the activity, and the
    // core's assembler lists every program for a signup page (core/prepare).
    expect(message?.pageKind).toBe('signup');
    expect(request).toEqual({
      activity: {
        name: '2023年快手38节资金权益活动',
        signupWindow: { from: '2023-02-15', to: '2023-03-30' },
      },
    });
    expect(checks()).toMatch(/BNPL-SUB:\w+/);
    expect(checks()).toMatch(/FI-PLAT3:\w+/);
    expect(checks()).toMatch(/FI-COSUB:\w+/);
  });

  it('records the low the page states as a page-low sale observation', () => {
    expect(worker.observations()).toEqual([
      expect.objectContaining({
        itemId: '25801234567811',
        fen: 269900,
        source: 'page-low',
        pageKind: 'signup',
        priceKind: 'sale',
      }),
    ]);
  });

  it('shows the window the page states, counted by the core (today included)', () => {
    // The bench's day is 2023-02-20: 02-20 … 03-30 is 39 days, today counted.
    expect(shadowOf(panelHost() as HTMLElement)?.textContent).toContain('报名中，还剩 39 天');
  });
});

describe('detail panel', () => {
  const URL = 'https://s.kwaixiaodian.com/zone/goods/detail?id=25801234567822';
  beforeEach(() => start('detail.html', URL, runDetail));

  it('checks the mark, ship time, original price and the rendered label style', () => {
    expect(checks()).toMatch(/D-MARK:pass/);
    expect(checks()).toMatch(/D-SHIPTIME:pass/);
    expect(checks()).toMatch(/D-STYLE:pass/);
    expect(checks()).toMatch(/D-ORIG:\w+/);
  });
});

describe('workbench home', () => {
  const URL = 'https://s.kwaixiaodian.com/zone/home';
  beforeEach(() => start('workbench-home.html', URL, runWorkbenchHome));

  it('offers the metrics it read, and one click stores them in the merchant profile', async () => {
    const accept = Array.from(shadowOf(panelHost())?.querySelectorAll('button') ?? []).find(
      (button) => /存入|保存|是|Save|Yes|accept/i.test(button.textContent ?? ''),
    );
    expect(accept).toBeDefined();
    accept?.click();
    await vi.waitFor(() => expect(worker.of('set-settings')).toHaveLength(1));
    expect(worker.of('set-settings')[0]?.patch).toEqual({
      merchant: expect.objectContaining({
        experienceScore: 4.62,
        onTimeShipRate30d: 0.965,
        monthlyGmvFen: 128_650_000,
      }),
    });
    // Once stored, there is nothing left to offer.
    await vi.waitFor(async () =>
      expect(newMetrics({ experienceScore: 4.62 }, (await worker.settings()).merchant)).toEqual({}),
    );
  });

  it('evaluates with the metrics the page shows', () => {
    expect(worker.of('evaluate')[0]?.requests[0]).toMatchObject({
      merchant: { experienceScore: 4.62 },
    });
    expect(checks()).toMatch(/M-EXP:pass/);
  });
});
