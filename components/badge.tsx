/**
 * The inline pill beside a price: the worst status of its checks with a count, the 每日仅需
 * figures, and on hover or keyboard focus a card with the details. The card is `position: fixed`
 * from the pill's rect, so a host page's `overflow: hidden` table cell cannot clip it.
 *
 * A class component, not hooks: this is the only stateful component the content scripts carry,
 * and `preact/hooks` would add ~1.4 KB gzip to each of them (budget: 25 KB per script).
 */
import { Component, createRef } from 'preact';
import type { DailyPlan } from '@/core/installment';
import type { PriceHistory, Verdict } from '@/core/messages';
import { worstStatus, type Check, type Hint } from '@/core/report';
import { formatFen } from '@/core/money';
import { CheckCard } from './check-card';
import { dailyLabel, statusGlyphs, statusLabels, t, text, type Lang } from './i18n';

export interface CardPlacement {
  top: number;
  left: number;
  maxHeight: number;
}

/**
 * Below the pill when the card fits there, else above; else on the roomier side, scrolling
 * inside. Shifted left to stay on screen. Pure, so it is tested without a layout engine.
 */
export function placeCard(
  anchor: { top: number; bottom: number; left: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  margin = 8,
): CardPlacement {
  const roomBelow = viewport.height - margin - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - margin;
  const below = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove);
  const maxHeight = Math.max(0, below ? roomBelow : roomAbove);
  const height = Math.min(card.height, maxHeight);
  const top = below ? anchor.bottom + gap : anchor.top - gap - height;
  const left = Math.max(margin, Math.min(anchor.left, viewport.width - margin - card.width));
  return { top, left, maxHeight };
}

function samePlacement(a: CardPlacement, b: CardPlacement): boolean {
  return a.top === b.top && a.left === b.left && a.maxHeight === b.maxHeight;
}

/**
 * The one 每日 figure the pill has room for: a single plan as itself ("3期 每日¥11.37"), several
 * as the lowest with 起 ("每日¥3.34起"), since the pill sits in a price cell or an 84 px console
 * row. Every figure is in the card and the button's name.
 */
export function pillDailyLabel(lang: Lang, plans: readonly DailyPlan[]): string | null {
  const [first] = plans;
  if (!first) return null;
  if (plans.length === 1) return dailyLabel(lang, first.periods, first.dailyFen);
  const lowest = Math.min(...plans.map((plan) => plan.dailyFen));
  return lang === 'zh' ? `每日${formatFen(lowest)}起` : `from ${formatFen(lowest)}/day`;
}

/** Time to move the pointer from the pill across the gap onto the card. */
const closeDelayMs = 150;

export interface BadgeProps {
  /** Every check's id and status: what the pill shows. */
  verdicts: Verdict[];
  /** The whole checks for the card; null while they are on their way (the card says so). */
  checks: Check[] | null;
  lang: Lang;
  dailyPlans?: DailyPlan[];
  history?: PriceHistory | null;
  hints?: Hint[];
  /** The page is dark (a live room): the card takes the dark palette, like the panel. */
  dark?: boolean;
}

interface BadgeState {
  open: boolean;
  placement: CardPlacement | null;
}

/** Ids for aria-controls: unique in the document, like useId's. */
let badgeCount = 0;

export class Badge extends Component<BadgeProps, BadgeState> {
  override state: BadgeState = { open: false, placement: null };
  private readonly buttonRef = createRef<HTMLButtonElement>();
  private readonly cardRef = createRef<HTMLDivElement>();
  private readonly cardId = `ks-card-${(badgeCount += 1)}`;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Ends the open card's scroll/resize tracking. */
  private stopTracking: (() => void) | null = null;

  private readonly cancelClose = () => clearTimeout(this.closeTimer);

  private readonly show = () => {
    this.cancelClose();
    this.setState({ open: true });
  };

  private readonly hideSoon = () => {
    this.cancelClose();
    this.closeTimer = setTimeout(() => this.setState({ open: false }), closeDelayMs);
  };

