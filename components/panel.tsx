/**
 * The side panel a page kind shows at the right edge, below the page's own top bar: summary,
 * checks, installment plan, price history, hints. Collapses to a small vertical tab; the caller
 * owns the collapsed state (it is remembered per page kind in the settings).
 */
import type { ComponentChildren } from 'preact';
import type { PriceHistory } from '@/core/messages';
import type { Merchant } from '@/core/request';
import {
  worstStatus,
  type Check,
  type Hint,
  type InstallmentPlan,
  type Message,
} from '@/core/report';
import type { PageKind } from '@/core/settings';
import { CheckList, HintList, SummaryChips } from './check-list';
import { InstallmentSummary } from './installment-summary';
import { MetricsOffer } from './metrics-offer';
import { HistoryFigure } from './sparkline';
import { dailyLabel, pageKindNames, statusGlyphs, t, text, type Lang } from './i18n';

export function Panel(props: {
  kind: PageKind;
  lang: Lang;
  title?: Message;
  checks: Check[];
  hints: Hint[];
  installment?: InstallmentPlan | null;
  dailyPlans?: { periods: 3 | 6 | 12; dailyFen: number }[];
  history?: PriceHistory | null;
  collapsed: boolean;
  onCollapsedChange(collapsed: boolean): void;
  dark?: boolean;
  offer?: { metrics: Partial<Merchant>; onAccept(): void; onDismiss(): void } | null;
  note?: Message | null;
  children?: ComponentChildren;
}) {
  const { lang, checks } = props;
  const kindName = t(lang, pageKindNames[props.kind]);
  const title = props.title ? t(lang, props.title) : `${kindName} · ${t(lang, text.panelSuffix)}`;
  const worst = worstStatus(checks);
  const rootClass = `ks-ui ks-panel-root${props.dark ? ' ks-dark' : ''}`;

  if (props.collapsed) {
    return (
      <div class={rootClass}>
        <button
          type="button"
          class="ks-tab"
          aria-expanded="false"
          aria-label={`${t(lang, text.expand)}: ${title}`}
          title={title}
          onClick={() => props.onCollapsedChange(false)}
        >
          {worst && (
            <span class={`ks-tab-status ks-${worst}`} aria-hidden="true">
              {statusGlyphs[worst]}
            </span>
          )}
          <span class="ks-tab-text">{kindName}</span>
        </button>
      </div>
    );
  }

  return (
    <div class={rootClass}>
      <aside class="ks-panel" aria-label={title}>
        <header class="ks-panel-head">
          <h2 class="ks-panel-title">{title}</h2>
          <button
            type="button"
            class="ks-icon-btn"
            aria-expanded="true"
            aria-label={t(lang, text.collapse)}
            title={t(lang, text.collapse)}
            onClick={() => props.onCollapsedChange(true)}
          >
            ›
          </button>
        </header>
        <div class="ks-panel-body">
          <SummaryChips checks={checks} lang={lang} />
          {props.dailyPlans && props.dailyPlans.length > 0 && (
            <p class="ks-daily">
              {props.dailyPlans.map((plan) => (
                <span class="ks-badge-daily" key={plan.periods}>
                  {dailyLabel(lang, plan.periods, plan.dailyFen)}
                </span>
              ))}
            </p>
          )}
          {props.note && <p class="ks-note">{t(lang, props.note)}</p>}
          {props.offer && (
            <MetricsOffer
              metrics={props.offer.metrics}
              lang={lang}
              onAccept={props.offer.onAccept}
              onDismiss={props.offer.onDismiss}
            />
          )}
          <CheckList checks={checks} lang={lang} />
          {props.installment && <InstallmentSummary plan={props.installment} lang={lang} />}
          {props.history && <HistoryFigure history={props.history} lang={lang} />}
          <HintList hints={props.hints} lang={lang} />
          {props.children}
        </div>
      </aside>
    </div>
  );
}
