/**
 * The summary at the end of a batch run: counts, and the worst items — kept as a small bounded
 * list, so the summary of a million items takes the memory of ten.
 */
import { itemStatus, type ItemStatus } from '../present/status';
import type { Position, BatchResult } from './engine';

interface WorstItem {
  at: Position;
  itemId: string | null;
  title: string | null;
  fail: number;
  warn: number;
  unknown: number;
  /** Ids of the failing checks, then the warning ones: what to fix first. */
  ids: string[];
}

export interface BatchSummary {
  items: number;
  /** Items with at least one failing check. */
  fails: number;
  /** Items whose worst check is a warning. */
  warns: number;
  /** Items whose worst check is unknown (an input missing). */
  unknowns: number;
  passes: number;
  /** Items no check applies to (a pill's quiet `·`): not passes. */
  nones: number;
  /** Items that could not be checked (malformed row or request). */
  invalid: number;
  /** Worst first: most fails, then most warnings, then most unknowns; ties keep input order. */
  worst: WorstItem[];
}

/** The one counting rule: an item counts under the status its pill shows. */
const countOf = {
  fail: 'fails',
  warn: 'warns',
  unknown: 'unknowns',
  pass: 'passes',
  none: 'nones',
} as const satisfies Record<ItemStatus, keyof BatchSummary>;

const rank = (item: WorstItem) => [item.fail, item.warn, item.unknown] as const;

/** True when `a` is strictly worse than `b`. */
function worse(a: WorstItem, b: WorstItem): boolean {
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i += 1) {
    if (ra[i] !== rb[i]) return (ra[i] as number) > (rb[i] as number);
  }
  return false;
}

export class BatchTally {
  private readonly summary: BatchSummary = {
    items: 0,
    fails: 0,
    warns: 0,
    unknowns: 0,
    passes: 0,
    nones: 0,
    invalid: 0,
    worst: [],
  };

  constructor(private readonly keepWorst = 10) {}

  add(result: BatchResult): void {
    const s = this.summary;
    s.items += 1;
    if (!result.ok) {
      s.invalid += 1;
      return;
    }
    const { fail, warn, unknown } = result.report.summary;
    s[countOf[itemStatus(result.report.checks)]] += 1;
    if (fail + warn === 0) return;
    const item: WorstItem = {
      at: result.at,
      itemId: result.itemId,
      title: result.title,
      fail,
      warn,
      unknown,
      ids: [],
    };
    const list = s.worst;
    const last = list[list.length - 1];
    if (list.length >= this.keepWorst && last && !worse(item, last)) return;
    const checks = result.report.checks;
    item.ids = [
      ...checks.filter((c) => c.status === 'fail'),
      ...checks.filter((c) => c.status === 'warn'),
    ].map((c) => c.id);
    let index = list.findIndex((kept) => worse(item, kept));
    if (index < 0) index = list.length;
    list.splice(index, 0, item);
    if (list.length > this.keepWorst) list.pop();
  }

  result(): BatchSummary {
    return { ...this.summary, worst: [...this.summary.worst] };
  }
}
