/**
 * Asks the worker about items — ONE `evaluate` message for everything new in a flush — and keeps
 * each item's answer until its request changes. An answer arriving triggers another flush, which
 * reads the page as it is THEN (a row may have been reused meanwhile) and renders from this cache.
 */
import type { EvaluationResult } from '@/core/messages';
import type { Check, Hint, InstallmentPlan } from '@/core/report';
import type { PageKind } from '@/core/settings';
import type { Send } from './env';
import { logOnce } from './log';

export type DailyPlan = { periods: 3 | 6 | 12; dailyFen: number };

export interface ItemResult {
  checks: Check[];
  hints: Hint[];
  installment: InstallmentPlan | null;
  /** 每日仅需 per period count, from the main request's plan and the extra plan requests. */
  dailyPlans: DailyPlan[];
}

export interface EvaluationJob {
  key: string;
  /** The item's request first; any further ones only contribute an installment plan. */
  requests: unknown[];
}

interface Cached {
  signature: string;
  result: ItemResult;
}

function refused(zh: string, en: string, detail: string): ItemResult {
  return {
    checks: [],
    hints: [{ id: 'not-evaluated', message: { zh: `${zh}${detail}`, en: `${en}${detail}` } }],
    installment: null,
    dailyPlans: [],
  };
}

export function toItemResult(results: readonly (EvaluationResult | undefined)[]): ItemResult {
  const [main, ...extras] = results;
  if (!main) return refused('未得到检查结果', 'No answer from the checker', '');
  if (!main.ok) {
    const detail = main.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    return refused('页面数据无法检查：', 'The page data could not be checked: ', detail);
  }
  const plans = new Map<number, DailyPlan>();
  for (const result of [main, ...extras]) {
    const plan = result?.ok ? result.report.installment : null;
    if (plan && !plans.has(plan.periods))
      plans.set(plan.periods, { periods: plan.periods, dailyFen: plan.dailyFen });
  }
  return {
    checks: main.report.checks,
    hints: main.report.hints,
    installment: main.report.installment,
    dailyPlans: [...plans.values()].sort((a, b) => a.periods - b.periods),
  };
}

export class ItemEvaluator {
  private readonly cache = new Map<string, Cached>();
  private readonly inFlight = new Map<string, string>();
  /** Messages sent so far (the benchmark and tests hold this to one per flush). */
  messagesSent = 0;

  constructor(
    private readonly send: Send,
    private readonly kind: PageKind,
    private readonly onAnswer: () => void,
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
    const batch: { job: EvaluationJob; signature: string; offset: number }[] = [];
    const requests: unknown[] = [];
    for (const job of jobs) {
      const signature = JSON.stringify(job.requests);
      if (this.cache.get(job.key)?.signature === signature) continue;
      if (this.inFlight.get(job.key) === signature) continue;
      if (batch.some((entry) => entry.job.key === job.key)) continue;
      this.inFlight.set(job.key, signature);
      batch.push({ job, signature, offset: requests.length });
      requests.push(...job.requests);
    }
    if (batch.length === 0) return;
    this.messagesSent += 1;
    this.send({ type: 'evaluate', requests, pageKind: this.kind })
      .then((results) =>
        this.store(batch, (entry) =>
          toItemResult(results.slice(entry.offset, entry.offset + entry.job.requests.length)),
        ),
      )
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
    batch: readonly { job: EvaluationJob; signature: string; offset: number }[],
    resultOf: (entry: { job: EvaluationJob; signature: string; offset: number }) => ItemResult,
  ): void {
    for (const entry of batch) {
      // A newer request for this key superseded this one: its answer is not wanted.
      if (this.inFlight.get(entry.job.key) !== entry.signature) continue;
      this.inFlight.delete(entry.job.key);
      this.cache.set(entry.job.key, { signature: entry.signature, result: resultOf(entry) });
    }
    this.onAnswer();
  }
}
