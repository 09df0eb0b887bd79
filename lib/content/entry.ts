/**
 * The shared wiring of every content script: the real worker client and this entry's features.
 * An entry (one per site family) names its hosts and its pages and nothing else.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { registerLabels } from '@/components/i18n';
import type { Labels } from '@/components/labels';
import { sendMessage } from '@/lib/messaging';
import { logOnce } from './log';
import { registerUiCss } from './mount';
import { startContentScript, type Features } from './start';

export function runContentScript(ctx: ContentScriptContext, features: Features): void {
  // The UI's words and CSS come from the worker (not bundled: size budget), before anything is
  // drawn. Without them (no worker answering) nothing could be checked either: the script idles.
  sendMessage({ type: 'get-labels' })
    .then(({ labels, css }) => {
      registerLabels(labels as Labels);
      registerUiCss(css);
      if (!ctx.isInvalid) startContentScript(ctx, { send: sendMessage, features });
    })
    .catch((error: unknown) => logOnce('get-labels', error));
}
