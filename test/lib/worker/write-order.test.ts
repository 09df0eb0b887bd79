/**
 * Writes that cannot lose each other (issue 10): interleaved messages fired at the real worker
 * handlers over WXT's fake browser storage, then what is stored is counted.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import type { MessageType, Observation, Response, ResponseData } from '@/core/messages';
import { createWorker } from '@/lib/worker/handlers';

const now = Date.UTC(2023, 1, 20, 2, 0, 0); // 2023-02-20 10:00 Shanghai
let worker: ReturnType<typeof createWorker>;
beforeEach(() => {
  fakeBrowser.reset();
  worker = createWorker(undefined, () => now);
});

async function ok<T extends MessageType>(message: { type: T } & Record<string, unknown>) {
  const reply = (await worker.handle(message)) as Response<T>;
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error}`);
  return reply.data as ResponseData[T];
}

const sighting = (index: number, at = now): Observation => ({
  itemId: `2580${String(index).padStart(6, '0')}`,
  fen: 1000 + index,
  at,
  pageKind: 'goods-list',
  priceKind: 'sale',
  source: 'page',
});
const historyKeys = async () =>
  Object.keys(await storage.snapshot('local')).filter((key) => key.startsWith('history:'));

describe('settings saves at once', () => {
  it('keeps both: the popup language and a content script panel state', async () => {
    await Promise.all([
      ok({ type: 'set-settings', patch: { language: 'en' } }),
      ok({ type: 'set-settings', patch: { collapsed: { 'goods-list': true } } }),
      ok({ type: 'set-settings', patch: { collapsed: { detail: true } } }),
      ok({ type: 'set-settings', patch: { merchant: { experienceScore: 4.6 } } }),
      ok({ type: 'set-settings', patch: { merchant: { onTimeShipRate30d: 0.95 } } }),
    ]);
    const stored = await ok({ type: 'get-settings' });
    expect(stored.language).toBe('en');
    expect(stored.collapsed).toMatchObject({ 'goods-list': true, detail: true });
    expect(stored.merchant).toMatchObject({ experienceScore: 4.6, onTimeShipRate30d: 0.95 });
  });

  it('an import and a reset of the pack at once leave storage agreeing with the answer', async () => {
    const pack = await ok({ type: 'get-pack' });
    const [, reset] = await Promise.all([
      ok({ type: 'import-pack', pack: { ...(pack as object), version: 'custom-9' } }),
      ok({ type: 'reset-pack' }),
    ]);
    const restarted = createWorker(undefined, () => now);
    const current = await restarted.handle({ type: 'get-pack' });
    expect(current.ok && (current.data as { version: string }).version).toBe(reset.version);
  });
});

describe('reset-all and clear-history hold the writes off', () => {
  it('1 000 history keys recorded while a reset runs do not come back after it', async () => {
    const observations = Array.from({ length: 1000 }, (_, index) => sighting(index));
    const record = worker.handle({ type: 'record-observations', observations });
    const reset = worker.handle({ type: 'reset-all' });
    await Promise.all([record, reset]);
    expect(await historyKeys()).toEqual([]);
  });

  it('prices queued with a verdict question before a reset are dropped by it', async () => {
    const observations = Array.from({ length: 300 }, (_, index) => sighting(index));
    const asked = worker.handle({ type: 'verdicts', requests: [{}], observations });
    const reset = worker.handle({ type: 'reset-all' });
    await Promise.all([asked, reset]);
    await worker.idle();
    expect(await historyKeys()).toEqual([]);
  });

  it('a record sent after the reset is kept', async () => {
    await ok({ type: 'reset-all' });
    await ok({ type: 'record-observations', observations: [sighting(1)] });
    expect(await historyKeys()).toEqual(['history:2580000001']);
  });

  it('clear-history while records arrive leaves no old item behind', async () => {
    await ok({ type: 'record-observations', observations: [sighting(1, now - 3_600_000)] });
    const clear = worker.handle({ type: 'clear-history' });
    const late = worker.handle({
      type: 'record-observations',
      observations: [sighting(2)],
    });
    await Promise.all([clear, late]);
    // The clear waited for nothing older; the record after it stands.
    const keys = await historyKeys();
    expect(keys).not.toContain('history:2580000001');
  });
});

describe('prices sent with the question', () => {
  it('answers first and writes after, coalesced per item', async () => {
    const observations = [sighting(1), { ...sighting(1), fen: 999, at: now + 1 }, sighting(2)];
    const answer = await ok({ type: 'verdicts', requests: [{}], observations });
    expect(answer).toHaveLength(1);
    await worker.idle();
    const history = await ok({ type: 'price-history', itemId: '2580000001' });
    // The later price of I1 superseded the earlier one in the queue.
    expect(history.points.map((point) => point.fen)).toEqual([999]);
    expect((await ok({ type: 'price-history', itemId: '2580000002' })).count).toBe(1);
  });

  it('refuses observations more than a day ahead and says how many', async () => {
    const result = await ok({
      type: 'record-observations',
      observations: [sighting(1, now + 86_400_000 + 1), sighting(2, now + 86_400_000)],
    });
    expect(result).toEqual({ stored: 1, refused: 1 });
  });
});

describe('a full storage', () => {
  it('says so in words on a settings save, never "invalid"', async () => {
    const quota = new Error('QUOTA_BYTES quota exceeded');
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(quota);
    const reply = await worker.handle({ type: 'set-settings', patch: { language: 'en' } });
    spy.mockRestore();
    expect(reply).toMatchObject({
      ok: false,
      code: 'storage-full',
      error: expect.stringContaining('存储空间已满 — 清理价格记录'),
    });
    expect(!reply.ok && reply.error).not.toMatch(/invalid/);
  });
});

describe('storage use and cleanup', () => {
  it('reports bytes against the budget, and the cleanup sweeps', async () => {
    await ok({ type: 'record-observations', observations: [sighting(1), sighting(2)] });
    const usage = await ok({ type: 'storage-usage' });
    expect(usage).toMatchObject({ items: 2, budgetBytes: 64 * 1024 * 1024 });
    expect(usage.bytes).toBeGreaterThan(100);
    const cleaned = await ok({ type: 'cleanup-history' });
    expect(cleaned.sweptAt).toBe(now);
    expect(cleaned.items).toBe(2);
  });
});

describe('restore settings', () => {
  it('replaces only the settings the preview named, and refuses what is not a valid setting', async () => {
    await ok({ type: 'set-settings', patch: { lookbackDays: 30 } });
    const restored = await ok({
      type: 'restore-settings',
      settings: { language: 'en', merchant: { experienceScore: 4.4 } },
    });
    expect(restored).toMatchObject({ language: 'en', lookbackDays: 30 });
    expect(restored.merchant.experienceScore).toBe(4.4);
    expect((await ok({ type: 'get-settings' })).language).toBe('en');
    for (const settings of [{ lookbackDays: -3 }, { theme: 'dark' }, {}]) {
      const reply = await worker.handle({ type: 'restore-settings', settings });
      expect(reply.ok).toBe(false);
    }
    expect(await ok({ type: 'get-settings' })).toEqual(restored);
  });
});
