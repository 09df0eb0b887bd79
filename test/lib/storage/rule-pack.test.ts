import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import bundled from '@/core/pack/default-pack.json';
import { defaultPack } from '@/core/pack';
import { createWorker } from '@/lib/worker/handlers';
import { allZeroPack, nestedJson } from '../../core/pack/hostile-packs';

describe('importing a rule pack when storage is full', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says the pack could not be saved, not that it is invalid, and keeps the current one', async () => {
    const worker = createWorker(undefined, () => Date.UTC(2023, 1, 20));
    const quota = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const reply = await worker.handle({
      type: 'import-pack',
      pack: { ...defaultPack, version: 'custom-2' },
    });
    quota.mockRestore();
    expect(reply.ok).toBe(false);
    expect(!reply.ok && (reply.issues ?? [])).toEqual([]);
    // Storage full, said in words (and as a code the options page recognises), never "invalid".
    expect(!reply.ok && reply.code).toBe('storage-full');
    expect(!reply.ok && reply.error).toContain('存储空间已满');
    expect(!reply.ok && reply.error).not.toMatch(/invalid/);
    const current = await worker.handle({ type: 'get-pack' });
    expect(current.ok && (current.data as { version: string }).version).toBe(defaultPack.version);
  });
});

describe('a pack whose thresholds ask nothing, or that no campaign can mean', () => {
  beforeEach(() => fakeBrowser.reset());
  const worker = () => createWorker(undefined, () => Date.UTC(2023, 1, 20));
  const versionInForce = async (w: ReturnType<typeof worker>) => {
    const reply = await w.handle({ type: 'get-pack' });
    return reply.ok && (reply.data as { version: string }).version;
  };
  // A format-1 file (today's format): its warnings name its own field paths.
  const asksNothing = () => {
    const pack = structuredClone(bundled);
    pack.version = 'no-score';
    pack.merchant.minExperienceScore = 0;
    return pack;
  };

  it('is not saved until the merchant confirms its warnings', async () => {
    const w = worker();
    const first = await w.handle({ type: 'import-pack', pack: asksNothing() });
    expect(first.ok && first.data).toEqual({
      version: 'no-score',
      unconfirmed: [
        { path: 'merchant.minExperienceScore', message: expect.stringContaining('M-EXP') },
      ],
    });
    expect(await versionInForce(w)).toBe(defaultPack.version);
    const confirmed = await w.handle({ type: 'import-pack', pack: asksNothing(), confirmed: true });
    expect(confirmed.ok && confirmed.data).toEqual({ version: 'no-score' });
    expect(await versionInForce(w)).toBe('no-score');
  });

  it('the audit’s all-zero pack and a 10 000-deep one are refused as invalid, by path', async () => {
    const w = worker();
    const zero = await w.handle({ type: 'import-pack', pack: allZeroPack(), confirmed: true });
    expect(!zero.ok && zero.issues?.map((issue) => issue.path)).toContain('deposit.ratioBp.max');
    const deep = await w.handle({ type: 'import-pack', pack: JSON.parse(nestedJson(10_000)) });
    expect(!deep.ok && deep.issues).toEqual([
      { path: '(root)', message: expect.stringContaining('nested 10000 levels deep') },
    ]);
    expect(await versionInForce(w)).toBe(defaultPack.version);
  });
});
