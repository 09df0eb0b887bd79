/**
 * 直播助手 (`zs.kwaixiaodian.com/page/helper`): the cart is a react-virtuoso list — only visible
 * rows exist and a row element is REUSED for another product on scroll, so every read returns the
 * product each row shows now; nothing is remembered per row element.
 */
import { leafElements, readItemId, textOf } from './read-text';
import { readItemCard } from './item-card';
import type { ItemRead } from './types';

export function findConsoleList(root: ParentNode): Element | null {
  return (
    root.querySelector('[data-test-id="virtuoso-item-list"]') ??
    root.querySelector('[class^="list-container"] [class^="list"]:not([class^="list-item"])') ??
    null
  );
}

function rows(list: Element): Element[] {
  const items = Array.from(list.querySelectorAll('[class^="list-item"]'));
  return items.length > 0 ? items : Array.from(list.children);
}

export function readConsoleRows(list: Element): ItemRead[] {
  const read: ItemRead[] = [];
  for (const row of rows(list)) {
    const item = readItemCard(row);
    if (item) read.push(item);
  }
  return read;
}

/**
 * The product being explained: the 讲解中 card outside the list (it stays when its row scrolls
 * away), else the list row that says 讲解中 / 结束讲解.
 */
export function readExplaining(root: ParentNode, list: Element | null): ItemRead | null {
  for (const leaf of leafElements(root)) {
    if (textOf(leaf) !== '讲解中' || list?.contains(leaf)) continue;
    for (let card = leaf.parentElement; card; card = card.parentElement) {
      if (readItemId(textOf(card))) {
        const item = readItemCard(card, { explaining: true });
        if (item) return item;
        break;
      }
    }
  }
  return list
    ? (readConsoleRows(list).find((item) => item.product.live?.explaining) ?? null)
    : null;
}
