/**
 * Scoped DOM watching: ONE MutationObserver on the container that matters (the goods table body,
 * the cart list), never `document.body`'s subtree — so a chat adding dozens of nodes a second costs
 * the extension nothing. The container is looked up again on a slow timer, because SPAs replace it
 * (navigation, re-render) and a virtualised list may mount late.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guard } from './log';
import { isOwnHost } from './own-hosts';

/** True when a batch of records is only the extension inserting or removing its own hosts. */
function onlyOwnMutations(records: readonly MutationRecord[]): boolean {
  return records.every(
    (record) =>
      record.type === 'childList' &&
      Array.from(record.addedNodes).every(isOwnHost) &&
      Array.from(record.removedNodes).every(isOwnHost),
  );
}

export interface ContainerWatch {
  /** The container being watched now, or null while it is not on the page. */
  current(): Element | null;
  /**
   * Goes up whenever the page changed the container (or it was replaced): equal numbers mean the
   * page's last read still stands. Mutation records arrive before any later task runs, so a
   * reader in a later task (an answer from the worker) sees every change made before it.
   */
  version(): number;
  stop(): void;
}

export function watchContainer(
  ctx: ContentScriptContext,
  options: {
    kind: string;
    find: () => Element | null;
    /** Called (unbatched; pass a batcher's `schedule`) when the container or its content changed. */
    onChange: () => void;
    /** How often to look for a container that is missing or was replaced. */
    refindMs?: number;
  },
): ContainerWatch {
  let container: Element | null = null;
  let version = 0;
  const observer = new MutationObserver((records) => {
    if (onlyOwnMutations(records)) return;
    version += 1;
    options.onChange();
  });
  const refind = () =>
    guard(`${options.kind}: find container`, () => {
      if (container?.isConnected) return;
      const found = options.find();
      if (found === container) return;
      observer.disconnect();
      container = found;
      version += 1;
      if (found) {
        observer.observe(found, { childList: true, subtree: true, characterData: true });
      }
      options.onChange();
    });
  refind();
  const timer = ctx.setInterval(refind, options.refindMs ?? 1000);
  const stop = () => {
    clearInterval(timer);
    observer.disconnect();
  };
  ctx.onInvalidated(stop);
  return {
    current: () => (container?.isConnected ? container : null),
    version: () => version,
    stop,
  };
}
