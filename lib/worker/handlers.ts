/**
 * Everything the background worker answers, without the browser plumbing, so tests can drive it
 * directly. The worker holds no state of its own that storage does not also hold: every handler
 * reads storage, so an MV3 worker killed between two messages answers the next one as before.
 *
 * Writes cannot lose each other: each store serialises its own read-modify-writes, and
 * `reset-all` / `clear-history` hold the write gate alone (lib/storage/write-gate.ts). Prices that
 * come with a verdict question are written after the answer, coalesced (./record-queue.ts), so a
 * page repricing every frame costs the other tabs nothing but its own bounded queue.
 */
import { storage } from 'wxt/utils/storage';
import { shanghaiDay } from '@/core/dates';
import { dayInForce } from '@/core/prepare';
import { lowCeiling } from '@/core/present/history';
import { payerOf, planInstallment } from '@/core/installment';
import {
  requestMessage,
  storageFullCode,
  type MessageType,
  type Observation,
  type RequestMessage,
  type Response,
  type ResponseData,
} from '@/core/messages';
import { toFieldIssues, type FieldIssue } from '@/core/request';
import { contentUi } from '@/lib/content-ui';
import type { PageKind } from '@/core/settings';
import { createPriceHistoryStore, type PriceHistoryStore } from '@/lib/storage/price-history';
import { createRulePackStore, type RulePackStore } from '@/lib/storage/rule-pack';
import { createSettingsStore, type SettingsStore } from '@/lib/storage/settings';
import { createWriteGate } from '@/lib/storage/write-gate';
import type { Browser } from 'wxt/browser';
import { evaluateBatch, toVerdicts, type BatchContext } from './evaluate-batch';
import { createRecordQueue } from './record-queue';
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

/** Chrome: "QUOTA_BYTES quota exceeded"; Firefox: "QuotaExceededError" / "quota". */
const isQuotaError = (error: unknown) =>
  /quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error));

/** What a save that failed on a full storage says, in words (never "invalid"). */
const storageFullMessage = '存储空间已满 — 清理价格记录 (storage is full — clear recorded prices)';

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
  const gate = createWriteGate();
  const recordLater = createRecordQueue((observations) =>
    gate.shared(async () => {
      const current = await settings.load();
      return history.record(observations, current.lookbackDays, clock());
    }),
  );

  /** Queued on arrival, written after the answer, coalesced (./record-queue.ts). */
  function keepObservations(message: { observations?: Observation[] }) {
    if (message.observations && message.observations.length > 0)
      void recordLater.add(message.observations);
  }

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
    async evaluate(message) {
      keepObservations(message);
      return evaluateBatch(message.requests, await batchContext(message));
    },

    async verdicts(message) {
      keepObservations(message);
      return (await evaluateBatch(message.requests, await batchContext(message))).map(toVerdicts);
    },

    async 'plan-installment'(message) {
      const { periods, program } = message.choice;
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
          payer: payerOf(message.choice),
          program: program ?? null,
          day: dayInForce({ asOfDate: current.asOfDate, now: new Date(clock()) }, message.date),
          cosubsidyUsedFen: message.cosubsidyUsedFen ?? current.merchant.cosubsidyUsedFen ?? 0,
        },
        pack,
        current.feeRatesBp,
      );
    },

    'record-observations': (message) =>
      gate.shared(async () => {
        const current = await settings.load();
        return history.record(message.observations, current.lookbackDays, clock());
      }),

    async 'price-history'(message) {
      const [current, pack] = await Promise.all([settings.load(), packs.current()]);
      const recorded = await history.history(message.itemId, current.lookbackDays, clock());
      // The sparkline's D-LOW90 line, from the pack in force (core/present/history).
      return { ...recorded, ceiling: lowCeiling(recorded.lowFen, pack) };
    },

    'get-settings': () => settings.load(),
    'get-labels': () => Promise.resolve(contentUi),

    'set-settings': (message) =>
      gate.shared(async () => {
        const result = await settings.update(message.patch);
        if (!result.ok) throw new Refusal('the settings are invalid', result.issues);
        return result.settings;
      }),

    'restore-settings': (message) =>
      gate.shared(async () => {
        const result = await settings.restore(message.settings);
        if (!result.ok) throw new Refusal('not restored: nothing was changed', result.issues);
        return result.settings;
      }),

    'get-pack': () => packs.current(),

    'import-pack': (message) =>
      gate.shared(async () => {
        const result = await packs.importPack(message.pack, message.confirmed);
        if (result.ok === false)
          throw new Refusal('the rule pack is invalid; the current one is kept', result.issues);
        if (result.ok === 'unconfirmed')
          return { version: result.pack.version, unconfirmed: result.warnings };
        return { version: result.pack.version };
      }),

    'reset-pack': () => gate.shared(async () => ({ version: (await packs.reset()).version })),

    'list-packs': (message) => packs.list(message.day ?? shanghaiDay(clock())),
    'remove-pack': (message) =>
      gate.shared(async () => ({ removed: await packs.remove(message.id) })),
    'export-pack': (message) => packs.exportPack(message.id),
    'confirm-requirement': (message) =>
      gate.shared(async () => {
        await packs.confirm(message.campaign, message.requirement, message.met);
        return {};
      }),

    'export-history-csv': () => history.exportCsv(),

    'clear-history': (message) =>
      gate.exclusive(async () => {
        if (message.itemId === undefined) recordLater.discard();
        return { removed: await history.clear(message.itemId) };
      }),

    'reset-all': () =>
      gate.exclusive(async () => {
        // Prices that arrived before the reset and are not written yet belong to the old data.
        recordLater.discard();
        await storage.clear('local');
        history.forget();
        await Promise.all([settings.reset(), packs.reset()]);
        return {};
      }),

    'storage-usage': () => history.usage(),

    'cleanup-history': () =>
      gate.shared(async () => {
        const current = await settings.load();
        return history.cleanup(current.lookbackDays, clock());
      }),
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
      if (isQuotaError(error))
        return { ok: false, error: storageFullMessage, code: storageFullCode };
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

  /** Resolves when the prices queued with questions are written (tests, benchmarks). */
  const idle = () => recordLater.idle();

  return { handle, answer, idle };
}
export type Worker = ReturnType<typeof createWorker>;
