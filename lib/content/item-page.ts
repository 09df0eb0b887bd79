/**
 * The engine shared by the pages that show products in lists (goods list, live console, live
 * room): watch each container (one observer each), coalesce changes per frame, read with the
 * page's adapter, record the prices, ask the worker once per flush, and render badges (and the
 * panel of the product being explained) from the answers.
 */
import { priceKindOf, shownPrices } from '@/core/facts/price';
import type { Message } from '@/core/report';
import type { EvaluationRequest } from '@/core/request';
import type { PageKind, Settings } from '@/core/settings';
import type { ItemRead } from '@/lib/adapters/types';
import { BadgeRegistry, type BadgeSlot, type BadgeView } from './badge-registry';
import type { ContentEnv, Feature } from './env';
import { createFrameBatcher } from './frame-batcher';
import { chunkSize, ItemEvaluator, type EvaluationJob, type ItemResult } from './item-evaluator';
import type { PanelHost } from './panel-host';
import { langOf, pageHidden } from './settings-store';
import { watchContainer, type ContainerWatch } from './watch-container';

interface SlotRead {
  /** Unique on the page: `row:2580…`, `cart:2580…`, `explain:2580…`. */
  key: string;
  item: ItemRead;
}

interface PageRead {
  slots: SlotRead[];
  /** The product the panel is about (the one being explained), if any. */
  panel?: (SlotRead & { title?: Message }) | null;
}

export interface ItemPageSpec {
  kind: PageKind;
  containers: (() => Element | null)[];
  read(containers: readonly (Element | null)[]): PageRead;
  /** 每日仅需 for every product ≥ 100 元, not only the ones set to 分期. */
  dailyForAllFrom100?: boolean;
  /** Extra notes for the panel (e.g. whether the room is live). */
  panelNote?: () => Message | null;
  /**
   * The panel of the product being explained (the live console passes `createPanelHost`). Passed
   * in, not imported: a page without a panel (the live room) then bundles no panel code at all.
   */
  panelHost?: (env: ContentEnv, kind: PageKind) => PanelHost;
}

export interface ItemPage extends Feature {
  flushNow(): void;
  registry: BadgeRegistry;
  evaluator: ItemEvaluator;
  panel: PanelHost;
}

/**
 * The item's request: what its page shows, facts only — its 先用后付 mark, a price it could not
 * read. The worker adds what it stores (profile, buyer scores, history); the core decides what
 * those facts mean (the buyer-score hint or C-BNPL, which checks are unknown and why).
 */
export function jobFor(key: string, item: ItemRead): EvaluationJob {
  const product: EvaluationRequest['product'] = { ...item.product };
  if (item.buyNowPayLater) product.buyNowPayLater = true;
  if (item.priceProblem !== null) {
    product.unreadable = [
      { field: 'price', text: (item.priceText ?? '').slice(0, 256), reason: item.priceProblem },
    ];
  }
  return { key, request: { product } };
}

/**
 * A 讲解中 card often shows only title and price; the list row of the same product knows its
 * deposit and 分期 tags. The card's product is the row's, marked as explained.
 */
export function withKnownTags(card: ItemRead, known: ItemRead | undefined): ItemRead {
  if (!known) return card;
  const product = { ...known.product, ...card.product, live: { explaining: true } };
  if (!card.product.deposit && known.product.deposit) product.deposit = known.product.deposit;
  if (!card.product.installment && known.product.installment)
    product.installment = known.product.installment;
  const depositItem = product.deposit != null;
  if (product.activityPriceFen == null)
    Object.assign(product, shownPrices(product.priceFen ?? null, depositItem));
  return {
    ...card,
    product,
    buyNowPayLater: card.buyNowPayLater || known.buyNowPayLater,
    priceKind: depositItem ? priceKindOf({ depositItem }) : card.priceKind,
  };
}

/**
 * A page larger than one message's chunk: the rows in the viewport are asked about first (one
 * layout read; hidden rows have no box). Smaller pages keep their order and cost no layout read.
 */
function visibleFirst(slots: readonly SlotRead[], doc: Document): readonly SlotRead[] {
  if (slots.length <= chunkSize) return slots;
  const height = doc.defaultView?.innerHeight ?? 0;
  const inView = (slot: SlotRead) => {
    const box = slot.item.anchor.getBoundingClientRect();
    return box.height > 0 && box.bottom > 0 && box.top < height;
  };
  const visible: SlotRead[] = [];
  const rest: SlotRead[] = [];
  for (const slot of slots) (inView(slot) ? visible : rest).push(slot);
  return [...visible, ...rest];
}

/** The panel of a page that has none. */
const noPanel: PanelHost = {
  show: () => undefined,
  refresh: () => undefined,
  remove: () => undefined,
  host: () => null,
};

