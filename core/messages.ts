/**
 * Every message the content scripts, the popup and the options page send the background worker:
 * one discriminated union, validated with zod on arrival. Pure data — the browser plumbing that
 * sends and receives these lives in lib/messaging.ts.
 */
import { z } from './zod';
import { ITEM_ID } from './facts/item-id';
import type { DailyPlan } from './installment';
import type { LowCeiling } from './present/history';
import { fen, installmentChoice, isoDay, type FieldIssue } from './request';
import type { Check, InstallmentPlan, Message, Report } from './report';
import { pageKinds, type Settings } from './settings';

/**
 * What a price seen is (SPEC §8): `sale` — the item's ordinary selling price (the goods list's
 * 单价, a cart or detail price of an item without a 意向金/预售 mark); `activity` — a presale or
 * activity price (shown with a 意向金/预售 mark, a detail page's 预售价, a deposit item's cart
 * price). D-LOW90's low is taken from `sale` observations only.
 */
const priceKinds = ['sale', 'activity'] as const;
export type PriceKind = (typeof priceKinds)[number];

/**
 * A Kuaishou item id: digits only. It is a storage key and the first cell of the CSV export, so
 * nothing else (a formula, a path) may come in as one.
 */
const itemId = z.string().regex(ITEM_ID, 'an item id is 1 to 30 digits');

/** One price seen on a page (SPEC §8). */
const observation = z.object({
  itemId,
  fen,
  /** Epoch milliseconds. */
  at: z.number().int().nonnegative(),
  pageKind: z.enum(pageKinds),
  priceKind: z.enum(priceKinds),
  /** `page` — read off the page; `page-low` — a low the page itself states; `merchant` — typed in. */
  source: z.enum(['page', 'page-low', 'merchant']).default('page'),
});
export type Observation = z.infer<typeof observation>;

/** A batch of SPEC §9 requests from one page. The worker fills in the stored profile and history. */
/** The most requests one message may carry; content scripts send larger pages in chunks. */
export const maxRequestsPerMessage = 1000;
/** The most observations one message may carry. */
const maxObservationsPerMessage = 5000;

const batch = {
  requests: z.array(z.unknown()).max(maxRequestsPerMessage),
  /**
   * The prices seen on the page, sent with the question rather than after a timer: a tab closed
   * right after its first badge still leaves its prices (Firefox drops a message sent later).
   */
  observations: z.array(observation).max(maxObservationsPerMessage).optional(),
  pageKind: z.enum(pageKinds).optional(),
  /** 每日仅需 for every product from 100 元, not only the ones set to 分期 (the live room). */
  dailyFrom100: z.boolean().optional(),
};

export const requestMessage = z.discriminatedUnion('type', [
  /** Whole reports: a panel, a badge's card when it opens. */
  z.object({ type: z.literal('evaluate'), ...batch }),
  /**
   * Each check's id and status only: what a list of 200 badges shows. Whole reports for 200 items
   * were 2.5 MB of message (program terms, both languages) and ~80 ms of messaging per batch.
   */
  z.object({ type: z.literal('verdicts'), ...batch }),
  z.object({
    type: z.literal('plan-installment'),
    priceFen: fen,
    choice: installmentChoice,
    cosubsidyUsedFen: fen.optional(),
    /** The order's day; else the "check as of" setting, else today (Asia/Shanghai). */
    date: isoDay.optional(),
  }),
  z.object({
    type: z.literal('record-observations'),
    observations: z.array(observation).max(maxObservationsPerMessage),
  }),
  z.object({ type: z.literal('price-history'), itemId }),
  z.object({ type: z.literal('get-settings') }),
  // What a content script's UI needs but does not bundle (size budget): its words and its CSS.
  z.object({ type: z.literal('get-labels') }),
  /** A partial settings object, merged over the stored one and validated as a whole. */
  z.object({ type: z.literal('set-settings'), patch: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('get-pack') }),
  /** A pack whose thresholds ask nothing is saved only with `confirmed` (core/pack/sense.ts). */
  z.object({
    type: z.literal('import-pack'),
    pack: z.unknown(),
    confirmed: z.boolean().optional(),
  }),
  z.object({ type: z.literal('reset-pack') }),
  /** The campaign library (SPEC §2): every pack with its campaigns, as of a day. */
  z.object({ type: z.literal('list-packs'), day: z.string().max(10).optional() }),
  z.object({ type: z.literal('remove-pack'), id: z.string().min(1).max(200) }),
  z.object({ type: z.literal('export-pack'), id: z.string().min(1).max(200) }),
  /** 我已满足: an unread requirement of a campaign, confirmed (or not) by the merchant. */
  z.object({
    type: z.literal('confirm-requirement'),
    campaign: z.string().min(1).max(40),
    requirement: z.string().min(1).max(500),
    met: z.boolean(),
  }),
  z.object({ type: z.literal('export-history-csv') }),
  z.object({ type: z.literal('clear-history'), itemId: itemId.optional() }),
  z.object({ type: z.literal('reset-all') }),
  /** History's bytes against its budget (the options page). */
  z.object({ type: z.literal('storage-usage') }),
  /** The one-click cleanup: the sweep now, and eviction if still over budget. */
  z.object({ type: z.literal('cleanup-history') }),
  /**
   * The settings a restore preview named (from a backup or an export, lib/storage/
   * settings-restore.ts), each replacing the stored one whole; no other setting changes.
   */
  z.object({ type: z.literal('restore-settings'), settings: z.record(z.string(), z.unknown()) }),
]);
export type RequestMessage = z.infer<typeof requestMessage>;
export type MessageType = RequestMessage['type'];

