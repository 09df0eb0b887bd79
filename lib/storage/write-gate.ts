/**
 * How the worker's writes stay out of each other's way. A store's read-modify-write (merge a
 * settings patch, import a pack) runs through its own serial queue, so two at once both land;
 * `reset-all` and clear-history hold the gate exclusively: they wait for the writes under way and
 * hold back new ones, so nothing recorded before a reset comes back after it.
 */

/** Runs tasks one after another, each when the previous one ended (whatever its outcome). */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
export type SerialQueue = ReturnType<typeof createSerialQueue>;

export function createWriteGate() {
  let running = 0;
  const whenIdle: (() => void)[] = [];
  let holder: Promise<unknown> | null = null;

  /** An ordinary write: many at once, never while an exclusive task holds the gate. */
  async function shared<T>(task: () => Promise<T>): Promise<T> {
    // No await between the check and the count: an exclusive task cannot slip in between.
    while (holder) await holder.catch(() => undefined);
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      if (running === 0) whenIdle.splice(0).forEach((resolve) => resolve());
    }
  }

  /** Waits for the writes under way, then runs alone. */
  async function exclusive<T>(task: () => Promise<T>): Promise<T> {
    while (holder) await holder.catch(() => undefined);
    const run = (async () => {
      if (running > 0) await new Promise<void>((resolve) => whenIdle.push(resolve));
      return task();
    })();
    holder = run;
    try {
      return await run;
    } finally {
      if (holder === run) holder = null;
    }
  }

  return { shared, exclusive };
}
export type WriteGate = ReturnType<typeof createWriteGate>;
