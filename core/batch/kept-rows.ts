/**
 * What the options page's 批量检查 keeps of a run for its table, whatever the file's length: for
 * each result (无法检查, 不通过, 提醒, 未知, 通过, 无适用检查) the `perStatus` items most in need of attention,
 * in a bounded heap — so at most 6 × `perStatus` rows, each with the request its full report is
 * recomputed from on a click. Every other item is only counted (`BatchTally`) and written to the
 * verdicts CSV as the run goes; nothing else of it stays.
 */
import type { Position } from './engine';
import { statusSeverity } from '../report';
import type { ItemStatus } from './verdict';

/**
 * The shipped bound: 2 000 an item result, 12 000 rows in all (~20 MB with their requests) —
 * 50 pages of the table's 200 rows per filter, far more than anyone reads; the CSV has them all.
 */
export const KEEP_PER_STATUS = 2_000;

export interface RankedRow {
  at: Position;
  status: ItemStatus;
  counts: { fail: number; warn: number };
}

// The checks' own order (core/report), with a row that could not be read above every check and an
// item no check applies to (`none`) below a pass: it needs the least attention of all.
const severity: Record<ItemStatus, number> = { ...statusSeverity, invalid: 4, none: -1 };

/** Negative when `a` needs attention before `b`: worse result, more fails, more warnings, earlier. */
export const worstFirst = (a: RankedRow, b: RankedRow): number =>
  severity[b.status] - severity[a.status] ||
  b.counts.fail - a.counts.fail ||
  b.counts.warn - a.counts.warn ||
  a.at.n - b.at.n;

/**
 * The `cap` first items under `order`, from a stream of any length: a heap whose root is the kept
 * item that sorts last, so each new item costs O(log cap) and at most `cap` are held.
 */
export class BoundedHeap<T> {
  private readonly heap: T[] = [];

  constructor(
    private readonly cap: number,
    private readonly order: (a: T, b: T) => number,
  ) {}

  /** True when `add` would keep `item`: there is room, or it sorts before the last kept one. */
  admits(item: T): boolean {
    const heap = this.heap;
    if (heap.length < this.cap) return true;
    return this.cap > 0 && this.order(item, heap[0] as T) < 0;
  }

  /** Keeps `item` if it is admitted, pushing out the last kept one when full; false when dropped. */
  add(item: T): boolean {
    if (!this.admits(item)) return false;
    const heap = this.heap;
    if (heap.length < this.cap) {
      heap.push(item);
      this.siftUp(heap.length - 1);
    } else {
      heap[0] = item;
      this.siftDown(0);
    }
    return true;
  }

  get size(): number {
    return this.heap.length;
  }

  /** The kept items, first first. */
  sorted(): T[] {
    return [...this.heap].sort(this.order);
  }

  /** True when `i` must sit above `j`: it sorts later, so it is evicted first. */
  private above(i: number, j: number): boolean {
    return this.order(this.heap[i] as T, this.heap[j] as T) > 0;
  }

  private swap(i: number, j: number): void {
    const heap = this.heap;
    [heap[i], heap[j]] = [heap[j] as T, heap[i] as T];
  }

  private siftUp(i: number): void {
    for (let parent = (i - 1) >> 1; i > 0 && this.above(i, parent); parent = (i - 1) >> 1) {
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      let top = i;
      if (left < this.heap.length && this.above(left, top)) top = left;
      if (left + 1 < this.heap.length && this.above(left + 1, top)) top = left + 1;
      if (top === i) return;
      this.swap(i, top);
      i = top;
    }
  }
}

/** Per result, the `perStatus` worst rows; `dropped` counts the rest. */
export class KeptRows<T extends RankedRow> {
  private readonly byStatus = new Map<ItemStatus, BoundedHeap<T>>();
  /** Items seen but not kept (all of them are in the CSV and the counts). */
  dropped = 0;

  constructor(readonly perStatus: number = KEEP_PER_STATUS) {}

  /**
   * Adds a row; a row pushed out by a worse one counts as dropped. `detach` copies a row that is
   * kept, so it holds nothing of the text it was read from (a V8 substring pins its whole chunk).
   */
  add(row: T, detach: (row: T) => T = (same) => same): void {
    let heap = this.byStatus.get(row.status);
    if (!heap) {
      heap = new BoundedHeap<T>(this.perStatus, worstFirst);
      this.byStatus.set(row.status, heap);
    }
    if (!heap.admits(row)) {
      this.dropped += 1;
      return;
    }
    if (heap.size === this.perStatus) this.dropped += 1;
    heap.add(detach(row));
  }

  /** Every kept row, worst first. */
  rows(): T[] {
    return [...this.byStatus.values()].flatMap((heap) => heap.sorted()).sort(worstFirst);
  }
}
