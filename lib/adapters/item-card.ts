/**
 * One product card read by text: its id (an `ID：` line or a detail link), its title, its `¥`
 * price and its tags. Shared by the live console rows, the live-room cart and the 讲解中 card,
 * whose markup differs but whose text does not.
 */
import type { Product } from '@/core/request';
import {
  byClassPrefix,
  findPriceLeaf,
  itemIdFromHref,
  leafElements,
  readItemId,
  readPrice,
  textOf,
} from './read-text';
import { labelStyle } from './rendered-style';
import { showsDeposit } from '@/core/facts/deposit-product';
import { priceKindOf, shownPriceFen, shownPrices } from '@/core/facts/price';
import { readTags, TAG_TEXT } from '@/core/facts/tags';
import type { ItemRead } from './types';

const LABEL_TEXT = /^意向金可抵/;

/**
 * The 直播助手 console's cards carry the item id only in their element id: `c1goods-<itemId>`, and
 * the explained card pinned above the list `inner_c1goods-<itemId>-recording`.
 */
const ELEMENT_ID = /^(?:inner_)?c1goods-(\d{5,30})(?:-recording)?$/;
const ELEMENT_ID_SELECTOR = '[id^="c1goods-"], [id^="inner_c1goods-"]';

/** The item id an element's own id names, or the first element inside it that names one. */
function elementItemId(card: Element): string | null {
  for (const element of [card, card.querySelector(ELEMENT_ID_SELECTOR)]) {
    const id = element ? ELEMENT_ID.exec(element.id)?.[1] : undefined;
    if (id) return id;
  }
  return null;
}

/**
 * Every form a card names its item in: its element id, an `ID：` text, a detail link, an
 * attribute. Never a number merely shown in it — the console's 序号 input is the cart position.
 */
export function cardItemId(card: Element): string | null {
  const fromElement = elementItemId(card);
  if (fromElement) return fromElement;
  const fromText = readItemId(textOf(card));
  if (fromText) return fromText;
  const link = card.closest('a[href]') ?? card.querySelector('a[href]');
  const fromLink = itemIdFromHref(link?.getAttribute('href') ?? null);
  if (fromLink) return fromLink;
  // Attributes that name the item: on the card itself, or (only the explicit names) inside it.
  for (const name of ['data-item-id', 'data-goods-id', 'data-id']) {
    const inside = name === 'data-id' ? null : card.querySelector(`[${name}]`)?.getAttribute(name);
    const value = card.getAttribute(name) ?? inside;
    if (value && /^\d{1,30}$/.test(value)) return value;
  }
  return null;
}

/** The title: a `title…` / `cardTitle…` class by prefix, else the longest leaf text that is not a price or tag. */
function cardTitle(card: Element, leafTexts: readonly string[]): string | null {
  let titled: Element | undefined;
  for (const prefix of ['title', 'goods-title', 'cardTitle']) {
    titled = byClassPrefix(card, prefix)[0];
    if (titled) break;
  }
  if (titled && textOf(titled)) return textOf(titled);
  const texts = leafTexts.filter(
    (text) => !/[¥￥]/.test(text) && !TAG_TEXT.test(text) && !readItemId(text),
  );
  return texts.sort((a, b) => b.length - a.length)[0] ?? null;
}

export interface CardOptions {
  /** Measure the rendered deposit label (viewer pages: D-STYLE, D-LABEL-TEXT). */
  measureLabel?: boolean;
  /** The card is the product being explained whatever its tags say. */
  explaining?: boolean;
}

export function readItemCard(card: Element, options: CardOptions = {}): ItemRead | null {
  const itemId = cardItemId(card);
  if (!itemId) return null;
  // Walked once: a live-room cart reads 200 of these per change.
  const leaves = leafElements(card);
  const leafTexts = leaves.map((leaf) => textOf(leaf));
  const priceLeaf = findPriceLeaf(leaves, leafTexts);
  const priceText = priceLeaf ? textOf(priceLeaf) : null;
  const price = readPrice(priceText);
  const tags = leafTexts.filter((text) => TAG_TEXT.test(text));
  const reading = readTags(tags);
  const explaining =
    options.explaining === true ||
    reading.explaining ||
    Array.from(card.querySelectorAll('button')).some((button) => textOf(button) === '结束讲解');

  const product: Product = { itemId, live: { explaining } };
  const title = cardTitle(card, leafTexts);
  if (title) product.title = title;
  const label = leaves.find((_leaf, index) => LABEL_TEXT.test(leafTexts[index] ?? ''));
  const depositItem = showsDeposit({ tag: reading.hasDeposit, label: label !== undefined });
  Object.assign(product, shownPrices(shownPriceFen(price), depositItem));
  if (depositItem) {
    product.deposit = {
      ...(reading.depositFen !== null ? { amountFen: reading.depositFen } : {}),
      ...(label ? { labelText: textOf(label) } : {}),
      ...(label && options.measureLabel ? labelStyle(label) : {}),
    };
  }
  if (reading.installment) product.installment = reading.installment;
  return {
    itemId,
    // Beside the price when there is one; else at the end of the card.
    anchor: priceLeaf ?? card.lastElementChild ?? card,
    product,
    priceText,
    priceProblem: price.ok ? null : price.reason,
    tags,
    buyNowPayLater: reading.buyNowPayLater,
    priceKind: priceKindOf({ depositItem }),
  };
}
