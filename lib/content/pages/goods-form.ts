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
      return {
        request: { product: read.product },
        historyItemId: read.itemId,
        hints: read.problems.map((problem) => ({
          id: 'field-unreadable',
          message: {
            zh: `「${problem.field}」填写的「${problem.text}」无法识别为数值，相关检查为未知`,
            en: `"${problem.field}": "${problem.text}" is not a number; its checks are unknown`,
          },
          values: { field: problem.field, text: problem.text },
        })),
      };
    },
  });
}
