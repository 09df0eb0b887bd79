/**
 * 直播助手 (`zs.kwaixiaodian.com/page/helper`): the cart is a react-virtuoso list — only visible
 * rows exist and a row element is REUSED for another product on scroll, so every read returns the
 * product each row shows now; nothing is remembered per row element. A card names its item by an
 * `ID：` text or only by its element id (`c1goods-<itemId>`); its 序号 input is the cart position.
 */
import { leafElements, textOf } from './read-text';
import { cardItemId, readItemCard } from './item-card';
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
 * The card being explained outside the list (it stays when its row scrolls away): the card pinned
 * above the list as `inner_c1goods-<itemId>-recording`, else the card around a 讲解中 tag.
 */
export function findExplainedCard(root: ParentNode, list: Element | null): Element | null {
  const pinned = root.querySelector('[id^="inner_c1goods-"][id$="-recording"]');
  if (pinned && !pinned.closest('[hidden]')) return pinned;
  for (const leaf of leafElements(root)) {
    // A card the page has hidden (the explanation ended) says nothing any more.
    if (textOf(leaf) !== '讲解中' || list?.contains(leaf) || leaf.closest('[hidden]')) continue;
    // Up to the first box naming an item; a box around the list is no card (a chat line).
    for (let card = leaf.parentElement; card && !card.contains(list); card = card.parentElement) {
      if (cardItemId(card)) return card;
    }
  }
  return null;
}

export interface ConsoleRead {
  rows: ItemRead[];
  /** The product being explained, whichever of its cards said so; null when none is. */
  explaining: ItemRead | null;
}

/**
 * The rows and the product being explained: the pinned `-recording` card, a card outside the list
 * saying 讲解中, or a row whose button says 结束讲解 (or tag 讲解中) — any of them. It is one
 * product: its row in the list says explained too, and no other row does.
 */
export function readConsole(root: ParentNode, list: Element | null): ConsoleRead {
  const read = list ? readConsoleRows(list) : [];
  const card = findExplainedCard(root, list);
  const explaining =
    (card ? readItemCard(card, { explaining: true }) : null) ??
    read.find((item) => item.product.live?.explaining) ??
    null;
  const explainedId = explaining?.itemId ?? null;
  const rowsNow = read.map((item) => {
    const explained = item.itemId === explainedId;
    return item.product.live?.explaining === explained
      ? item
      : { ...item, product: { ...item.product, live: { explaining: explained } } };
  });
  return { rows: rowsNow, explaining };
}
