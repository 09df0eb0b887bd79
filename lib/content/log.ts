/**
 * The content script must never break the host page: every feature and every flush runs inside
 * `guard`, and each kind of error is logged once (a failing flush 60 times a second would flood
 * the merchant's console otherwise).
 */
const PREFIX = '[快手助手]';
const logged = new Set<string>();

export function logOnce(kind: string, error: unknown): void {
  const key = `${kind}: ${error instanceof Error ? error.message : String(error)}`;
  if (logged.has(key)) return;
  logged.add(key);
  console.warn(PREFIX, kind, error);
}

/** Runs `work`, logging (once per kind) instead of throwing; async work is caught too. */
export function guard(kind: string, work: () => unknown): void {
  try {
    const result = work();
    if (result instanceof Promise) result.catch((error: unknown) => logOnce(kind, error));
  } catch (error) {
    logOnce(kind, error);
  }
}

/** For tests: forget what was logged. */
export function resetLogOnce(): void {
  logged.clear();
}
