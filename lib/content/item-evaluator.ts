/**
 * Asks the worker about items — `verdicts` for a list's badges, `evaluate` (whole reports) for a
 * panel or an opened card — and keeps each item's answer until its request changes. An answer
 * arriving triggers another flush, which reads the page as it is THEN (a row may have been reused
 * meanwhile) and renders from this cache.
 *
 * Bounded, so no page can flood the worker or be refused whole: at most ONE message in flight per
 * evaluator, in chunks of `chunkSize` requests (the worker's cap is 1 000; a page of 1 200 rows
 * was refused whole and every pill showed "?"), in the order given (the page puts visible rows
 * first). What changes while a message is out waits, the latest request per item only: a page
 * repricing every frame sends one message per answer, never a backlog.
 */
import type { DailyPlan } from '@/core/installment';
import type { EvaluatedItem, ItemVerdicts, Observation, Verdict } from '@/core/messages';
import type { Check, Hint, InstallmentPlan, Message } from '@/core/report';
import { text } from '@/components/i18n';
import type { PageKind } from '@/core/settings';
import type { Send } from './env';
import { logOnce } from './log';

export interface ItemResult {
  /** Every check's id and status: the pill, its count, `data-checks`. */
  verdicts: Verdict[];
  /** The whole checks; null when only the verdicts were asked for (the card asks on opening). */
  checks: Check[] | null;
  hints: Hint[];
  installment: InstallmentPlan | null;
  /** 每日仅需 per period count (the worker works them out with the report). */
  dailyPlans: DailyPlan[];
}

export interface EvaluationJob {
  key: string;
  request: unknown;
}

interface Pending {
  job: EvaluationJob;
  signature: string;
}

interface Cached {
  signature: string;
  result: ItemResult;
}

/** Words from the dictionaries the worker sends (DESIGN-REVIEW V27: no report words made here). */
function refused(said: Message, detail: string): ItemResult {
  return {
    verdicts: [],
    checks: [],
    // Before the worker's words arrive (it may be down) the detail alone is said.
    hints: [
      {
        id: 'not-evaluated',
        message: { zh: (said?.zh ?? '') + detail, en: (said?.en ?? '') + detail },
      },
    ],
    installment: null,
    dailyPlans: [],
  };
}

function toItemResult(result: EvaluatedItem | ItemVerdicts | undefined): ItemResult {
  if (!result) return refused(text.noAnswer, '');
  if (!result.ok) {
    const detail = result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    return refused(text.notCheckable, detail);
  }
  if (!('report' in result)) {
    const { verdicts, dailyPlans } = result;
    return { verdicts, checks: null, hints: [], installment: null, dailyPlans };
  }
  const { checks, hints, installment } = result.report;
  return { verdicts: checks, checks, hints, installment, dailyPlans: result.dailyPlans };
}

/** Requests per message: well within the worker's cap, and a first answer for the visible rows. */
export const chunkSize = 200;

export class ItemEvaluator {
  private readonly cache = new Map<string, Cached>();
  /** The signature asked for per key, waiting or sent: an answer to an older one is dropped. */
  private readonly inFlight = new Map<string, string>();
  /** Asked for but not sent yet (a message is out), in the order to send them. */
  private readonly waiting = new Map<string, Pending>();
  private sending = false;
  /** The page's observations to send with the next message (prices kept on a quick close). */
  observations: (() => Observation[]) | null = null;

  constructor(
    private readonly send: Send,
    private readonly kind: PageKind,
    /** `verdicts` for a list's badges, `evaluate` for whole reports. */
    private readonly type: 'verdicts' | 'evaluate',
    private readonly onAnswer: () => void,
    /** 每日仅需 for every product from 100 元 (the live pages), not only those set to 分期. */
    private readonly dailyFrom100 = false,
  ) {}

  /** The latest answer for a key, even while a newer request for it is on its way. */
  result(key: string): ItemResult | undefined {
    return this.cache.get(key)?.result;
  }

  /**
   * The settings changed (fee rates, profile): ask again for everything, but keep showing the old
   * answers until the new ones arrive, so badges do not flicker.
   */
  invalidate(): void {
    for (const cached of this.cache.values()) cached.signature = '';
    this.inFlight.clear();
    this.waiting.clear();
  }

  /** Asks for every job whose request is new or changed: at once, or after the message out. */
  request(jobs: readonly EvaluationJob[]): void {
    for (const job of jobs) {
      const signature = JSON.stringify(job.request);
      if (this.cache.get(job.key)?.signature === signature) continue;
      if (this.inFlight.get(job.key) === signature) continue;
      this.inFlight.set(job.key, signature);
      this.waiting.delete(job.key);
      this.waiting.set(job.key, { job, signature });
    }
    this.pump();
  }

  /** Sends the next chunk when no message is out. */
  private pump(): void {
    if (this.sending || this.waiting.size === 0) return;
    const batch: Pending[] = [];
    for (const [key, entry] of this.waiting) {
      if (batch.length >= chunkSize) break;
      this.waiting.delete(key);
      batch.push(entry);
    }
    this.sending = true;
    const observations = this.observations?.() ?? [];
    const answer: Promise<readonly (EvaluatedItem | ItemVerdicts)[]> = this.send({
      type: this.type,
      requests: batch.map((entry) => entry.job.request),
      pageKind: this.kind,
      ...(this.dailyFrom100 && { dailyFrom100: true }),
      ...(observations.length > 0 && { observations }),
    });
    answer
      .then((results) => this.store(batch, (_entry, index) => toItemResult(results[index])))
      .catch((error: unknown) => {
        logOnce('evaluate', error);
        // Remember the failure for these requests: no retry storm every frame; a change retries.
        const detail = error instanceof Error ? error.message : String(error);
        this.store(batch, () => refused(text.checkerDown, detail));
      })
      // Rendering the answer can fail too (a page torn down meanwhile): logged, never unhandled.
      .catch((error: unknown) => logOnce('evaluate', error));
  }

  private store(
    batch: readonly Pending[],
    resultOf: (entry: Pending, index: number) => ItemResult,
  ): void {
    batch.forEach((entry, index) => {
      // A newer request for this key superseded this one: its answer is not wanted.
      if (this.inFlight.get(entry.job.key) !== entry.signature) return;
      this.inFlight.delete(entry.job.key);
      this.cache.set(entry.job.key, { signature: entry.signature, result: resultOf(entry, index) });
    });
    this.sending = false;
    this.pump();
    this.onAnswer();
  }
}
