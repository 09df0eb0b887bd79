/**
 * What a shown price means (SPEC §6, §8), decided once for every page and the spreadsheet:
 * - a range (`¥6.8 至 ¥24.99`, SKUs at several prices) counts as its lowest; a struck-through
 *   original price as its highest; a calculator that needs one price refuses a range;
 * - a 意向金 product's shown price is its activity (presale) price, the total D-RATIO divides by;
 * - the kind of a recorded price: `activity` for a deposit item or a page that says 预售, else
 *   `sale` (the 单价 column of the goods list is always the ordinary price).
 */
import type { PriceKind } from '../messages';
import type { PriceParse } from '../money';

/** The price a request carries for a shown price (a range: its lowest); null when unreadable. */
export const shownPriceFen = (price: PriceParse | null): number | null =>
  price?.ok ? price.minFen : null;

/** A struck-through original price (a range: its highest). */
export const originalPriceFen = (price: PriceParse): number | null =>
  price.ok ? price.maxFen : null;

/** One price, or null for a range: a calculator figure must be a single amount. */
export const singlePriceFen = (price: PriceParse): number | null =>
  price.ok && price.minFen === price.maxFen ? price.minFen : null;

export interface ShownPrice {
  priceFen?: number;
  activityPriceFen?: number;
}

/** The request's price fields for a shown price: a deposit item's is its activity price too. */
export function shownPrices(fen: number | null, depositItem: boolean): ShownPrice {
  if (fen === null) return {};
  return depositItem ? { priceFen: fen, activityPriceFen: fen } : { priceFen: fen };
}

/** The kind of the price a page shows (SPEC §8): a presale price is never an ordinary one. */
export function priceKindOf(shown: { depositItem: boolean; presale?: boolean }): PriceKind {
  return shown.depositItem || shown.presale === true ? 'activity' : 'sale';
}
