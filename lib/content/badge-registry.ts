/**
 * Badges keyed by item id, never by row element: a virtualised list reuses a row for another
 * product, and the badge must follow the product. `sync` is given every item on screen now; it
 * keeps a badge whose item is still at the same anchor, moves one whose anchor changed, mounts new
 * ones and removes the rest. Idempotent: syncing the same page twice changes nothing.
 */
import { h } from 'preact';
import { Badge } from '@/components/badge';
import type { Lang } from '@/components/i18n';
import type { DailyPlan } from '@/core/installment';
import type { PriceHistory, Verdict } from '@/core/messages';
import type { Check, Hint } from '@/core/report';
import { setBadgeAttributes } from './check-attributes';
import { pageIsDark } from './dark-mode';
import { logOnce } from './log';
import type { MountedUi, MountUi } from './mount';

export interface BadgeView {
  /** Every check's id and status: the pill. */
  verdicts: Verdict[];
  /** The whole checks for the card, once asked for (on first hover or focus) and answered. */
  checks: Check[] | null;
  hints: Hint[];
  dailyPlans: DailyPlan[];
  lang: Lang;
}

export interface BadgeSlot {
  /** Unique per surface: `cart:2580…`, `explain:2580…`. */
  key: string;
  itemId: string;
  anchor: Element;
  view: BadgeView;
}

interface Entry {
  slot: BadgeSlot;
  ui: MountedUi | null;
  /** Ends this entry's listeners on its host (the host may be reused for another item). */
  listening: AbortController;
  removed: boolean;
  history: PriceHistory | null;
  /** What was last rendered, so an unchanged view is not rendered again. */
  rendered: BadgeView | null;
}

/**
 * A price in a block of its own (a div line in a fixed-height virtual row) gets the badge INSIDE,
 * on the price's line; an inline price gets it right after. Either way beside the price, and no
 * extra line that would spill into the next row.
 */
function isBlock(anchor: Element): boolean {
  const display = anchor.ownerDocument.defaultView?.getComputedStyle(anchor).display || 'inline';
  return (
    ['block', 'flex', 'grid', 'list-item', 'flow-root'].includes(display) &&
    !['TD', 'TH'].includes(anchor.tagName)
  );
}

/** Spare hosts kept for reuse: a virtualised list drops and adds badges on every scroll. */
const MAX_SPARE = 64;

export class BadgeRegistry {
  private readonly entries = new Map<string, Entry>();
  /** Detached hosts, ready to move under a new anchor: no new shadow root to build. */
  private readonly spare: MountedUi[] = [];
  /** Read once per sync, not per badge (matchMedia per badge showed in the profile). */
  private dark = false;

  constructor(
    private readonly mount: MountUi,
    /** Fetched once per item, on first hover or focus (keeps message counts low). */
    private readonly loadHistory: (itemId: string) => Promise<PriceHistory | null>,
    /** A badge's card is about to open for the first time: its whole checks are wanted. */
    private readonly onOpen: (key: string) => void = () => undefined,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The host element of an item's badge (tests, e2e helpers). */
  hostOf(key: string): HTMLElement | null {
    return this.entries.get(key)?.ui?.host ?? null;
  }

  sync(slots: readonly BadgeSlot[]): void {
    const first = slots[0];
    if (first) this.dark = pageIsDark(first.anchor.ownerDocument);
    const seen = new Set<string>();
    const fresh: BadgeSlot[] = [];
    for (const slot of slots) {
      if (seen.has(slot.key)) continue;
      seen.add(slot.key);
      const entry = this.entries.get(slot.key);
      const moved =
        entry && (entry.slot.anchor !== slot.anchor || (entry.ui && !entry.ui.host.isConnected));
      if (entry && !moved) {
        entry.slot = slot;
        this.render(entry);
        continue;
      }
      fresh.push(slot);
    }
    // Every layout read first, then every write: a computed style read after each inserted or
    // removed host would force a style recalculation per badge (200 badges, 200 recalcs).
    const placements = fresh.map((slot) => isBlock(slot.anchor));
    const freshKeys = new Set(fresh.map((slot) => slot.key));
    for (const [key, entry] of this.entries) {
      // Gone from the page, or moved (dropped here, created again below at its new anchor).
      if (!seen.has(key) || freshKeys.has(key)) this.drop(key, entry);
    }
    fresh.forEach((slot, index) => this.create(slot, placements[index] === true));
  }

  clear(): void {
    for (const [key, entry] of this.entries) this.drop(key, entry);
    for (const ui of this.spare.splice(0)) ui.remove();
  }

  private create(slot: BadgeSlot, inside: boolean): void {
    const entry: Entry = {
      slot,
      ui: null,
      listening: new AbortController(),
      removed: false,
      history: null,
      rendered: null,
    };
    this.entries.set(slot.key, entry);
    // A badge left behind by an earlier instance of the script (extension reloaded) goes first.
    const stale = inside ? slot.anchor.lastElementChild : slot.anchor.nextElementSibling;
    if (
      stale?.tagName === 'KS-CHECK-BADGE' &&
      stale.getAttribute('data-check-item') === slot.itemId &&
      !this.owns(stale)
    ) {
      stale.remove();
    }
    const reused = this.spare.pop();
    if (reused) {
      if (inside) slot.anchor.append(reused.host);
      else slot.anchor.after(reused.host);
    }
    try {
      const ui =
        reused ??
        this.mount({
          name: 'ks-check-badge',
          anchor: slot.anchor,
          append: inside ? 'last' : 'after',
        });
      this.attach(entry, ui);
    } catch (error) {
      logOnce('mount badge', error);
    }
  }

  private owns(host: Element): boolean {
    for (const entry of this.entries.values()) if (entry.ui?.host === host) return true;
    return false;
  }

  private attach(entry: Entry, ui: MountedUi): void {
    entry.ui = ui;
    const loadOnce = () => {
      entry.listening.abort();
      this.onOpen(entry.slot.key);
      this.loadHistory(entry.slot.itemId)
        .then((history) => {
          if (entry.removed) return;
          entry.history = history;
          entry.rendered = null;
          this.render(entry);
        })
        .catch((error: unknown) => logOnce('price history', error));
    };
    const { signal } = entry.listening;
    ui.host.addEventListener('mouseenter', loadOnce, { signal });
    ui.host.addEventListener('focusin', loadOnce, { signal });
    this.render(entry);
  }

  /** Detaches a host for reuse, or really removes it when enough are spare. */
  private release(ui: MountedUi): void {
    if (this.spare.length >= MAX_SPARE) {
      ui.remove();
      return;
    }
    ui.host.remove();
    this.spare.push(ui);
  }

  private render(entry: Entry): void {
    const { ui, slot } = entry;
    if (!ui || entry.rendered === slot.view) return;
    entry.rendered = slot.view;
    setBadgeAttributes(ui.host, slot.itemId, slot.view.verdicts);
    ui.render(
      h(Badge, {
        // A reused host shows another item: a fresh component, not the last item's open card.
        key: slot.itemId,
        verdicts: slot.view.verdicts,
        checks: slot.view.checks,
        lang: slot.view.lang,
        dailyPlans: slot.view.dailyPlans,
        hints: slot.view.hints,
        history: entry.history,
        dark: this.dark,
      }),
    );
  }

  private drop(key: string, entry: Entry): void {
    entry.removed = true;
    entry.listening.abort();
    if (entry.ui) this.release(entry.ui);
    this.entries.delete(key);
  }
}
