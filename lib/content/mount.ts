/**
 * Every surface the extension draws goes into its own shadow root (`createShadowRootUi`): the page's
 * CSS cannot restyle it and ours cannot leak out. Preact renders into the shadow container.
 * The entries use `cssInjectionMode: 'manual'`: the stylesheet text comes once from the worker
 * with the labels (`get-labels`; not bundled: size budget), is parsed ONCE into a constructed
 * sheet, and every shadow root adopts that same sheet — 200 badges share one parsed copy instead
 * of fetching and parsing the CSS 200 times.
 */
import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptAppendMode } from 'wxt/utils/content-script-ui/types';

export interface MountedUi {
  host: HTMLElement;
  render(vnode: ComponentChild): void;
  remove(): void;
}

export type MountUi = (options: {
  name: 'ks-check-badge' | 'ks-check-panel';
  anchor: Element;
  append: ContentScriptAppendMode;
}) => Promise<MountedUi>;

/**
 * WXT's own host reset (we pass `inheritStyles` so it adds no <style> per root), then our CSS.
 * `!important` matters: a page rule like `* { all: unset; font-size: 40px !important }` matches
 * the host in the page's scope, and only an important `:host` declaration beats it.
 */
export function shadowCss(): string {
  return `:host{all:initial !important;}\n${uiCss}`;
}

let uiCss = '';
let sharedSheet: CSSStyleSheet | null | undefined;

/** Called once with `components/ui.css` as the worker sends it, before anything is mounted. */
export function registerUiCss(css: string): void {
  uiCss = css;
  sharedSheet = undefined;
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
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    } catch {
      // falls through to the <style> copy
    }
  }
  const style = document.createElement('style');
  style.textContent = shadowCss();
  shadow.prepend(style);
}

export function shadowMounter(ctx: ContentScriptContext): MountUi {
  return async ({ name, anchor, append }) => {
    const ui = await createShadowRootUi<HTMLElement>(ctx, {
      name,
      position: 'inline',
      anchor,
      append,
      // The reset is in the shared sheet (see `shadowCss`): no per-root <style> from WXT.
      inheritStyles: true,
      // Keys typed into the card or panel stay ours (the workbench has global shortcuts).
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    styleShadowRoot(ui.shadow);
    ui.mount();
    // An inline badge sits in the flow of a table cell; a host is `display: block` otherwise.
    if (name === 'ks-check-badge') ui.shadowHost.style.display = 'inline-block';
    return {
      host: ui.shadowHost,
      render: (vnode) => render(vnode, ui.uiContainer),
      remove: () => ui.remove(),
    };
  };
}
