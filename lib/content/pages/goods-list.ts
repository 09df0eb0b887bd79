/** Workbench goods list: a badge beside every price, 每日仅需 for products from 100 元. */
import { findGoodsTableBody, readGoodsList } from '@/lib/adapters/goods-list';
import type { ContentEnv } from '../env';
import { runItemPage, type ItemPage } from '../item-page';

export function runGoodsList(env: ContentEnv): ItemPage {
  return runItemPage(env, {
    kind: 'goods-list',
    containers: [() => findGoodsTableBody(env.doc)],
    dailyForAllFrom100: true,
    read: ([body]) => ({
      slots:
        body instanceof HTMLTableSectionElement
          ? readGoodsList(body).map((item) => ({ key: `row:${item.itemId}`, item }))
          : [],
    }),
  });
}
