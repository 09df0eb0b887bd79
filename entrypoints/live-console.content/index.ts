/** The merchant's live console (zs.kwaixiaodian.com). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/lib/content/entry';
import { runLiveConsole } from '@/lib/content/pages/live-console';

export default defineContentScript({
  matches: ['https://zs.kwaixiaodian.com/*'],
  // The UI stylesheet is bundled and adopted by every shadow root (lib/content/mount.ts).
  cssInjectionMode: 'manual',
  main(ctx) {
    runContentScript(ctx, { 'live-console': runLiveConsole });
  },
});
