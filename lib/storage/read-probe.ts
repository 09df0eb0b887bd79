/**
 * The e2e build's count of storage reads (issue 21), on `WXT_STORAGE_PROBE=true` builds only:
 * elsewhere the condition is false when the bundle is built and the code is dropped. It counts
 * every `storage.local.get` of this context — reads of everything (`get()` / `get(null)`) and the
 * values that came back — on `globalThis.__storageReads`, so a real-browser test can assert that
 * opening the options page reads a few values and never the whole history, without timing
 * anything.
 */
export interface StorageReads {
  calls: number;
  /** `get()` / `get(null)`: every stored value. */
  full: number;
  /** Values answered, all calls together. */
  values: number;
  /** `getKeys()`: cheap in values, but it walks the whole store (~1 s at the budget). */
  keyListings: number;
}

type Found = Record<string, unknown> | undefined;
type Get = (...args: unknown[]) => Promise<Found> | undefined;
type GetKeys = (...args: unknown[]) => Promise<string[]> | undefined;

export function installStorageReadProbe(): void {
  if (import.meta.env.WXT_STORAGE_PROBE !== 'true') return;
  const api = globalThis as unknown as Record<'browser' | 'chrome', { storage?: unknown }>;
  // The browser's own object, which WXT's storage calls (Firefox: `browser`, Chromium: `chrome`).
  const area = (
    (api.browser?.storage ?? api.chrome?.storage) as { local?: { get: Get; getKeys?: GetKeys } }
  )?.local;
  if (!area) return;
  const reads: StorageReads = { calls: 0, full: 0, values: 0, keyListings: 0 };
  const original = area.get;
  area.get = (...args: unknown[]) => {
    // webextension-polyfill passes a callback; the browsers answer a promise without one.
    const callback =
      typeof args.at(-1) === 'function' ? (args.pop() as (found: Found) => void) : null;
    reads.calls += 1;
    if (args[0] === null || args[0] === undefined) reads.full += 1;
    const counted = (original.apply(area, args) as Promise<Found>).then((found) => {
      reads.values += Object.keys(found ?? {}).length;
      return found;
    });
    if (!callback) return counted;
    void counted.then(callback, () => callback(undefined));
    return undefined;
  };
  const getKeys = area.getKeys;
  if (getKeys) {
    area.getKeys = (...args: unknown[]) => {
      reads.keyListings += 1;
      return getKeys.apply(area, args);
    };
  }
  Object.assign(globalThis, { __storageReads: reads });
}
