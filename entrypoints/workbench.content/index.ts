/**
 * The merchant workbench (s.kwaixiaodian.com): home metrics, goods list, goods form, campaign
 * signup and the product detail preview.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/lib/content/entry';
import { runDetail } from '@/lib/content/pages/detail';
import { runGoodsForm } from '@/lib/content/pages/goods-form';
import { runGoodsList } from '@/lib/content/pages/goods-list';
import { runSignup } from '@/lib/content/pages/signup';
import { runWorkbenchHome } from '@/lib/content/pages/workbench-home';

export default defineContentScript({
  matches: ['https://s.kwaixiaodian.com/*'],
  // The UI stylesheet is bundled and adopted by every shadow root (lib/content/mount.ts).
  cssInjectionMode: 'manual',
  main(ctx) {
    runContentScript(ctx, {
      home: runWorkbenchHome,
      'goods-list': runGoodsList,
      'goods-form': runGoodsForm,
      signup: runSignup,
      detail: runDetail,
    });
  },
});
