/**
 * The small card a badge opens: each check with its values and source, the hints, and the price
 * history. Positioning is the badge's job; the card only draws.
 */
import type { Ref } from 'preact';
import type { DailyPlan } from '@/core/installment';
import type { PriceHistory, Verdict } from '@/core/messages';
import type { Check, Hint } from '@/core/report';
import { HintList, PrioritisedChecks, SummaryChips } from './check-list';
import { HistoryFigure } from './sparkline';
import { dailyLabel, t, text, type Lang } from './i18n';

export function CheckCard(props: {
  /** Every check's id and status, for the summary line (known before the whole checks). */
  verdicts?: Verdict[];
  /** The whole checks; null while they are being fetched. */
  checks: Check[] | null;
  lang: Lang;
  hints?: Hint[];
  history?: PriceHistory | null;
  /** Every 每日仅需 figure: the pill only has room for the lowest. */
  dailyPlans?: readonly DailyPlan[];
  id?: string;
  style?: Record<string, string>;
  cardRef?: Ref<HTMLDivElement>;
}) {
  const { lang } = props;
  return (
    <div
      id={props.id}
      ref={props.cardRef}
      class="ks-ui ks-card"
      role="group"
      aria-label={t(lang, text.checks)}
      style={props.style}
    >
      <SummaryChips checks={props.verdicts ?? props.checks ?? []} lang={lang} />
      {props.dailyPlans && props.dailyPlans.length > 0 && (
        <p class="ks-daily" aria-label={t(lang, text.dailyOnly)}>
          {props.dailyPlans.map((plan) => (
            <span class="ks-daily-plan" key={plan.periods}>
              {dailyLabel(lang, plan.periods, plan.dailyFen)}
            </span>
          ))}
        </p>
      )}
      {props.checks ? (
        <PrioritisedChecks checks={props.checks} lang={lang} />
      ) : (
        <p class="ks-ui ks-empty">{t(lang, text.loadingDetails)}</p>
      )}
      {props.hints && <HintList hints={props.hints} lang={lang} />}
      {props.history && <HistoryFigure history={props.history} lang={lang} />}
    </div>
  );
}
