/**
 * The side panel a page kind shows at the right edge, below the page's own top bar: summary,
 * checks, installment plan, price history, hints. Collapses to a small vertical tab; the caller
 * owns the collapsed state (it is remembered per page kind in the settings).
 */
import type { ComponentChildren } from 'preact';
import type { DailyPlan } from '@/core/installment';
import type { PriceHistory } from '@/core/messages';
import type { Merchant } from '@/core/request';
import {
  worstStatus,
  type Check,
  type Hint,
  type InstallmentPlan,
  type Message,
  type Status,
} from '@/core/report';
import type { PageKind } from '@/core/settings';
import { CheckList, HintList, PrioritisedChecks, SummaryChips } from './check-list';
import { InstallmentSummary } from './installment-summary';
import { MetricsOffer } from './metrics-offer';
import { HistoryFigure } from './sparkline';
import { dailyLabel, pageKindNames, statusGlyphs, statusLabels, t, text, type Lang } from './i18n';

/** The panel's top (below the page's own top bar) and its gap to the bottom; ui.css agrees. */
const panelTopPx = 72;
const panelGapPx = 12;

/**
 * "2023年快手38节资金权益活动 · 资格检查": the last part never breaks inside ("资格 / 检查"), so a
 * long title wraps at its separator.
 */
function titleLines(title: string) {
  const at = title.lastIndexOf(' · ');
  if (at < 0) return title;
  return (
    <>
      {title.slice(0, at + 3)}
      <span class="ks-nowrap">{title.slice(at + 3)}</span>
    </>
  );
}

/** The tab's mark for a metrics offer waiting inside. */
const newMark: Message = { zh: '新', en: 'new' };

/** What the folded tab counts: the statuses that need a look, or a bare ✓ when all pass. */
function tabCounts(checks: readonly Check[]): { status: Status; n: number }[] {
  const needing = (['fail', 'warn'] as const)
    .map((status) => ({ status, n: checks.filter((check) => check.status === status).length }))
    .filter(({ n }) => n > 0);
  if (needing.length > 0) return needing;
  const unknown = checks.filter((check) => check.status === 'unknown').length;
  if (unknown > 0) return [{ status: 'unknown', n: unknown }];
  return checks.length > 0 ? [{ status: 'pass', n: 0 }] : [];
}

export function Panel(props: {
  kind: PageKind;
  lang: Lang;
  title?: Message;
  checks: Check[];
  hints: Hint[];
  installment?: InstallmentPlan | null;
  dailyPlans?: DailyPlan[];
  history?: PriceHistory | null;
  collapsed: boolean;
  onCollapsedChange(collapsed: boolean): void;
  dark?: boolean;
  offer?: { metrics: Partial<Merchant>; onAccept(): void; onDismiss(): void } | null;
  note?: Message | null;
  /** Height of the page's own fixed bottom bar: the panel ends above it. */
  bottomInset?: number;
  children?: ComponentChildren;
}) {
  const { lang, checks } = props;
  const kindName = t(lang, pageKindNames[props.kind]);
  const title = props.title ? t(lang, props.title) : `${kindName} · ${t(lang, text.panelSuffix)}`;
  const worst = worstStatus(checks);
  const rootClass = `ks-ui ks-panel-root${props.dark ? ' ks-dark' : ''}`;

  if (props.collapsed) {
    // A page's own short title names it better than its kind (the workbench home shows signup
    // checks); a long one (an item's name) would run down the screen.
    const lead = props.title ? title.split(' · ')[0] : undefined;
    const tabName = lead && lead.length <= 8 ? lead : kindName;
    const counts = tabCounts(checks);
    const said = counts.map(
      ({ status, n }) => `${t(lang, statusLabels[status])}${n > 0 ? ` ${n}` : ''}`,
    );
    // The metrics offer waits inside: the tab says so, or the merchant would never see it.
    const offered = props.offer ? t(lang, text.offerQuestion) : null;
    if (offered) said.push(offered);
    const spoken = said.join(lang === 'zh' ? '，' : ', ');
    return (
      <div class={rootClass}>
        <button
          type="button"
          class={`ks-tab${worst ? ` ks-tab-${worst}` : ''}`}
          aria-expanded="false"
          aria-label={`${t(lang, text.expand)}: ${title}${spoken ? ` — ${spoken}` : ''}`}
          title={title}
          onClick={() => props.onCollapsedChange(false)}
        >
          {counts.map(({ status, n }) => (
            <span class={`ks-tab-status ks-${status}`} aria-hidden="true" key={status}>
              {statusGlyphs[status]}
              {n > 0 ? n : ''}
            </span>
          ))}
          {offered && (
            <span class="ks-tab-offer" aria-hidden="true" title={offered}>
              {newMark[lang]}
            </span>
          )}
          <span class="ks-tab-text">{tabName}</span>
        </button>
      </div>
    );
  }

  const plan = props.installment && <InstallmentSummary plan={props.installment} lang={lang} />;
  const panelStyle =
    props.bottomInset && props.bottomInset > 0
      ? { maxHeight: `calc(100vh - ${panelTopPx + panelGapPx + props.bottomInset}px)` }
      : undefined;

  return (
    <div class={rootClass}>
      <aside class="ks-panel" aria-label={title} style={panelStyle}>
        <header class="ks-panel-head">
          <h2 class="ks-panel-title">{titleLines(title)}</h2>
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
                <span class="ks-daily-plan" key={plan.periods}>
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
          {props.kind === 'signup' ? (
            // The signup page is about the programs: every check stays open there.
            <>
              <CheckList checks={checks} lang={lang} />
              {plan}
            </>
          ) : (
            <PrioritisedChecks checks={checks} lang={lang}>
              {plan}
            </PrioritisedChecks>
          )}
          {props.history && <HistoryFigure history={props.history} lang={lang} />}
          <HintList hints={props.hints} lang={lang} />
          {props.children}
        </div>
      </aside>
    </div>
  );
}
