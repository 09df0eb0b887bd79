import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultPack } from '@/core/pack';
import { createWorker } from '@/lib/worker/handlers';

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