  private readonly place = () => {
    const button = this.buttonRef.current;
    const card = this.cardRef.current;
    if (!button || !card) return;
    const anchor = button.getBoundingClientRect();
    // scrollHeight: the natural height, even while an earlier placement caps it.
    const size = { width: card.offsetWidth, height: card.scrollHeight };
    const next = placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight });
    const previous = this.state.placement;
    if (!previous || !samePlacement(previous, next)) this.setState({ placement: next });
  };

  /** Placed as soon as it is in the DOM (before paint), and again whenever the pill moves. */
  private track(): void {
    const place = this.place;
    place();
    // Capture: a scroll inside any scrolling ancestor (a table body) moves the pill too.
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    // The card grows after opening (history arrives, the passed checks unfold): place it again.
    const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(place);
    if (this.cardRef.current) resizes?.observe(this.cardRef.current);
    this.stopTracking = () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
      resizes?.disconnect();
    };
  }

  override componentDidUpdate(_props: BadgeProps, previous: BadgeState): void {
    if (this.state.open === previous.open) return;
    this.stopTracking?.();
    this.stopTracking = null;
    if (this.state.open) this.track();
    else this.setState({ placement: null });
  }

  override componentWillUnmount(): void {
    this.cancelClose();
    this.stopTracking?.();
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.state.open) return;
    event.stopPropagation();
    // Focus first: its focusin reopens, and the close below must be the last word.
    this.buttonRef.current?.focus();
    this.cancelClose();
    this.setState({ open: false });
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as Node).contains(next)) this.hideSoon();
  };

  override render(props: BadgeProps, { open, placement }: BadgeState) {
    const { verdicts, lang } = props;
    // No check applies (today no campaign is current; no deposit): a quiet pill whose card still
    // says why and shows the price history — never grey "?", which would ask for an input.
    const worst = worstStatus(verdicts);
    const count = verdicts.filter((check) => check.status === worst).length;
    const shownCount = worst === 'pass' || worst === null || count === 0 ? '' : String(count);
    const plans = props.dailyPlans ?? [];
    const daily = plans.map((plan) => dailyLabel(lang, plan.periods, plan.dailyFen));
    const shortDaily = pillDailyLabel(lang, plans);
    // The button's name carries what the pill shows, since glyphs alone say little when read out.
    const said = worst ? t(lang, statusLabels[worst]) : t(lang, text.noChecks);
    const summary = [`${said} ${shownCount}`.trim(), ...daily].join(lang === 'zh' ? '，' : ', ');
    return (
      <span
        class={`ks-ui ks-badge-wrap${props.dark ? ' ks-dark' : ''}`}
        onMouseEnter={this.show}
        onMouseLeave={this.hideSoon}
        onFocusIn={this.show}
        onFocusOut={this.onFocusOut}
        onKeyDown={this.onKeyDown}
      >
        <button
          ref={this.buttonRef}
          type="button"
          class={`ks-badge ks-${worst ?? 'none'}`}
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={open ? this.cardId : undefined}
          aria-label={`${summary} — ${t(lang, text.details)}`}
          // Only opens: a tap fires mouseenter then click, and a toggle would shut what it opened.
          onClick={this.show}
        >
          <span class="ks-badge-status">
            {worst ? statusGlyphs[worst] : '·'}
            {shownCount}
          </span>
          {shortDaily && <span class="ks-badge-daily">{shortDaily}</span>}
        </button>
        {open && (
          <CheckCard
            id={this.cardId}
            cardRef={this.cardRef}
            verdicts={verdicts}
            checks={props.checks}
            lang={lang}
            hints={props.hints}
            history={props.history}
            dailyPlans={plans}
            style={
              placement
                ? {
                    top: `${placement.top}px`,
                    left: `${placement.left}px`,
                    maxHeight: `${placement.maxHeight}px`,
                  }
                : // Measured first, shown once placed: no flash at the page's corner.
                  { top: '0px', left: '0px', visibility: 'hidden' }
            }
          />
        )}
      </span>
    );
  }
}
