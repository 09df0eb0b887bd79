/**
 * The worker's side of `evaluate`: fills each request with what only the worker knows (the stored
 * merchant profile and buyer scores, the fee-rate overrides, the recorded price history), asks the
 * core, and drops the checks the user hid on that kind of page.
 */
import { evaluate } from '@/core/evaluate';
import { dailyPlans } from '@/core/installment';
import { summarise } from '@/core/report';
import type { EvaluatedItem, EvaluationResult, ItemVerdicts } from '@/core/messages';
import type { EvaluationRequest } from '@/core/request';
import type { RulePack } from '@/core/pack';
import type { PageKind, Settings } from '@/core/settings';

type Json = Record<string, unknown>;
const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Field by field, what the request states wins over the stored profile: the page is fresher than
 * what was typed into the popup. A null in the request means "not read", so the stored value stays.
 */
export function overlayProfile(stored: Json, given: unknown): unknown {
  if (given === undefined || given === null) {
    // Nothing stored and nothing given stays absent: an empty buyer would add a C-BNPL
    // "unknown" to every report for no reason.
    const known = Object.values(stored).some((value) => value !== null && value !== undefined);
    return known ? { ...stored } : given;
  }
  // Not an object: leave it as is so validation names the field rather than hiding the mistake.
  if (!isPlainObject(given)) return given;
  const merged: Json = { ...stored };
  for (const [key, value] of Object.entries(given)) {
    if (value !== null && value !== undefined) merged[key] = value;
  }
  return merged;
}

export interface HistorySummary {
  /** The lowest `sale` price in the window. */
  lowFen: number | null;
  highFen: number | null;
  /** `sale` observations in the window. */
  count: number;
  /** Other observations in the window (activity, or of unknown kind). */
  otherCount?: number;
}

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

/** The item whose recorded history would fill a request: it names one and lacks a low or high. */
function itemNeedingHistory(request: unknown): string | null {
  const product = isPlainObject(request) ? request.product : null;
  if (!isPlainObject(product)) return null;
  const itemId = product.itemId;
  const needsLow = product.historicalLowFen === undefined || product.historicalLowFen === null;
  const needsHigh = product.historicalHighFen === undefined || product.historicalHighFen === null;
  return typeof itemId === 'string' && itemId !== '' && (needsLow || needsHigh) ? itemId : null;
}

/**
 * Adds the recorded `sale` low (and the all-kinds high, for D-ORIG) when the page gave none
 * (SPEC §8). With only other kinds recorded, their count tells D-LOW90 why it has no low.
 */
function withHistory(product: Json, recorded: HistorySummary | undefined): Json {
  if (!recorded || (recorded.count === 0 && !recorded.otherCount && recorded.highFen === null))
    return product;
  const filled: Json = { ...product };
  if ((product.historicalLowFen ?? null) === null) {
    if (recorded.lowFen !== null) {
      filled.historicalLowFen = recorded.lowFen;
      filled.historicalLowSource = 'history';
      filled.historicalLowCount = recorded.count;
    } else if (recorded.otherCount) {
      filled.historicalActivityCount = recorded.otherCount;
    }
  }
  if ((product.historicalHighFen ?? null) === null && recorded.highFen !== null)
    filled.historicalHighFen = recorded.highFen;
  return filled;
}

/** The stored profile under the request's, and the recorded history where the page gave none. */
function enrichWith(
  request: unknown,
  settings: Settings,
  histories: ReadonlyMap<string, HistorySummary>,
): unknown {
  if (!isPlainObject(request)) return request;
  const enriched: Json = { ...request };
  for (const side of ['merchant', 'consumer'] as const) {
    const overlaid = overlayProfile(settings[side], request[side]);
    if (overlaid === undefined) delete enriched[side];
    else enriched[side] = overlaid;
  }
  const itemId = itemNeedingHistory(request);
  if (itemId && isPlainObject(request.product)) {
    enriched.product = withHistory(request.product, histories.get(itemId));
  }
  return enriched;
}

/** One request enriched on its own, exactly as `evaluateBatch` enriches each of a batch. */
export async function enrichRequest(request: unknown, context: BatchContext): Promise<unknown> {
  const itemId = itemNeedingHistory(request);
  const histories = itemId ? await context.historiesOf([itemId]) : new Map();
  return enrichWith(request, context.settings, histories);
}

function hideChecks(result: EvaluationResult, hidden: ReadonlySet<string>): EvaluationResult {
  if (!result.ok || hidden.size === 0) return result;
  const checks = result.report.checks.filter((check) => !hidden.has(check.id));
  return { ok: true, report: { ...result.report, checks, summary: summarise(checks) } };
}

export async function evaluateBatch(
  requests: readonly unknown[],
  context: BatchContext,
): Promise<EvaluatedItem[]> {
  const hidden = new Set<string>(
    context.pageKind ? context.settings.hiddenChecks[context.pageKind] : [],
  );
  const options = {
    pack: context.pack,
    day: context.settings.asOfDate,
    now: new Date(context.nowMs),
    feeRatesBp: context.settings.feeRatesBp,
  };
  // One read of the recorded history for the whole batch.
  const wanted = requests.map(itemNeedingHistory).filter((id): id is string => id !== null);
  const histories = await context.historiesOf(wanted);
  const enriched = requests.map((request) => enrichWith(request, context.settings, histories));
  return enriched.map((request): EvaluatedItem => {
    const result = hideChecks(evaluate(request, options), hidden);
    if (!result.ok) return result;
    // Evaluated, so the request is a valid one.
    const { product } = request as EvaluationRequest;
    const plans = dailyPlans(
      product,
      result.report.installment,
      context.dailyFrom100 === true,
      result.report.date,
      options.pack,
      options.feeRatesBp,
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
