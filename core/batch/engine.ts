/**
 * The batch engine: requests in, results out, one at a time, so a catalogue of any size is checked
 * in constant memory. The command line and the options page's 批量检查 both run it; readers turn a
 * file into `BatchInput`s, writers turn `BatchResult`s into lines, rows or a table.
 *
 * Each request goes through the core's assembler and `evaluate` (SPEC §9): the engine adds only
 * what applies to every item of a run — the day and the profile — and never a check of its own.
 */
import { defaultPack } from '../pack';
import { evaluateIn, type EvaluationContext } from '../prepare';
import type { Report } from '../report';
import type { FieldIssue } from '../request';

/** Where an item came from: `line 12` (NDJSON), `row 5` (spreadsheet), `item 3` (a JSON array). */
export interface Position {
  unit: 'line' | 'row' | 'item';
  /** 1-based, as an editor or a spreadsheet numbers them. */
  n: number;
}

/** One item a reader produced: a request, or the problems that kept it from being one. */
export type BatchInput =
  | { at: Position; request: unknown }
  | { at: Position; itemId: string | null; issues: FieldIssue[] };

export type BatchResult =
  | { ok: true; at: Position; itemId: string | null; title: string | null; report: Report }
  | { ok: false; at: Position; itemId: string | null; issues: FieldIssue[] };

/**
 * What applies to every item of a run, assembled by the core's one assembler (core/prepare): the
 * pack, the merchant profile under each item's own fields (a null there keeps the profile's), the
 * buyer scores, the default day and the fee tables.
 */
export interface BatchOptions extends Partial<EvaluationContext> {
  /** Evaluation day for every item (`--date`), over the item's own. */
  date?: string;
}

export const positionText = (at: Position) => `${at.unit} ${at.n}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A product field as text, read before validation so even an invalid item is named. */
function productText(request: unknown, key: 'itemId' | 'title'): string | null {
  if (!isRecord(request) || !isRecord(request.product)) return null;
  const value = request.product[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

/** Checks one item: the engine's unit, also what the options page re-runs for a full report. */
export function checkItem(input: BatchInput, options: BatchOptions = {}): BatchResult {
  if (!('request' in input)) return { ok: false, ...input };
  const itemId = productText(input.request, 'itemId');
  const context = { ...options, pack: options.pack ?? defaultPack, forcedDate: options.date };
  const result = evaluateIn(input.request, context);
  return result.ok
    ? {
        ok: true,
        at: input.at,
        itemId,
        title: productText(input.request, 'title'),
        report: result.report,
      }
    : { ok: false, at: input.at, itemId, issues: result.issues };
}

/** Every input checked in order; holds one item at a time, whatever the count. */
export async function* checkBatch(
  inputs: AsyncIterable<BatchInput> | Iterable<BatchInput>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult> {
  for await (const input of inputs) yield checkItem(input, options);
}
