/**
 * A price history as an inline SVG (no chart library: it ships in the content script): the
 * ordinary (`sale`, and legacy unknown-kind) prices as a solid line in time order, activity
 * (presale) prices as separate dots — they are not the low's reference (SPEC §8) — a dashed line
 * at the historical low and one at D-LOW90's ceiling (the highest activity price that still
 * passes), drawn and named as the core's model gives it from the pack (core/present/history).
 */
import type { PriceHistory, StoredPriceKind } from '@/core/messages';
import { formatFen } from '@/core/money';
import type { LowCeiling } from '@/core/present/history';
import { historyCaption, labelled, t, text, type Lang } from './i18n';

/** Vertical room kept above and below the plot, so strokes and dots are not cut. */
export const sparkPad = 4;

export function Sparkline(props: {
  /** A point without a kind is drawn as an ordinary price. */
  points: { at: number; fen: number; kind?: StoredPriceKind }[];
  lowFen: number | null;
  /** D-LOW90's ceiling under this low, from the pack in force (core/present/history). */
  ceiling: LowCeiling | null;
  lang: Lang;
  width?: number;
  height?: number;
}) {
  const { lang, lowFen, width = 220, height = 48 } = props;
  const all = [...props.points].sort((a, b) => a.at - b.at);
  const points = all.filter((point) => point.kind !== 'activity');
  const activity = all.filter((point) => point.kind === 'activity');
  const ceilingFen = lowFen === null ? null : (props.ceiling?.fen ?? null);
  const fens = all.map((p) => p.fen);
  if (lowFen !== null && ceilingFen !== null) fens.push(lowFen, ceilingFen);

  const minPoint = all.length ? Math.min(...all.map((p) => p.fen)) : null;
  const maxPoint = all.length ? Math.max(...all.map((p) => p.fen)) : null;
  const label = [
    labelled(lang, text.priceHistory, String(all.length)),
    activity.length > 0 && `${t(lang, text.salePrices)} ${points.length}`,
    activity.length > 0 && `${t(lang, text.activityPrices)} ${activity.length}`,
    minPoint !== null && `${t(lang, text.low)} ${formatFen(minPoint)}`,
    maxPoint !== null && `${t(lang, text.high)} ${formatFen(maxPoint)}`,
    lowFen !== null && `${t(lang, text.historicalLow)} ${formatFen(lowFen)}`,
    ceilingFen !== null &&
      props.ceiling &&
      `${t(lang, props.ceiling.label)} ${formatFen(ceilingFen)}`,
  ]
    .filter(Boolean)
    .join(lang === 'zh' ? '，' : ', ');

  if (fens.length === 0) {
    return (
      <p class="ks-ui ks-spark-empty" role="img" aria-label={label}>
        {t(lang, text.noHistory)}
      </p>
    );
  }

  const top = Math.max(...fens);
  const bottom = Math.min(...fens);
  const span = top - bottom;
  const first = all[0]?.at ?? 0;
  const duration = (all[all.length - 1]?.at ?? 0) - first;
  // A flat series or a single point sits in the middle rather than dividing by zero.
  const y = (fen: number) =>
    span === 0 ? height / 2 : sparkPad + ((top - fen) / span) * (height - 2 * sparkPad);
  const x = (at: number) =>
    duration === 0 ? width / 2 : sparkPad + ((at - first) / duration) * (width - 2 * sparkPad);
  const round = (n: number) => Math.round(n * 10) / 10;

  return (
    <div class="ks-ui ks-spark">
      <svg
        class="ks-spark-svg"
        role="img"
        aria-label={label}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        {ceilingFen !== null && (
          <line
            class="ks-spark-low90"
            x1={0}
            x2={width}
            y1={round(y(ceilingFen))}
            y2={round(y(ceilingFen))}
          />
        )}
        {lowFen !== null && (
          <line
            class="ks-spark-low"
            x1={0}
            x2={width}
            y1={round(y(lowFen))}
            y2={round(y(lowFen))}
          />
        )}
        {points.length > 1 && (
          <polyline
            class="ks-spark-line"
            points={points.map((p) => `${round(x(p.at))},${round(y(p.fen))}`).join(' ')}
          />
        )}
        {points.length === 1 && points[0] && (
          <circle
            class="ks-spark-dot"
            cx={round(x(points[0].at))}
            cy={round(y(points[0].fen))}
            r={2.5}
          />
        )}
        {activity.map((point) => (
          <circle
            key={point.at}
            class="ks-spark-activity"
            cx={round(x(point.at))}
            cy={round(y(point.fen))}
            r={2.5}
          />
        ))}
      </svg>
      <div class="ks-spark-legend">
        {lowFen !== null && (
          <span class="ks-spark-key-low">
            {t(lang, text.historicalLow)} {formatFen(lowFen)}
          </span>
        )}
        {ceilingFen !== null && (
          <span class="ks-spark-key-low90">
            {props.ceiling && t(lang, props.ceiling.label)} {formatFen(ceilingFen)}
          </span>
        )}
        {activity.length > 0 && (
          <>
            <span class="ks-spark-key-sale">{t(lang, text.salePrices)}</span>
            <span class="ks-spark-key-activity">{t(lang, text.activityPrices)}</span>
          </>
        )}
        {minPoint !== null && maxPoint !== null && (
          <span>
            {t(lang, text.low)} {formatFen(minPoint)} · {t(lang, text.high)} {formatFen(maxPoint)}
          </span>
        )}
      </div>
    </div>
  );
}

/** The sparkline with its caption, naming how many observations the low rests on (SPEC §8). */
export function HistoryFigure(props: { history: PriceHistory; lang: Lang }) {
  const { history, lang } = props;
  return (
    <figure class="ks-ui ks-history">
      <figcaption>
        {history.lowFen !== null
          ? historyCaption(lang, history.count, history.lowFen, history.lookbackDays)
          : t(lang, history.points.length > 0 ? text.noSaleYet : text.noHistory)}
      </figcaption>
      <Sparkline
        points={history.points}
        lowFen={history.lowFen}
        ceiling={history.ceiling ?? null}
        lang={lang}
      />
    </figure>
  );
}