/** A report, or why that one request was refused (the others in the batch still answer). */
export type EvaluationResult = { ok: true; report: Report } | { ok: false; issues: FieldIssue[] };

/** What `evaluate` answers per request: the result and the item's 每日仅需 figures, if any. */
export type EvaluatedItem =
  { ok: true; report: Report; dailyPlans: DailyPlan[] } | { ok: false; issues: FieldIssue[] };

/** A check as a list of badges needs it: the pill, its count and `data-checks`. */
export type Verdict = Pick<Check, 'id' | 'status'>;

/** What `verdicts` answers per request. */
export type ItemVerdicts =
  { ok: true; verdicts: Verdict[]; dailyPlans: DailyPlan[] } | { ok: false; issues: FieldIssue[] };

/** A stored point's kind; `unknown` for a point recorded before kinds existed (not on a list). */
export type StoredPriceKind = PriceKind | 'unknown';

export interface PriceHistory {
  itemId: string;
  /** Oldest first, within the look-back window. */
  points: { at: number; fen: number; kind: StoredPriceKind }[];
  /** The lowest `sale` price in the window (D-LOW90's reference). */
  lowFen: number | null;
  highFen: number | null;
  /** `sale` observations in the window: what the low rests on. */
  count: number;
  lookbackDays: number;
  /** D-LOW90's ceiling under the low, from the pack in force (the worker adds it). */
  ceiling?: LowCeiling | null;
}

/** Recorded prices' storage use against their budget. */
export interface StorageUsage {
  bytes: number;
  budgetBytes: number;
  items: number;
  /** Epoch ms of the last sweep (0: never). */
  sweptAt: number;
}

/** A save that failed because storage is full: said in words next to what was changed. */
export const storageFullCode = 'storage-full';

/** What each message type answers with, when it succeeds. */
export interface ResponseData {
  evaluate: EvaluatedItem[];
  verdicts: ItemVerdicts[];
  'plan-installment': InstallmentPlan;
  /** Points kept, and observations refused (stamped more than a day ahead). */
  'record-observations': { stored: number; refused: number };
  'price-history': PriceHistory;
  'get-settings': Settings;
  /** `components/labels.ts`' dictionaries (name → key → { zh, en }) and `components/ui.css`. */
  'get-labels': { labels: Record<string, Record<string, Message | undefined>>; css: string };
  'set-settings': Settings;
  'get-pack': unknown;
  /** `unconfirmed`: valid but not saved — its thresholds that ask nothing, for the merchant to
   *  confirm (sent again with `confirmed: true`). */
  'import-pack': { version: string; unconfirmed?: FieldIssue[] };
  'reset-pack': { version: string };
  'list-packs': import('@/lib/storage/rule-pack').LibraryEntry[];
  'remove-pack': { removed: boolean };
  'export-pack': unknown;
  'confirm-requirement': Record<string, never>;
  'export-history-csv': { csv: string; rows: number };
  'clear-history': { removed: number };
  'reset-all': Record<string, never>;
  'storage-usage': StorageUsage;
  'cleanup-history': StorageUsage;
  'restore-settings': Settings;
}

export type Response<T extends MessageType> =
  | { ok: true; data: ResponseData[T] }
  | { ok: false; error: string; issues?: FieldIssue[]; code?: typeof storageFullCode };
