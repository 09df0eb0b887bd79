/**
 * The content scripts' router: which feature runs is decided by `pageKind(url)` alone, again on
 * every SPA navigation (`wxt:locationchange`). A feature is stopped (its badges and panel removed)
 * before the next starts; an extension reload invalidates the context and WXT removes every UI.
 * Each content script (one per site family) passes only its own features, so it bundles only the
 * pages of its hosts; a route without a feature in that map runs nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isWorkbenchHome, pageKind } from '@/core/page-kind';
import type { PageKind } from '@/core/settings';
import type { ContentEnv, Feature, Send } from './env';
import { guard } from './log';
import { shadowMounter, type MountUi } from './mount';
import { createHistoryCache, createObservationRecorder } from './observations';
import { createSettingsStore } from './settings-store';

export type Route = PageKind | 'home';

/** The features one content script carries, by route. */
export type Features = Partial<Record<Route, (env: ContentEnv) => Feature>>;

/** Pages about one item (or one room): a new id in the URL is a new page. */
const perUrl = new Set<Route>(['goods-form', 'signup', 'detail', 'live-room']);

export function routeOf(url: string): Route | null {
  return pageKind(url) ?? (isWorkbenchHome(url) ? 'home' : null);
}

export interface Running {
  route: Route | null;
  feature: Feature | null;
  env: ContentEnv;
  stop(): void;
}

export function startContentScript(
  ctx: ContentScriptContext,
  deps: {
    send: Send;
    features: Features;
    mount?: MountUi;
    doc?: Document;
    url?: () => string;
    now?: () => number;
  },
): Running {
  const send = deps.send;
  const now = deps.now ?? (() => Date.now());
  const env: ContentEnv = {
    ctx,
    send,
    settings: createSettingsStore(ctx, send),
    recorder: createObservationRecorder(ctx, send, now),
    history: createHistoryCache(send),
    mount: deps.mount ?? shadowMounter(),
    doc: deps.doc ?? document,
    url: deps.url ?? (() => location.href),
    now,
  };
  const running: Running = {
    route: null,
    feature: null,
    env,
    stop() {
      running.feature?.stop();
      running.feature = null;
      running.route = null;
      env.recorder.flush();
    },
  };
  let startedUrl = '';

  const route = () =>
    guard('route', () => {
      const url = env.url();
      const found = routeOf(url);
      // Another family's page (its own content script runs there) is no page for this one.
      const next = found && deps.features[found] ? found : null;
      if (next === running.route && (next === null || !perUrl.has(next) || url === startedUrl))
        return;
      running.stop();
      startedUrl = url;
      running.route = next;
      const run = next && deps.features[next];
      if (next && run) guard(next, () => (running.feature = run(env)));
    });

  route();
  ctx.addEventListener(window, 'wxt:locationchange', route);
  // Belt and braces: in Chromium, WXT hears SPA navigation through the Navigation API, whose
  // events a content script's isolated world does not always get; a URL check a second is cheap.
  ctx.setInterval(route, 1000);
  ctx.addEventListener(window, 'popstate', route);
  env.settings.subscribe(() => guard('settings', () => running.feature?.refresh()));
  ctx.onInvalidated(() => running.stop());
  return running;
}
