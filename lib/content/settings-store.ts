/**
 * The settings as the content script sees them: fetched from the worker (`get-settings`), fetched
 * again whenever the popup changes them (`storage.onChanged`, key `settings` in `local`). Never
 * imports the zod schema (bundle budget); until the worker answers, defaults are assumed.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Lang } from '@/components/i18n';
import type { PageKind, Settings } from '@/core/settings';
import type { Send } from './env';
import { logOnce } from './log';

export interface SettingsStore {
  current(): Settings | null;
  ready: Promise<Settings | null>;
  subscribe(listener: () => void): () => void;
  /** Sends a partial patch (`set-settings`) and adopts what the worker stored. */
  patch(patch: Record<string, unknown>): Promise<void>;
}

export function langOf(settings: Settings | null): Lang {
  return settings?.language === 'en' ? 'en' : 'zh';
}

export function pageHidden(settings: Settings | null, kind: PageKind): boolean {
  return settings?.hiddenPages?.[kind] === true;
}

export function panelCollapsed(settings: Settings | null, kind: PageKind): boolean {
  return settings?.collapsed?.[kind] === true;
}

export function createSettingsStore(ctx: ContentScriptContext, send: Send): SettingsStore {
  let settings: Settings | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const fetchSettings = async (): Promise<Settings | null> => {
    try {
      settings = await send({ type: 'get-settings' });
    } catch (error) {
      logOnce('get-settings', error);
    }
    return settings;
  };
  // Features render with defaults at once and again when the real settings arrive.
  const ready = fetchSettings().then((fetched) => {
    notify();
    return fetched;
  });

  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !('settings' in changes)) return;
    void fetchSettings().then(notify);
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));

  return {
    current: () => settings,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async patch(patch) {
      try {
        settings = await send({ type: 'set-settings', patch });
        notify();
      } catch (error) {
        logOnce('set-settings', error);
      }
    },
  };
}
