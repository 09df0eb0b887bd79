/**
 * Which surface a URL is: pure URL → kind, like refined-github's pageDetect, so every feature asks
 * the same question the same way and the answer is tested without a browser.
 * Query strings and trailing slashes never change the kind; an unreadable URL is no kind.
 */
import type { PageKind } from './settings';
import { isItemId } from './facts/item-id';

const WORKBENCH = 's.kwaixiaodian.com';

interface Route {
  host: string;
  kind: PageKind;
  /** Exact paths (after dropping a trailing slash). */
  paths?: readonly string[];
  /** Path prefixes that end in `/` (a folder of pages). */
  prefixes?: readonly string[];
}

const routes: readonly Route[] = [
  { host: WORKBENCH, kind: 'goods-list', paths: ['/zone/goods/v1/list', '/zone/goods/list'] },
  {
    host: WORKBENCH,
    kind: 'goods-form',
    paths: [
      '/zone/goods/config/release/add',
      '/zone/goods/config/release/detail',
      '/zone/goods/config/release/edit',
      '/zone/goods/nexus/self/release/add',
      '/zone/goods/nexus/self/release/edit',
    ],
  },
  { host: WORKBENCH, kind: 'signup', prefixes: ['/zone/business-invitation/'] },
  { host: WORKBENCH, kind: 'detail', paths: ['/zone/goods/detail'] },
  { host: 'app.kwaixiaodian.com', kind: 'detail', paths: ['/web/kwaishop-goods-detail-page-app'] },
  { host: 'zs.kwaixiaodian.com', kind: 'live-console', paths: ['/page/helper'] },
  { host: 'live.kuaishou.com', kind: 'live-room', prefixes: ['/u/'] },
];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** `/zone/goods/list/` and `/zone/goods/list` are one page. */
function cleanPath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}

export function pageKind(url: string): PageKind | null {
  const parsed = parse(url);
  if (!parsed || !/^https?:$/.test(parsed.protocol)) return null;
  const path = cleanPath(parsed.pathname);
  for (const route of routes) {
    if (route.host !== parsed.hostname) continue;
    if (route.paths?.includes(path)) return route.kind;
    // A prefix needs something after it: `/u/` alone is no room.
    if (route.prefixes?.some((prefix) => path.startsWith(prefix) && path.length > prefix.length)) {
      return route.kind;
    }
  }
  return null;
}

/** The workbench home: no page kind of its own, but it shows the merchant's metrics. */
export function isWorkbenchHome(url: string): boolean {
  const parsed = parse(url);
  return parsed?.hostname === WORKBENCH && cleanPath(parsed.pathname) === '/zone/home';
}

/** `https://live.kuaishou.com/u/3xkz9fa2` → `3xkz9fa2`: the room is named by its author's id. */
export function liveRoomId(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || pageKind(url) !== 'live-room') return null;
  const id = parsed.pathname.split('/')[2];
  return id ? decodeURIComponent(id) : null;
}

/** The item id a URL names (`?id=` on a detail page, `?itemId=` on the edit form). */
export function urlItemId(url: string): string | null {
  const parsed = parse(url);
  if (!parsed) return null;
  const id = parsed.searchParams.get('itemId') ?? parsed.searchParams.get('id');
  return id && isItemId(id.trim()) ? id.trim() : null;
}
