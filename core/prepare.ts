/**
 * The one assembler of an evaluation (DESIGN-REVIEW V8–V11, V13): what each surface knows beyond
 * the request — the stored merchant profile and buyer scores, the recorded price history, the
 * user's "check as of" day, the page kind, the hidden checks — put into the request and the
 * options the same way for the worker, the popup, the options 批量检查 and the command line.
 *
 * - Profile overlay, one null rule: field by field the request's value wins over the stored one;
 *   a null in the request means "not read", so the stored value stays (P2).
 * - History fill, page > merchant > history: a low or high the request states is kept; the
 *   recorded one fills only what is missing.
 * - The day in force: a run-wide forced day (the CLI's `--date`) over everything; else the
 *   request's own; else the user's "check as of" day; else today in Shanghai.
 * - Program scope per page kind: the signup page lists every program with its phase, unless the
 *   request says otherwise; elsewhere the core's default.
 * - Hidden checks: left out of the report together with the hints that only serve them.
 * Nothing is invented: an input no one gave stays missing and its check says `unknown` (P4).
 */
import { shanghaiDay } from './dates';
import { evaluate, type EvaluateOptions } from './evaluate';
import type { FeeRateOverrides } from './installment';
import type { EvaluationResult } from './messages';
import { defaultPack, type RulePack } from './pack';
import { summarise, type RuleId } from './report';
import type { ProgramScope } from './request';
import type { PageKind, Settings } from './settings';

type Json = Record<string, unknown>;
const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface EvaluationContext {
  pack: RulePack;
  /** The stored merchant profile (the popup's 商家资料, or the CLI's `--merchant` file). */
  merchant?: Json;
  /** The user's own buyer scores (C-BNPL). */
  consumer?: Json;
  /** The user's "check as of" day: the day of a request that names none. */
  asOfDate?: string | null;
  /** A day over every request's own (the CLI's `--date`). */
  forcedDate?: string;
  /** The instant whose Shanghai day is used when nothing names a day. */
  now?: Date;
  feeRatesBp?: FeeRateOverrides;
  pageKind?: PageKind;
  /** Checks the user hid on this kind of page. */
  hiddenChecks?: readonly string[];
}

/** The context of a surface that reads the user's settings (worker, popup, options page). */
export function contextFromSettings(
  settings: Pick<Settings, 'merchant' | 'consumer' | 'asOfDate' | 'feeRatesBp' | 'hiddenChecks'>,
  pack: RulePack,
  where: { now?: Date; pageKind?: PageKind } = {},
): EvaluationContext {
  return {
    pack,
    merchant: settings.merchant as Json,
    consumer: settings.consumer as Json,
    asOfDate: settings.asOfDate,
    feeRatesBp: settings.feeRatesBp,
    ...(where.now ? { now: where.now } : {}),
    ...(where.pageKind
      ? { pageKind: where.pageKind, hiddenChecks: settings.hiddenChecks[where.pageKind] }
      : {}),
  };
}

/**
 * The options page's 批量检查 run: the stored settings as the worker uses them (no page kind, so
 * no hidden checks); the bundled pack when the one in force cannot be read.
 */
export function batchOptionsFrom(
  settings: Parameters<typeof contextFromSettings>[0],
  pack: RulePack | null,
): EvaluationContext {
  return contextFromSettings(settings, pack ?? defaultPack);
}

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

/** The item whose recorded history would fill a request: it names one and lacks a low or high. */
export function itemNeedingHistory(request: unknown): string | null {
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

/** SPEC §2 campaign time by page kind: the signup page is about every program and its phase. */
function programScopeFor(pageKind: PageKind | undefined): ProgramScope | undefined {
  return pageKind === 'signup' ? 'all' : undefined;
}

/**
 * The request as the core should judge it: the stored profile under the request's, the recorded
 * history where the page gave none, the forced day, the page kind's program scope. Anything but
 * an object is left for validation to name.
 */
export function prepareRequest(
  request: unknown,
  context: EvaluationContext,
  recorded?: HistorySummary,
): unknown {
  if (!isPlainObject(request)) return request;
  const prepared: Json = { ...request };
  for (const side of ['merchant', 'consumer'] as const) {
    const overlaid = overlayProfile(context[side] ?? {}, request[side]);
    if (overlaid === undefined) delete prepared[side];
    else prepared[side] = overlaid;
  }
  if (recorded && itemNeedingHistory(request) && isPlainObject(request.product))
    prepared.product = withHistory(request.product, recorded);
  if (context.forcedDate !== undefined) prepared.date = context.forcedDate;
  const scope = programScopeFor(context.pageKind);
  if (scope && (request.programScope ?? null) === null) prepared.programScope = scope;
  return prepared;
}

/** The day in force (see the header): forced, else the request's, else "check as of", else today. */
export function dayInForce(
  context: Pick<EvaluationContext, 'forcedDate' | 'asOfDate' | 'now'>,
  requestDate?: string | null,
): string {
  return (
    context.forcedDate ?? requestDate ?? context.asOfDate ?? shanghaiDay(context.now ?? new Date())
  );
}

/** The core's options for this context: the pack, the default day, the clock, the fee tables. */
function evaluateOptions(context: EvaluationContext): EvaluateOptions {
  return {
    pack: context.pack,
    day: context.asOfDate ?? null,
    ...(context.now ? { now: context.now } : {}),
    ...(context.feeRatesBp ? { feeRatesBp: context.feeRatesBp } : {}),
  };
}

/** Hints that only serve one check: hidden with it. */
const hintsOfCheck: Partial<Record<RuleId, readonly string[]>> = {
  'C-BNPL': ['bnpl-buyer-scores'],
};

/** The report without the hidden checks, their hints, and re-counted. */
function hideChecks(
  result: EvaluationResult,
  hidden: readonly string[] | undefined,
): EvaluationResult {
  if (!result.ok || !hidden || hidden.length === 0) return result;
  const gone = new Set<string>(hidden);
  const hiddenHints = new Set(hidden.flatMap((id) => hintsOfCheck[id as RuleId] ?? []));
  const checks = result.report.checks.filter((check) => !gone.has(check.id));
  const hints = result.report.hints.filter((hint) => !hiddenHints.has(hint.id));
  return { ok: true, report: { ...result.report, checks, hints, summary: summarise(checks) } };
}

/** Assembles and evaluates one request: what every surface calls. */
export function evaluateIn(
  request: unknown,
  context: EvaluationContext,
  recorded?: HistorySummary,
): EvaluationResult {
  const result = evaluate(prepareRequest(request, context, recorded), evaluateOptions(context));
  return hideChecks(result, context.hiddenChecks);
}
