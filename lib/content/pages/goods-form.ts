/**
 * Goods create/edit form: a panel that checks the deposit terms (D-RATIO, D-LOW90, D-HIKE,
 * D-STOCK, D-CAP, D-SUGGEST, D-LABEL-TEXT) and the installment plan while the merchant types.
 */
import { findGoodsForm, readGoodsForm } from '@/lib/adapters/goods-form';
import type { ContentEnv } from '../env';
import { runPanelPage, type PanelPage } from '../panel-page';

export function runGoodsForm(env: ContentEnv): PanelPage {
  return runPanelPage(env, {
    kind: 'goods-form',
    container: () => findGoodsForm(env.doc),
    followInput: true,
    debounceMs: 150,
    read: (form) => {
      const read = readGoodsForm(form, env.url());
      // What could not be read goes to the core as a fact; the core says what it means.
      const unreadable = read.problems.map((problem) => ({
        field: problem.field.slice(0, 64),
        text: problem.text.slice(0, 256),
        reason: 'not a number',
      }));
      return {
        request: { product: unreadable.length ? { ...read.product, unreadable } : read.product },
        historyItemId: read.itemId,
      };
    },
  });
}
