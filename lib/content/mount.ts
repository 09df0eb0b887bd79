/**
 * Every surface the extension draws goes into its own shadow root (`createShadowRootUi`): the page's
 * CSS cannot restyle it and ours cannot leak out. Preact renders into the shadow container.
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

export function shadowMounter(ctx: ContentScriptContext): MountUi {
  return async ({ name, anchor, append }) => {
    const ui = await createShadowRootUi<HTMLElement>(ctx, {
      name,
      position: 'inline',
      anchor,
      append,
      // Keys typed into the card or panel stay ours (the workbench has global shortcuts).
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
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
