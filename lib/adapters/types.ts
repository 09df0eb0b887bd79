/**
 * What an adapter hands the content script: plain SPEC §9 request pieces (type-only imports — the
 * worker validates them; zod never ships in the content script) and where on the page they sit.
 */
import type { PriceKind } from '@/core/messages';
import type { Product } from '@/core/request';

/** One product read off a page, with the element its badge goes beside. */
export interface ItemRead {
  itemId: string;
  /** The badge is placed right after this element (the price, usually). */
  anchor: Element;
  product: Product;
  /** The price text as shown, and why it is not a price when it is not (never NaN). */
  priceText: string | null;
  priceProblem: string | null;
  /** Tags the page shows (先用后付, 分期免息, 意向金 ¥50, 讲解中 …). */
  tags: string[];
  /** 先用后付 is on for this item: the C-BNPL hint applies. */
  buyNowPayLater: boolean;
  /**
   * What the price shown is (SPEC §8): `sale` — the goods list's 单价, a cart price of an item
   * without a 意向金/预售 mark; `activity` — a deposit/presale item's cart price.
   */
  priceKind: PriceKind;
}

/** A deposit object with only what was read: absent fields stay absent (→ `unknown`). */
export type DepositRead = NonNullable<Product['deposit']>;
