/**
 * Asks the worker about items — ONE message for everything new in a flush: `verdicts` for a list's
 * badges, `evaluate` (whole reports) for a panel or an opened card — and keeps each item's answer
 * until its request changes. An answer arriving triggers another flush, which
 * reads the page as it is THEN (a row may have been reused meanwhile) and renders from this cache.
 */
import type { DailyPlan } from '@/core/installment';
import type { EvaluatedItem, ItemVerdicts, Verdict } from '@/core/messages';
import type { Check, Hint, InstallmentPlan } from '@/core/report';
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

function refused(zh: string, en: string, detail: string): ItemResult {
  return {
    verdicts: [],
    checks: [],
    hints: [{ id: 'not-evaluated', message: { zh: `${zh}${detail}`, en: `${en}${detail}` } }],
    installment: null,
    dailyPlans: [],
  };
}

export function toItemResult(result: EvaluatedItem | ItemVerdicts | undefined): ItemResult {
  if (!result) return refused('未得到检查结果', 'No answer from the checker', '');
  if (!result.ok) {
    const detail = result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    return refused('页面数据无法检查：', 'The page data could not be checked: ', detail);
  }
  if (!('report' in result)) {
    const { verdicts, dailyPlans } = result;
    return { verdicts, checks: null, hints: [], installment: null, dailyPlans };
  }
  const { checks, hints, installment } = result.report;
  return { verdicts: checks, checks, hints, installment, dailyPlans: result.dailyPlans };
}

export class ItemEvaluator {
  private readonly cache = new Map<string, Cached>();
  private readonly inFlight = new Map<string, string>();

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
  }

  /** Sends every job whose request is new or changed, all in one message. */
  request(jobs: readonly EvaluationJob[]): void {
    const batch: Pending[] = [];
    const keys = new Set<string>();
    for (const job of jobs) {
      const signature = JSON.stringify(job.request);
      if (this.cache.get(job.key)?.signature === signature) continue;
      if (this.inFlight.get(job.key) === signature) continue;
      if (keys.has(job.key)) continue;
      keys.add(job.key);
      this.inFlight.set(job.key, signature);
      batch.push({ job, signature });
    }
    if (batch.length === 0) return;
    const answer: Promise<readonly (EvaluatedItem | ItemVerdicts)[]> = this.send({
      type: this.type,
      requests: batch.map((entry) => entry.job.request),
      pageKind: this.kind,
      ...(this.dailyFrom100 && { dailyFrom100: true }),
    });
    answer
      .then((results) => this.store(batch, (_entry, index) => toItemResult(results[index])))
      .catch((error: unknown) => {
        logOnce('evaluate', error);
        // Remember the failure for these requests: no retry storm every frame; a change retries.
        const detail = error instanceof Error ? error.message : String(error);
        this.store(batch, () =>
          refused('检查服务暂不可用：', 'The checker is unavailable: ', detail),
        );
      });
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
    this.onAnswer();
  }
}
