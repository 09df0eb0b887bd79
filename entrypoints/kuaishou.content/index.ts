/**
 * The one content script: on the merchant workbench, the live console, the buyers' detail page
 * and viewer live rooms. `*://` so the fixture server (plain http, real host names) is matched too.
 */
import '@/components/ui.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '@/lib/content/start';
import { sendMessage } from '@/lib/messaging';

export default defineContentScript({
  matches: [
    '*://s.kwaixiaodian.com/*',
    '*://zs.kwaixiaodian.com/*',
    '*://app.kwaixiaodian.com/*',
    '*://live.kuaishou.com/*',
  ],
  cssInjectionMode: 'ui',
  main(ctx) {
    startContentScript(ctx, { send: sendMessage });
  },
});
