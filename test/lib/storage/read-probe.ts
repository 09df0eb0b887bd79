/**
 * What a test reads of WXT's fake `storage.local`: full reads (`get()` / `get(null)`) and how many
 * stored values came back. Gives the fake the `getKeys()` Chromium 130+ and Firefox 143+ have
 * (call after `fakeBrowser.reset()`); `withoutGetKeys` is an older browser.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Area = Omit<typeof fakeBrowser.storage.local, 'getKeys'> & {
  getKeys?: () => Promise<string[]>;
};

export function probeStorageReads(
  options: {
    withoutGetKeys?: boolean;
    /** The key list is taken when asked but answered this much later (writes land meanwhile). */
    keyListingDelayMs?: number;
  } = {},
) {
  const area = fakeBrowser.storage.local as Area;
  const get = area.get.bind(area);
  const reads = { full: 0, values: 0, keyListings: 0 };
  if (options.withoutGetKeys) delete area.getKeys;
  else
    area.getKeys = async () => {
      reads.keyListings += 1;
      const keys = Object.keys(await get(null));
      const delay = options.keyListingDelayMs;
      if (delay !== undefined) await new Promise((resolve) => setTimeout(resolve, delay));
      return keys;
    };
  area.get = (async (keys?: unknown) => {
    if (keys === null || keys === undefined) reads.full += 1;
    const found = await get(keys as never);
    reads.values += Object.keys(found).length;
    return found;
  }) as typeof area.get;
  return {
    reads,
    reset() {
      reads.full = 0;
      reads.values = 0;
      reads.keyListings = 0;
    },
  };
}
