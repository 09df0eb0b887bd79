/**
 * Viewer live room (`live.kuaishou.com/u/<roomId>`): the server-rendered state says whether the
 * room is live, and the 小黄车 cart and the 讲解中 card are read by text and structure — their
 * markup is undocumented.
 */
import { liveRoomId } from '@/core/page-kind';
import { pick, readEmbeddedState } from './embedded-state';
import { readItemCard } from './item-card';
import { isPriceText, leafElements, repeatingItems, textOf } from './read-text';
import type { ItemRead } from './types';

export interface LiveStream {
  roomId: string;
  /** How the entry was found: its `author.id` is the room's, or it is the first of the list. */
  matchedBy: 'author-id' | 'first-entry';
  isLiving: boolean | null;
  authorName: string | null;
  streamId: string | null;
}

/**
 * The URL the document was served for: the state describes that room, not one reached later by
 * in-page navigation (the state script is not rendered again).
 */
function servedUrl(doc: Document): string {
  const performance = doc.defaultView?.performance;
  const entry = performance?.getEntriesByType?.('navigation')[0];
  return entry?.name || doc.URL;
}

const idOf = (entry: unknown) => {
  const id = pick(entry, 'author', 'id');
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
};

/**
 * This room's stream from `__INITIAL_STATE__`, or null when the state does not name it. The entry
 * whose `author.id` is the room id (the others are recommendations); else the first entry, which
 * is the room's own stream even when `author.id` is the numeric user id, not the URL's id — but
 * only in the document served for this room.
 */
export function readLiveStream(doc: Document, url: string): LiveStream | null {
  const roomId = liveRoomId(url);
  if (!roomId) return null;
  const playList = pick(readEmbeddedState(doc), 'liveroom', 'playList');
  if (!Array.isArray(playList)) return null;
  const byId = playList.find((candidate) => idOf(candidate) === roomId);
  const first = liveRoomId(servedUrl(doc)) === roomId ? (playList[0] as unknown) : undefined;
  const entry = byId ?? first;
  if (entry === null || typeof entry !== 'object') return null;
  const living = pick(entry, 'isLiving');
  const name = pick(entry, 'author', 'name');
  const streamId = pick(entry, 'liveStream', 'id');
  return {
    roomId,
    matchedBy: byId ? 'author-id' : 'first-entry',
    isLiving: typeof living === 'boolean' ? living : null,
    authorName: typeof name === 'string' ? name : null,
    streamId: typeof streamId === 'string' ? streamId : null,
  };
}

const priceLeaf = (leaf: Element) => isPriceText(textOf(leaf));

/**
 * The cart: for each 「小黄车」/「购物车」 heading, its nearest container holding prices; the
 * smallest such container wins (a chat line saying 小黄车 climbs to a much larger box).
 */
export function findCart(root: ParentNode): Element | null {
  let best: { node: Element; size: number } | null = null;
  for (const leaf of leafElements(root)) {
    const text = textOf(leaf);
    if (text.length > 20 || !/^(小黄车|购物车)/.test(text)) continue;
    for (let node = leaf.parentElement; node; node = node.parentElement) {
      const leaves = leafElements(node);
      if (!leaves.some(priceLeaf)) continue;
      if (!best || leaves.length < best.size) best = { node, size: leaves.length };
      break;
    }
  }
  return best?.node ?? null;
}

export function readCart(cart: Element): ItemRead[] {
  const items: ItemRead[] = [];
  for (const card of repeatingItems(cart, priceLeaf)) {
    const item = readItemCard(card, { measureLabel: true });
    if (item) items.push(item);
  }
  return items;
}

/** The 讲解中 card over the player (outside the cart): the smallest box with the tag and a price. */
export function findExplainingCard(root: ParentNode, cart: Element | null): Element | null {
  for (const leaf of leafElements(root)) {
    if (textOf(leaf) !== '讲解中' || cart?.contains(leaf)) continue;
    for (let card = leaf.parentElement; card; card = card.parentElement) {
      if (leafElements(card).some(priceLeaf)) return card;
    }
  }
  return null;
}

/** The product being explained now, read from its card. */
export function readExplainingCard(root: ParentNode, cart: Element | null): ItemRead | null {
  const card = findExplainingCard(root, cart);
  return card ? readItemCard(card, { measureLabel: true, explaining: true }) : null;
}
