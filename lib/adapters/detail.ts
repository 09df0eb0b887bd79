/**
 * Product detail (`/zone/goods/detail?id=`, the buyers' `kwaishop-goods-detail-page-app?id=`):
 * price next to the title, the struck-through 原价, the rendered 意向金 label (D-STYLE, D-LABEL-TEXT),
 * the 意向金专属 mark (D-MARK) and the 最晚发货时间 statement (D-SHIPTIME).
 */
import type { PriceKind } from '@/core/messages';
import { findLabelledPrice, parsePrice } from '@/core/money';
import { showsDeposit } from '@/core/facts/deposit-product';
import { originalPriceFen, priceKindOf, shownPriceFen, shownPrices } from '@/core/facts/price';
import { urlItemId } from '@/core/page-kind';
import type { Product } from '@/core/request';
import { findLabel, findPriceLeaf, leafElements, readItemId, textOf } from './read-text';
import { labelStyle } from './rendered-style';
import type { DepositRead } from './types';

export interface DetailRead {
  itemId: string | null;
  product: Product;
  /** Where the panel's "this product" is (the price), for placing nothing over it. */
  priceElement: Element | null;
  priceProblem: string | null;
  /** The price shown is a 预售价 (a deposit/presale item) or the ordinary price (SPEC §8). */
  priceKind: PriceKind;
}

const LABEL_TEXT = /意向金可抵\s*[¥￥]?\s*[\d,.]+\s*元?/;

function struckPrice(root: ParentNode): number | null {
  for (const element of Array.from(
    root.querySelectorAll('del, s, strike, [style*="line-through"]'),
  )) {
    const price = originalPriceFen(parsePrice(textOf(element)));
    if (price !== null) return price;
  }
  // Hashed classes can strike through too: ask the rendered style.
  for (const leaf of leafElements(root)) {
    const view = leaf.ownerDocument.defaultView;
    const decoration =
      view?.getComputedStyle(leaf).textDecorationLine ??
      view?.getComputedStyle(leaf).textDecoration ??
      '';
    if (!decoration.includes('line-through')) continue;
    const price = originalPriceFen(parsePrice(textOf(leaf)));
    if (price !== null) return price;
  }
  return null;
}

export function readDetail(doc: Document, url: string): DetailRead {
  const root = doc.body ?? doc;
  const pageText = textOf(root);
  const itemId = urlItemId(url) ?? readItemId(pageText.replace(/商品编号\s*[:：]/, 'ID:'));
  const product: Product = {};
  if (itemId) product.itemId = itemId;
  const title = doc.querySelector('h1') ?? doc.querySelector('[class^="title"], [class*=" title"]');
  if (title && textOf(title)) product.title = textOf(title);

  const priceElement = findPriceLeaf(root);
  const price = priceElement ? parsePrice(textOf(priceElement)) : null;
  const label = leafElements(root).find((leaf) => LABEL_TEXT.test(textOf(leaf)));
  const mentionsDeposit = showsDeposit({ text: pageText });
  Object.assign(product, shownPrices(shownPriceFen(price), mentionsDeposit));
  const original = struckPrice(root);
  if (original !== null) product.originalPriceFen = original;

  if (mentionsDeposit) {
    const deposit: DepositRead = {
      hasMark:
        /意向金专属/.test(pageText) ||
        root.querySelector('[aria-label*="意向金专属"], img[alt*="意向金专属"]') !== null,
      shipTimeStated: /最晚发货/.test(pageText),
    };
    if (label) {
      deposit.labelText = textOf(label);
      Object.assign(deposit, labelStyle(label));
    }
    const ruleLine = findLabel(root, /意向金\s*[¥￥]/);
    const ruleText = ruleLine ? textOf(ruleLine) : '';
    const amount = findLabelledPrice(ruleText, '意向金');
    if (amount.ok) deposit.amountFen = amount.minFen;
    const balance = findLabelledPrice(ruleText, '尾款');
    if (balance.ok) deposit.balanceFen = balance.minFen;
    // The deduction is NOT read from the label: D-LABEL-TEXT compares the label with it.
    const deduction = findLabelledPrice(ruleText, '可抵');
    if (deduction.ok) deposit.deductionFen = deduction.minFen;
    product.deposit = deposit;
  }
  return {
    itemId,
    product,
    priceElement,
    priceProblem: price === null ? 'no price shown' : price.ok ? null : price.reason,
    priceKind: priceKindOf({ depositItem: mentionsDeposit, presale: /预售/.test(pageText) }),
  };
}
