import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runGoodsList } from '@/lib/content/pages/goods-list';
import { runWorkbenchHome } from '@/lib/content/pages/workbench-home';
import { routeOf, startContentScript, type Features, type Running } from '@/lib/content/start';
import { loadFixture, runInlineScripts } from '../adapters/fixture-page';
import { badgeHosts, panelHost, realWorker, type TestWorker } from './harness';

/** What the workbench entry carries (the part these tests visit). */
const workbench: Features = { home: runWorkbenchHome, 'goods-list': runGoodsList };

describe('content script start', () => {
  let ctx: ContentScriptContext;
  let worker: TestWorker;
  let running: Running;

  beforeEach(() => {
    fakeBrowser.reset();
    ctx = new ContentScriptContext('kuaishou-start-test');
    worker = realWorker();
  });
  afterEach(() => ctx.abort());

  it('routes by URL alone', () => {
    expect(routeOf('https://s.kwaixiaodian.com/zone/home')).toBe('home');
    expect(routeOf('https://s.kwaixiaodian.com/zone/goods/v1/list')).toBe('goods-list');
    expect(routeOf('https://s.kwaixiaodian.com/zone/finance')).toBeNull();
  });

  it('follows the SPA from the home to the goods list without a page load', async () => {
    loadFixture('workbench-home.html', { url: 'https://s.kwaixiaodian.com/zone/home' });
    running = startContentScript(ctx, { send: worker.send, features: workbench });
    await vi.waitFor(() => expect(panelHost()?.dataset.checkPanel).toBe('signup'));
    expect(running.route).toBe('home');

    runInlineScripts(document, 'goods-link');
    (document.getElementById('goods-link') as HTMLButtonElement).click();
    // WXT notices the pushState (navigation API or its 1 s poll) and fires wxt:locationchange.
    await vi.waitFor(() => expect(running.route).toBe('goods-list'), { timeout: 3000 });
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(3), { timeout: 3000 });
    expect(panelHost()).toBeNull();
    expect(badgeHosts().map((host) => host.dataset.checkItem)).toEqual([
      '25812911614326',
      '25801234567811',
      '25801234567822',
    ]);
  });

  it('runs nothing on a page whose feature another content script carries', async () => {
    loadFixture('goods-list.html', { url: 'https://s.kwaixiaodian.com/zone/goods/v1/list' });
    running = startContentScript(ctx, { send: worker.send, features: { home: runWorkbenchHome } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(running.route).toBeNull();
    expect(running.feature).toBeNull();
    expect(badgeHosts()).toHaveLength(0);
    expect(worker.of('verdicts')).toHaveLength(0);
  });

  it('never throws into the page when the worker is gone, and logs once', async () => {
    loadFixture('goods-list.html', { url: 'https://s.kwaixiaodian.com/zone/goods/v1/list' });
    worker.fail = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(
      () => (running = startContentScript(ctx, { send: worker.send, features: workbench })),
    ).not.toThrow();
    await vi.waitFor(() => expect(worker.of('verdicts').length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const evaluateWarnings = warn.mock.calls.filter((call) => call[1] === 'evaluate');
    expect(evaluateWarnings).toHaveLength(1);
    expect(String(warn.mock.calls[0]?.[0])).toBe('[快手助手]');
    // The failure is remembered: no retry storm on every frame.
    expect(worker.of('verdicts')).toHaveLength(1);
    warn.mockRestore();
  });

  it('removes everything it drew when the extension is reloaded (context invalidated)', async () => {
    loadFixture('goods-list.html', { url: 'https://s.kwaixiaodian.com/zone/goods/v1/list' });
    running = startContentScript(ctx, { send: worker.send, features: workbench });
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(12));
    ctx.abort();
    expect(badgeHosts()).toHaveLength(0);
    expect(running.feature).toBeNull();
  });

  it('does not inject twice when a second script instance starts', async () => {
    loadFixture('goods-list.html', { url: 'https://s.kwaixiaodian.com/zone/goods/v1/list' });
    running = startContentScript(ctx, { send: worker.send, features: workbench });
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(12));
    // A newer instance (same script name) invalidates the old one, as after an extension update.
    const second = new ContentScriptContext('kuaishou-start-test');
    startContentScript(second, { send: worker.send, features: workbench });
    await vi.waitFor(() => expect(ctx.isInvalid).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(badgeHosts()).toHaveLength(12);
    expect(new Set(badgeHosts().map((host) => host.dataset.checkItem)).size).toBe(12);
    second.abort();
  });
});
