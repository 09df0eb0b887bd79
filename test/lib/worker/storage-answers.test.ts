/**
 * What the options page asks when it opens — settings, storage use, the backups, the recorded
 * items — reads a few small values whatever the history holds, and never everything (issue 21:
 * each full read held every tab's verdict question behind it for seconds at the budget).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageType, Observation, Response, ResponseData } from '@/core/messages';
import { listSettingsBackups } from '@/lib/storage/backups';
import { createWorker } from '@/lib/worker/handlers';
import { probeStorageReads } from '../storage/read-probe';

const now = Date.UTC(2023, 1, 20, 2, 0, 0);
const day = 86_400_000;

beforeEach(() => fakeBrowser.reset());

async function ok<T extends MessageType>(
  worker: ReturnType<typeof createWorker>,
  message: { type: T } & Record<string, unknown>,
) {
  const reply = (await worker.handle(message)) as Response<T>;
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error}`);
  return reply.data as ResponseData[T];
}

/** `count` items seen on 5 days each, recorded through the worker's own message. */
async function fill(worker: ReturnType<typeof createWorker>, count: number) {
  const observations: Observation[] = [];
  for (let index = 0; index < count; index += 1) {
    for (let back = 0; back < 5; back += 1) {
      observations.push({
        itemId: `2589${String(index).padStart(8, '0')}`,
        fen: 1000 + index,
        at: now - back * day,
        pageKind: 'goods-list',
        priceKind: 'sale',
        source: 'page',
      });
    }
  }
  await ok(worker, { type: 'record-observations', observations });
}

/** Everything the options page reads as it opens; how much storage that took. */
async function openOptionsPage(worker: ReturnType<typeof createWorker>) {
  const probe = probeStorageReads();
  const [, usage] = await Promise.all([
    ok(worker, { type: 'get-settings' }),
    ok(worker, { type: 'storage-usage' }),
    listSettingsBackups(),
  ]);
  return { usage, reads: { ...probe.reads } };
}

describe('the options page opening', () => {
  it('reads the same few values with 20 items recorded or 400, and never everything', async () => {
    const read = [];
    for (const count of [20, 400]) {
      fakeBrowser.reset();
      const worker = createWorker(undefined, () => now);
      await fill(worker, count);
      // The first opening builds the backups' index from one key listing; later ones list nothing.
      expect((await openOptionsPage(worker)).reads).toMatchObject({ full: 0, keyListings: 1 });
      const opened = await openOptionsPage(worker);
      expect(opened.usage.items).toBe(count);
      expect(opened.reads).toMatchObject({ full: 0, keyListings: 0 });
      read.push(opened.reads.values);
    }
    expect(read[1]).toBe(read[0]);
    expect(read[0]).toBeLessThanOrEqual(5);
  });

  it("a worker restarted since the last write answers the storage view from storage's totals", async () => {
    await fill(
      createWorker(undefined, () => now),
      30,
    );
    const restarted = createWorker(undefined, () => now);
    const opened = await openOptionsPage(restarted);
    expect(opened.usage).toMatchObject({ items: 30 });
    expect(opened.usage.bytes).toBeGreaterThan(30 * 100);
    expect(opened.reads.full).toBe(0);
  });
});
