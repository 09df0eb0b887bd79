/** Viewers' live rooms (live.kuaishou.com). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/lib/content/entry';
import { runLiveRoom } from '@/lib/content/pages/live-room';

export default defineContentScript({
  matches: ['https://live.kuaishou.com/*'],
  // The UI stylesheet is bundled and adopted by every shadow root (lib/content/mount.ts).
  cssInjectionMode: 'manual',
  main(ctx) {
    runContentScript(ctx, { 'live-room': runLiveRoom });
  },
});
