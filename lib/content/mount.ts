/**
 * Every surface the extension draws goes into its own shadow root: the page's CSS cannot restyle
 * it and ours cannot leak out. Preact renders into a container inside the root.
 * The stylesheet text comes once from the worker with the labels (`get-labels`; not bundled: size
 * budget), is parsed ONCE into a constructed sheet, and every shadow root adopts that same sheet —
 * 200 badges share one parsed copy instead of parsing the CSS 200 times.
 *
 * Why not WXT's `createShadowRootUi`: it is async (a promise chain per badge), wraps every root in
 * an <html><head><style><body> tree and registers an invalidation listener per UI; for 200 badges
 * that was most of the mounting time and ~2 KB gzip of each content script. Here mounting is
 * synchronous, one host + root + container, and the features remove their UI when the context
 * ends (lib/content/start.ts stops the running feature on invalidation).
 */
import { render, type ComponentChild } from 'preact';
import { registerOwnHost, shadowRootMode } from './own-hosts';

export interface MountedUi {
  host: HTMLElement;
  render(vnode: ComponentChild): void;
  remove(): void;
}

export type MountUi = (options: {
  name: 'ks-check-badge' | 'ks-check-panel';
  anchor: Element;
  /** `after` the anchor (beside an inline price) or as its `last` child. */
  append: 'after' | 'last';
}) => MountedUi;

/**
 * The host reset, then our CSS. `!important` matters: a page rule like `* { all: unset; font-size: 40px !important }` matches
 * the host in the page's scope, and only an important `:host` declaration beats it.
 */
export function shadowCss(): string {
  return `:host{all:initial !important;}\n${uiCss}`;
}

let uiCss = '';
let sharedSheet: CSSStyleSheet | null | undefined;
/** Whether this browser takes a content script's sheet in `adoptedStyleSheets` (see below). */
let adoption: 'works' | 'fails' | undefined;

/** Called once with `components/ui.css` as the worker sends it, before anything is mounted. */
export function registerUiCss(css: string): void {
  uiCss = css;
  sharedSheet = undefined;
  adoption = undefined;
}

/** The one parsed sheet, or null where constructed sheets are not available. */
function uiSheet(): CSSStyleSheet | null {
  if (sharedSheet !== undefined) return sharedSheet;
  try {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(shadowCss());
  } catch {
    sharedSheet = null;
  }
  return sharedSheet;
}

/**
 * Styles a shadow root with the shared sheet. Firefox content scripts see the page's objects
 * through Xray wrappers: assigning a content-script array (or sheet) to `adoptedStyleSheets` may
 * throw or be silently dropped there — then the root gets its own <style> text, as before.
 */
export function styleShadowRoot(shadow: ShadowRoot): void {
  const sheet = uiSheet();
  if (sheet && adoption !== 'fails') {
    try {
      shadow.adoptedStyleSheets = [sheet];
      // Checked on the first root only: reading the list back costs as much as setting it,
      // 200 times over on a full cart, and the answer is the same for every root of a page.
      adoption ??= shadow.adoptedStyleSheets.length === 1 ? 'works' : 'fails';
      if (adoption === 'works') return;
    } catch {
      adoption = 'fails';
    }
  }
  const style = document.createElement('style');
  style.textContent = shadowCss();
  shadow.prepend(style);
}

/** Keys typed into a card or panel stay ours: the workbench has global keyboard shortcuts. */
const stopPropagation = (event: Event) => event.stopPropagation();

export function shadowMounter(): MountUi {
  return ({ name, anchor, append }) => {
    const doc = anchor.ownerDocument;
    const host = doc.createElement(name);
    // Closed: the page's scripts cannot rewrite a verdict inside it (own-hosts.ts keeps the handle).
    const shadow = host.attachShadow({ mode: shadowRootMode });
    registerOwnHost(host, shadow);
    styleShadowRoot(shadow);
    const container = doc.createElement(name === 'ks-check-badge' ? 'span' : 'div');
    for (const type of ['keydown', 'keyup', 'keypress']) {
      container.addEventListener(type, stopPropagation);
    }
    shadow.append(container);
    // An inline badge sits in the flow of a price cell; a custom element is inline by default.
    if (name === 'ks-check-badge') host.style.display = 'inline-block';
    if (append === 'after') anchor.after(host);
    else anchor.append(host);
    return {
      host,
      render: (vnode) => render(vnode, container),
      remove: () => {
        render(null, container);
        host.remove();
      },
    };
  };
}
