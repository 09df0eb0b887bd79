/**
 * Everything the background worker answers, without the browser plumbing, so tests can drive it
 * directly. The worker holds no state of its own: every handler reads storage, so an MV3 worker
 * killed between two messages answers the next one exactly as before.
 */
import { storage } from 'wxt/utils/storage';
import { labels } from '@/components/labels';
import uiCss from '@/components/ui.css?inline';
import { planInstallment } from '@/core/installment';
import {
  requestMessage,
  type MessageType,
  type RequestMessage,
  type Response,
  type ResponseData,
} from '@/core/messages';
import { toFieldIssues, type FieldIssue } from '@/core/request';
import type { PageKind } from '@/core/settings';
import { createPriceHistoryStore, type PriceHistoryStore } from '@/lib/storage/price-history';
import { createRulePackStore, type RulePackStore } from '@/lib/storage/rule-pack';
import { createSettingsStore, type SettingsStore } from '@/lib/storage/settings';
import type { Browser } from 'wxt/browser';
import { evaluateBatch, toVerdicts, type BatchContext } from './evaluate-batch';
import { isTrustedSender, type ExtensionIdentity } from './sender';

export interface WorkerStores {
  settings: SettingsStore;
  history: PriceHistoryStore;
  packs: RulePackStore;
}

/** A refusal with the field paths that caused it. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
}

type Handlers = {
  [T in MessageType]: (message: Extract<RequestMessage, { type: T }>) => Promise<ResponseData[T]>;
};

export function createWorker(
  stores: WorkerStores = {
    settings: createSettingsStore(),
    history: createPriceHistoryStore(),
    packs: createRulePackStore(),
  },
  clock: () => number = Date.now,
) {
  const { settings, history, packs } = stores;

  /** What a batch is evaluated with: the stored settings and pack, now, and recorded history. */
  async function batchContext(message: {
    pageKind?: PageKind;
    dailyFrom100?: boolean;
  }): Promise<BatchContext> {
    const [current, pack] = await Promise.all([settings.load(), packs.current()]);
    const nowMs = clock();
    return {
      settings: current,
      pack,
      nowMs,
      pageKind: message.pageKind,
      dailyFrom100: message.dailyFrom100,
      historiesOf: (itemIds) => history.summaries(itemIds, current.lookbackDays, nowMs),
    };
  }

  const handlers: Handlers = {
    evaluate: async (message) => evaluateBatch(message.requests, await batchContext(message)),

    verdicts: async (message) =>
      (await evaluateBatch(message.requests, await batchContext(message))).map(toVerdicts),

    async 'plan-installment'(message) {
      const { periods, payer, program } = message.choice;
      if (periods === undefined || periods === null) {
        throw new Refusal('the number of periods is missing', [
          { path: 'choice.periods', message: 'choose 3, 6 or 12' },
        ]);
      }
      const [current, pack] = await Promise.all([settings.load(), packs.current()]);
      return planInstallment(
        {
          priceFen: message.priceFen,
          periods,
          // A program is always interest-free: the merchant side (and the platform) pays.
          payer: payer ?? (program ? 'merchant' : 'consumer'),
          program: program ?? null,
          cosubsidyUsedFen: message.cosubsidyUsedFen ?? current.merchant.cosubsidyUsedFen ?? 0,
        },
        pack,
        current.feeRatesBp,
      );
    },

    async 'record-observations'(message) {
      const current = await settings.load();
      const stored = await history.record(message.observations, current.lookbackDays, clock());
      return { stored };
    },

    async 'price-history'(message) {
      const current = await settings.load();
      return history.history(message.itemId, current.lookbackDays, clock());
    },

    'get-settings': () => settings.load(),
    'get-labels': () => Promise.resolve({ labels, css: uiCss }),

    async 'set-settings'(message) {
      const result = await settings.update(message.patch);
      if (!result.ok) throw new Refusal('the settings are invalid', result.issues);
      return result.settings;
    },

    'get-pack': () => packs.current(),

    async 'import-pack'(message) {
      const result = await packs.importPack(message.pack);
      if (!result.ok && 'saveError' in result) {
        throw new Refusal(
          `the rule pack is valid but could not be saved (${result.saveError}); the current one is kept`,
        );
      }
      if (!result.ok)
        throw new Refusal('the rule pack is invalid; the current one is kept', result.issues);
      return { version: result.pack.version };
    },

    async 'reset-pack'() {
      return { version: (await packs.reset()).version };
    },

    'export-history-csv': () => history.exportCsv(),

    async 'clear-history'(message) {
      return { removed: await history.clear(message.itemId) };
    },

    async 'reset-all'() {
      await storage.clear('local');
      await Promise.all([settings.reset(), packs.reset()]);
      return {};
    },
  };

  /** Validates and answers one message; never throws, never changes anything for a bad one. */
  async function handle(raw: unknown): Promise<Response<MessageType>> {
    const parsed = requestMessage.safeParse(raw);
    if (!parsed.success) {
      const type =
        typeof raw === 'object' && raw !== null && 'type' in raw ? String(raw.type) : '(none)';
      return {
        ok: false,
        error: `malformed or unknown message (type ${type})`,
        issues: toFieldIssues(parsed.error),
      };
    }
    const message = parsed.data;
    try {
      const handler = handlers[message.type] as (message: RequestMessage) => Promise<unknown>;
      const data = await handler(message);
      return { ok: true, data } as Response<MessageType>;
    } catch (error) {
      if (error instanceof Refusal)
        return { ok: false, error: error.message, issues: error.issues };
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** The listener's whole job: refuse strangers, answer everyone else. */
  function answer(
    raw: unknown,
    sender: Browser.runtime.MessageSender,
    self: ExtensionIdentity,
  ): Promise<Response<MessageType>> {
    if (!isTrustedSender(sender, self)) {
      return Promise.resolve({
        ok: false,
        error: 'refused: the sender is not part of this extension',
      });
    }
    return handle(raw);
  }

  return { handle, answer };
}
export type Worker = ReturnType<typeof createWorker>;
