/**
 * Reading a stored item whatever its version. v2 stores each point's price kind (`pk`) and
 * indexes only `sale` lows. A v1 series (no `pk`) is read as is and written back as v2 on its next
 * write, nothing dropped: a v1 point recorded on the goods list was its 单价 → `sale`; any other v1
 * point is of `unknown` kind — kept for D-ORIG and the sparkline, never D-LOW90's reference,
 * because a v1 detail or cart point of a deposit item may be its own presale price (the bug was
 * D-LOW90 comparing the activity price with itself). A v1 day index is not believed: the low is
 * answered from the series instead.
 */
import { pageKinds, type PageKind } from '@/core/settings';
import type { StoredPriceKind } from '@/core/messages';
import {
  observationSources,
  storedPriceKinds,
  type DayIndex,
  type StoredPoint,
  type StoredSeries,
} from './stored-format';

/** A v1 point: on the goods list it was the 单价 (`sale`); elsewhere its kind is unknown. */
const legacyKind = (pageKind: PageKind): StoredPriceKind =>
  pageKind === 'goods-list' ? 'sale' : 'unknown';

export function toPoints(series: StoredSeries | null): StoredPoint[] {
  if (!series) return [];
  return series.at.map((atSeconds, index) => {
    const pageKind = pageKinds[series.kind[index] ?? 0] ?? 'detail';
    return {
      at: atSeconds * 1000,
      fen: series.fen[index] ?? 0,
      pageKind,
      priceKind: series.pk
        ? (storedPriceKinds[series.pk[index] ?? 0] ?? 'unknown')
        : legacyKind(pageKind),
      source: observationSources[series.src[index] ?? 0] ?? 'page',
    };
  });
}

/** A day index the low may be read from: v2 only (a v1 index counted every kind in its low). */
export const isCurrentDayIndex = (index: DayIndex | null | undefined): index is DayIndex =>
  index?.v === 2;
