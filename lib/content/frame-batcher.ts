/**
 * Coalesces any number of "something changed" signals into one run per animation frame: a table
 * rendering 50 rows or a list scrolling fires hundreds of mutations, the adapter reads once.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guard } from './log';

export interface FrameBatcher {
  schedule(): void;
  /** Runs now if a run is pending (tests, and work that must not wait a frame). */
  flush(): void;
}

export function createFrameBatcher(
  ctx: ContentScriptContext,
  kind: string,
  work: () => unknown,
): FrameBatcher {
  let pending = false;
  const run = () => {
    if (!pending || ctx.isInvalid) return;
    pending = false;
    guard(kind, work);
  };
  return {
    schedule() {
      if (pending || ctx.isInvalid) return;
      pending = true;
      // A hidden tab gets no frames; the timeout makes sure the work still happens there.
      ctx.requestAnimationFrame(run);
      ctx.setTimeout(run, 250);
    },
    flush: run,
  };
}
