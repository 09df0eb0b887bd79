/** Product detail: D-MARK, D-SHIPTIME, D-ORIG and D-STYLE on the page as rendered. */
import { readDetail } from '@/lib/adapters/detail';
import type { ContentEnv } from '../env';
import { runPanelPage, type PanelPage } from '../panel-page';

export function runDetail(env: ContentEnv): PanelPage {
  return runPanelPage(env, {
    kind: 'detail',
    container: () => env.doc.body,
    read: () => {
      const read = readDetail(env.doc, env.url());
      const priceFen = read.product.priceFen;
      if (read.itemId && typeof priceFen === 'number')
        env.recorder.record(read.itemId, priceFen, 'detail', read.priceKind);
      const unreadable = read.priceProblem
        ? [{ field: 'price', text: '', reason: read.priceProblem }]
        : undefined;
      return {
        request: { product: unreadable ? { ...read.product, unreadable } : read.product },
        historyItemId: read.itemId,
      };
    },
  });
}
