import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage, WorkerError } from '@/lib/messaging';

beforeEach(() => fakeBrowser.reset());

describe('sendMessage', () => {
  it('resolves with the data of an ok reply', async () => {
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) =>
      (message as { type: string }).type === 'clear-history'
        ? { ok: true, data: { removed: 3 } }
        : undefined,
    );
    await expect(sendMessage({ type: 'clear-history' })).resolves.toEqual({ removed: 3 });
  });

  it('throws a clear error, with the field paths, on a refusal', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => ({
      ok: false,
      error: 'the settings are invalid',
      issues: [{ path: 'lookbackDays', message: 'Too small' }],
    }));
    const failure = sendMessage({ type: 'set-settings', patch: { lookbackDays: 0 } });
    await expect(failure).rejects.toThrow(/set-settings.*the settings are invalid/);
    await expect(failure).rejects.toBeInstanceOf(WorkerError);
    await failure.catch((error: WorkerError) =>
      expect(error.issues).toEqual([{ path: 'lookbackDays', message: 'Too small' }]),
    );
  });

  it('throws when no worker answers', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => undefined);
    await expect(sendMessage({ type: 'get-settings' })).rejects.toThrow(/no answer/);
  });

  it('never pulls zod in at runtime (the content script bundles this file)', () => {
    const source = readFileSync(resolve(process.cwd(), 'lib/messaging.ts'), 'utf8');
    const runtimeModules = [...source.matchAll(/import\s+(?!type\b)[^;]*?from\s+'([^']+)'/g)].map(
      (match) => match[1],
    );
    expect(runtimeModules).toEqual(['wxt/browser']);
  });
});
