/**
 * 直播助手: a badge on every cart row — following the product, not the reused row — and a panel
 * for the product being explained (讲解中): D-LIVE, its 分期免息 figure, the 先用后付 hints.
 */
import { findConsoleList, findExplainedCard, readConsole } from '@/lib/adapters/live-console';
import type { ContentEnv } from '../env';
import type { ItemRead } from '@/lib/adapters/types';
import { createPanelHost } from '../panel-host';
import { runItemPage, withKnownTags, type ItemPage } from '../item-page';

export function runLiveConsole(env: ContentEnv): ItemPage {
  // Rows scroll away; what a row showed of a product is remembered for its 讲解中 card.
  const seen = new Map<string, ItemRead>();
  return runItemPage(env, {
    kind: 'live-console',
    panelHost: createPanelHost,
    // The explained card outside the list is watched on its own, so a change there is seen too.
    containers: [
      () => findConsoleList(env.doc),
      () => findExplainedCard(env.doc, findConsoleList(env.doc)),
    ],
    read: ([list]) => {
      const { rows, explaining: card } = readConsole(env.doc, list ?? null);
      for (const row of rows) seen.set(row.itemId, row);
      const explaining = card ? withKnownTags(card, seen.get(card.itemId)) : null;
      return {
        slots: rows.map((item) => ({ key: `row:${item.itemId}`, item })),
        panel: explaining
          ? {
              key: `explain:${explaining.itemId}`,
              item: explaining,
              title: {
                zh: `讲解中：${explaining.product.title ?? explaining.itemId}`,
                en: `Explaining: ${explaining.product.title ?? explaining.itemId}`,
              },
            }
          : null,
      };
    },
  });
}
