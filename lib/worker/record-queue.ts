/**
 * The observations that arrive with verdict questions, written after the answer has gone: a
 * page's question never waits on storage, and the work stays bounded however fast a page reprices.
 * Pending observations are coalesced per item, price kind and source — the latest supersedes —
 * so the queue holds at most one per item and kind whatever arrives, and one write runs at a time.
 * They are queued on arrival (a reset that comes after drops them) and written a task later, so
 * the question they came with is answered first.
 */
import type { Observation } from '@/core/messages';

export function createRecordQueue(write: (observations: Observation[]) => Promise<unknown>) {
  const pending = new Map<string, Observation>();
  let draining: Promise<void> | null = null;

  async function drain(): Promise<void> {
    while (pending.size > 0) {
      const batch = [...pending.values()];
      pending.clear();
      try {
        await write(batch);
      } catch (error) {
        // A failed write (storage full) must not stop later ones; the options page shows usage.
        console.warn('Recording prices failed', error);
      }
    }
    draining = null;
  }

  return {
    add(observations: readonly Observation[]): Promise<void> {
      for (const observation of observations) {
        const key = `${observation.itemId}|${observation.priceKind}|${observation.source}`;
        pending.delete(key);
        pending.set(key, observation);
      }
      draining ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(drain);
      return draining;
    },
    /** What a reset throws away: observations not yet written. */
    discard: () => pending.clear(),
    /** Resolves when everything queued so far has been written. */
    idle: (): Promise<void> => draining ?? Promise.resolve(),
    size: () => pending.size,
  };
}
export type RecordQueue = ReturnType<typeof createRecordQueue>;
