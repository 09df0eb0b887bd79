/**
 * 直播助手: a badge on every cart row — following the product, not the reused row — and a panel
 * for the product being explained (讲解中): D-LIVE, its 分期免息 figure, the 先用后付 hints.
 */
import { findConsoleList, readConsoleRows, readExplaining } from '@/lib/adapters/live-console';
import { leafElements, textOf } from '@/lib/adapters/read-text';
import type { ContentEnv } from '../env';
import { runItemPage, type ItemPage } from '../item-page';

/** The 讲解中 card outside the list: watched on its own so a change there is seen too. */
function findExplainCard(doc: Document): Element | null {
  const list = findConsoleList(doc);
  const panel = doc.querySelector('[class^="live-panel"]') ?? doc.body;
  const leaf = leafElements(panel).find(
    (element) => textOf(element) === '讲解中' && !list?.contains(element),
  );
  return leaf?.parentElement ?? null;
}

export function runLiveConsole(env: ContentEnv): ItemPage {
  return runItemPage(env, {
    kind: 'live-console',
    containers: [() => findConsoleList(env.doc), () => findExplainCard(env.doc)],
    read: ([list]) => {
      const explaining = readExplaining(env.doc, list ?? null);
      return {
        slots: list
          ? readConsoleRows(list).map((item) => ({ key: `row:${item.itemId}`, item }))
          : [],
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
