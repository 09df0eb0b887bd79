/**
 * The shared wiring of every content script: the real worker client and this entry's features.
 * An entry (one per site family) names its hosts and its pages and nothing else.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/lib/messaging';
import { startContentScript, type Features } from './start';

export function runContentScript(ctx: ContentScriptContext, features: Features): void {
  startContentScript(ctx, { send: sendMessage, features });
}
