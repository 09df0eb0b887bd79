/**
 * The engine of the pages that show one panel about one thing (the goods form, the signup page,
 * the detail page, the workbench home): read → one request → the worker → the panel. Re-read when
 * the watched container changes or the merchant types (debounced), never writing to the page.
 */
import type { PriceHistory } from '@/core/messages';
import type { Message } from '@/core/report';
import type { EvaluationRequest, Merchant } from '@/core/request';
import type { PageKind } from '@/core/settings';
import type { ContentEnv, Feature } from './env';
import { ItemEvaluator } from './item-evaluator';
import { guard, logOnce } from './log';
import { createPanelHost, type PanelHost } from './panel-host';
import { pageHidden } from './settings-store';
import { watchContainer } from './watch-container';

interface PanelRead {
  request: EvaluationRequest;
  title?: Message;
  note?: Message | null;
  /** Show the price history of this item (sparkline, low and its source). */
  historyItemId?: string | null;
  offer?: { metrics: Partial<Merchant>; onAccept(): void; onDismiss(): void } | null;
}

export interface PanelPageSpec {
  kind: PageKind;
  container: () => Element | null;
  read(container: Element): PanelRead | null;
  /** Also re-read on `input`/`change` inside the container (the goods form). */
  followInput?: boolean;
  debounceMs?: number;
}

export interface PanelPage extends Feature {
  flushNow(): void;
  panel: PanelHost;
  evaluator: ItemEvaluator;
}

export function runPanelPage(env: ContentEnv, spec: PanelPageSpec): PanelPage {
  const panel = createPanelHost(env, spec.kind);
  let timer: number | null = null;
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = env.ctx.setTimeout(() => {
      timer = null;
      guard(spec.kind, flush);
    }, spec.debounceMs ?? 150);
  };
  const evaluator = new ItemEvaluator(env.send, spec.kind, 'evaluate', () =>
    guard(spec.kind, flush),
  );
  // The prices seen travel with the question: nothing waits on a timer.
  evaluator.observations = () => env.recorder.take();
  let history: { itemId: string; value: PriceHistory | null } | null = null;

  const loadHistory = (itemId: string) => {
    if (history?.itemId === itemId) return;
    history = { itemId, value: null };
    env
      .history(itemId)
      .then((value) => {
        if (history?.itemId !== itemId) return;
        history = { itemId, value };
        guard(spec.kind, flush);
      })
      .catch((error: unknown) => logOnce('price history', error));
  };

  function flush(): void {
    const container = watch.current();
    const read = container ? spec.read(container) : null;
    if (!read || pageHidden(env.settings.current(), spec.kind)) {
      panel.show(null);
      return;
    }
    evaluator.request([{ key: 'panel', request: read.request }]);
    env.recorder.flush();
    const result = evaluator.result('panel');
    if (!result) return;
    if (read.historyItemId) loadHistory(read.historyItemId);
    panel.show({
      title: read.title,
      checks: result.checks ?? [],
      hints: result.hints,
      installment: result.installment,
      history: read.historyItemId && history?.itemId === read.historyItemId ? history.value : null,
      note: read.note ?? null,
      offer: read.offer ?? null,
    });
  }

  const watch = watchContainer(env.ctx, {
    kind: spec.kind,
    find: spec.container,
    onChange: schedule,
    refindMs: 500,
  });
  const listening = new AbortController();
  env.ctx.onInvalidated(() => listening.abort());
  if (spec.followInput) {
    const onInput = (event: Event) => {
      const container = watch.current();
      if (container && event.target instanceof Node && container.contains(event.target)) schedule();
    };
    // Capture on the document: the form may be re-rendered, the listener stays.
    for (const type of ['input', 'change', 'click']) {
      env.doc.addEventListener(type, onInput, { capture: true, signal: listening.signal });
    }
  }
  schedule();

  return {
    refresh() {
      evaluator.invalidate();
      panel.refresh();
      schedule();
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      listening.abort();
      watch.stop();
      panel.remove();
    },
    flushNow() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      flush();
    },
    panel,
    evaluator,
  };
}
