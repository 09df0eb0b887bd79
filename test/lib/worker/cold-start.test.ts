import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';

const contentScript = {
  id: 'test-extension-id',
  url: 'https://live.kuaishou.com/u/room1',
  tab: { id: 7, index: 0, url: 'https://live.kuaishou.com/u/room1' },
};

/** What the registered listener answers, as a content script on a live room would see it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a raw reply, checked field by field
async function send(message: unknown, sender: object = contentScript): Promise<any> {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  return reply;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('cold start', () => {
  it('answers its first message from what is already in storage', async () => {
    // What a previous life of the worker left behind: a v1 settings value and some history.
    await storage.setItem('local:settings', { lang: 'en', merchant: { experienceScore: 4.2 } });
    const at = Math.floor(Date.now() / 1000) - 3600;
    await storage.setItem('local:history:2580000000009', {
      at: [at],
      fen: [4200],
      kind: [5],
      src: [0],
    });

    const { default: background } = await import('@/entrypoints/background');
    background.main();
    // Sent in the same tick as main(): only a listener registered synchronously can answer it.
    const reply = await send({
      type: 'evaluate',
      // Every program, whatever the day (today no program of the 2023 pack is current).
      requests: [{ programScope: 'all', product: { itemId: '2580000000009', priceFen: 4000 } }],
    });
    expect(reply.ok).toBe(true);
    const report = reply.data[0].report;
    expect(report.checks.find((check: { id: string }) => check.id === 'M-EXP').status).toBe('fail');

    const history = await send({ type: 'price-history', itemId: '2580000000009' });
    // A v1 detail-page point is of unknown kind: kept and shown, never D-LOW90's low.
    expect(history.data).toMatchObject({
      lowFen: null,
      highFen: 4200,
      count: 0,
      points: [{ fen: 4200, kind: 'unknown' }],
    });
    const settings = await send({ type: 'get-settings' });
    expect(settings.data.language).toBe('en');
  });

  it('refuses a web page that is not ours', async () => {
    const { default: background } = await import('@/entrypoints/background');
    background.main();
    const reply = await send({ type: 'get-settings' }, {});
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
  });
});
