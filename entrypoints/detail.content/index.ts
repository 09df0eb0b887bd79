/** The buyers' product detail page (app.kwaixiaodian.com). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/lib/content/entry';
import { runDetail } from '@/lib/content/pages/detail';

export default defineContentScript({
  matches: ['https://app.kwaixiaodian.com/*'],
  // The UI stylesheet is bundled and adopted by every shadow root (lib/content/mount.ts).
  cssInjectionMode: 'manual',
  main(ctx) {
    runContentScript(ctx, { detail: runDetail });
  },
});
