/**
 * The worker's side of `evaluate`: reads what only the worker holds (the stored settings, the
 * pack in force, the recorded price history) and hands each request to the core's one assembler
 * (core/prepare), which overlays the profile, fills the history, picks the day and hides the
 * checks the user hid on that kind of page.
 */
import { dailyPlans } from '@/core/installment';
import type { EvaluatedItem, ItemVerdicts } from '@/core/messages';
import type { RulePack } from '@/core/pack';
import {
  contextFromSettings,
  evaluateIn,
  itemNeedingHistory,
  type HistorySummary,
} from '@/core/prepare';
import type { EvaluationRequest } from '@/core/request';
import type { PageKind, Settings } from '@/core/settings';

export type { HistorySummary } from '@/core/prepare';

export interface BatchContext {
  settings: Settings;
  pack: RulePack;
  nowMs: number;
  pageKind?: PageKind;
  /** 每日仅需 for every product from 100 元, not only the ones set to 分期. */
  dailyFrom100?: boolean;
  /** The recorded low/high of items over the settings' look-back window (unrecorded: absent). */
  historiesOf: (itemIds: readonly string[]) => Promise<ReadonlyMap<string, HistorySummary>>;
}

export async function evaluateBatch(
  requests: readonly unknown[],
  context: BatchContext,
): Promise<EvaluatedItem[]> {
  const where = { now: new Date(context.nowMs), pageKind: context.pageKind };
  const assembled = contextFromSettings(context.settings, context.pack, where);
  // One read of the recorded history for the whole batch.
  const wanted = requests.map(itemNeedingHistory).filter((id): id is string => id !== null);
  const histories = await context.historiesOf(wanted);
  return requests.map((request): EvaluatedItem => {
    const itemId = itemNeedingHistory(request);
    const result = evaluateIn(request, assembled, itemId ? histories.get(itemId) : undefined);
    if (!result.ok) return result;
    // Evaluated, so the request is a valid one.
    const { product } = request as EvaluationRequest;
    const plans = dailyPlans(
      product,
      result.report.installment,
      context.dailyFrom100 === true,
      result.report.date,
      context.pack,
      assembled.feeRatesBp,
    );
    return { ...result, dailyPlans: plans };
  });
}

/** A result as a list of badges needs it (the `verdicts` message). */
export function toVerdicts(item: EvaluatedItem): ItemVerdicts {
  if (!item.ok) return item;
  const verdicts = item.report.checks.map(({ id, status }) => ({ id, status }));
  return { ok: true, verdicts, dailyPlans: item.dailyPlans };
}
