/**
 * The keys in `storage.local`, without their values. Listing what is stored by reading it all
 * (`get(null)`) moved the whole 58 MB history into the asking context and held every other
 * storage read behind it for seconds (issue 21). `getKeys()` — Chrome 130+, Firefox 143+ (so
 * Chromium 156 and Firefox ESR 153) — lists keys and reads no value; only a browser without it
 * pays the full read.
 */
import { browser } from 'wxt/browser';

interface KeyListingArea {
  getKeys?: () => Promise<string[]>;
  get(keys?: null): Promise<Record<string, unknown>>;
}

export async function listStoredKeys(): Promise<string[]> {
  const area = browser.storage.local as unknown as KeyListingArea;
  if (typeof area.getKeys === 'function') return area.getKeys();
  return Object.keys(await area.get(null));
}