export function runItemPage(env: ContentEnv, spec: ItemPageSpec): ItemPage {
  const batcher = createFrameBatcher(env.ctx, spec.kind, () => flush());
  // An answer is rendered at once, not a frame later: the page has long been laid out by then,
  // and the badges land in the next frame instead of the one after.
  const onAnswer = () => {
    batcher.schedule();
    batcher.flush();
  };
  const dailyFrom100 = spec.dailyForAllFrom100 === true;
  /** Every listed item's verdicts: all a pill shows. */
  const evaluator = new ItemEvaluator(env.send, spec.kind, 'verdicts', onAnswer, dailyFrom100);
  /** Whole reports: the panel's item, and each item whose card has been opened. */
  const details = new ItemEvaluator(env.send, spec.kind, 'evaluate', onAnswer, dailyFrom100);
  // The prices seen travel with the verdict question: nothing waits on a timer.
  evaluator.observations = () => env.recorder.take();
  const opened = new Set<string>();
  const registry = new BadgeRegistry(env.mount, env.history, (key) => {
    opened.add(key);
    batcher.schedule();
  });
  const panel = spec.panelHost?.(env, spec.kind) ?? noPanel;
  const views = new Map<
    string,
    { result: ItemResult; detail?: ItemResult; settings: Settings | null; view: BadgeView }
  >();

  const viewOf = (
    slot: SlotRead,
    result: ItemResult,
    detail: ItemResult | undefined,
    settings: Settings | null,
  ): BadgeView => {
    const memo = views.get(slot.key);
    if (memo?.result === result && memo.detail === detail && memo.settings === settings)
      return memo.view;
    // The worker has already left out the checks hidden on this kind of page.
    const whole = detail ?? result;
    const view: BadgeView = {
      verdicts: result.verdicts,
      checks: whole.checks,
      hints: whole.hints,
      dailyPlans: result.dailyPlans,
      lang: langOf(settings),
    };
    views.set(slot.key, { result, detail, settings, view });
    return view;
  };

  /** The last read of the page, and the containers' versions it was made at. */
  let lastRead: { versions: string; read: PageRead } | null = null;
  /**
   * The page as it is now. Read again only when a watched container changed: an answer from the
   * worker re-renders from the last read instead of walking 200 cards again.
   */
  const readPage = (): PageRead => {
    // A container gone from the page counts as a change too (its slots must go).
    const versions = watches
      .map((watch) => `${watch.version()}${watch.current() ? '' : '-'}`)
      .join(' ');
    if (lastRead?.versions !== versions) {
      lastRead = { versions, read: spec.read(watches.map((watch) => watch.current())) };
    }
    return lastRead.read;
  };

  function flush(): void {
    const settings = env.settings.current();
    const read = readPage();
    const slots = read.panel ? [...read.slots, read.panel] : read.slots;
    for (const { item } of slots) {
      if (typeof item.product.priceFen === 'number') {
        env.recorder.record(item.itemId, item.product.priceFen, spec.kind, item.priceKind);
      }
    }
    if (pageHidden(settings, spec.kind)) {
      registry.sync([]);
      panel.show(null);
      return;
    }
    const toJob = (slot: SlotRead) => jobFor(slot.key, slot.item);
    evaluator.request(visibleFirst(read.slots, env.doc).map(toJob));
    // Prices not sent with a question (nothing changed to ask about) go at once on their own.
    env.recorder.flush();
    const wanted = read.slots.filter((slot) => opened.has(slot.key));
    details.request((read.panel ? [...wanted, read.panel] : wanted).map(toJob));
    const badges: BadgeSlot[] = [];
    for (const slot of read.slots) {
      const result = evaluator.result(slot.key);
      if (!result) continue;
      const detail = opened.has(slot.key) ? details.result(slot.key) : undefined;
      const view = viewOf(slot, result, detail, settings);
      // Every item keeps its pill, even with no check that applies: its card says why (e.g. no
      // current campaign) and holds the price history.
      badges.push({ key: slot.key, itemId: slot.item.itemId, anchor: slot.item.anchor, view });
    }
    registry.sync(badges);
    const panelResult = read.panel ? details.result(read.panel.key) : undefined;
    if (read.panel && panelResult) {
      const view = viewOf(read.panel, panelResult, panelResult, settings);
      panel.show({
        title: read.panel.title,
        checks: panelResult.checks ?? [],
        hints: view.hints,
        installment: panelResult.installment,
        dailyPlans: panelResult.dailyPlans,
        note: spec.panelNote?.() ?? null,
      });
    } else if (!read.panel) {
      panel.show(null);
    }
  }

  const watches: ContainerWatch[] = spec.containers.map((find) =>
    watchContainer(env.ctx, {
      kind: spec.kind,
      find,
      onChange: () => batcher.schedule(),
      refindMs: 500,
    }),
  );
  batcher.schedule();

  return {
    refresh() {
      evaluator.invalidate();
      details.invalidate();
      views.clear();
      panel.refresh();
      batcher.schedule();
    },
    stop() {
      watches.forEach((watch) => watch.stop());
      registry.clear();
      panel.remove();
    },
    flushNow() {
      batcher.schedule();
      batcher.flush();
    },
    registry,
    evaluator,
    panel,
  };
}
