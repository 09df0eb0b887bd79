/**
 * How deeply a parsed JSON value nests, measured without recursion: a file nested 10 000 deep must
 * be refused with its depth, not crash the stack of whatever walks it next (JSON.stringify,
 * structuredClone, the browser's message channel).
 */

/** The nesting depth of `value`: 0 for a scalar, 1 for `{}` or `[1, 2]`, 2 for `{"a": []}`, … */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  // A structured-clone message (Firefox) may hold a cycle; JSON cannot, so a node seen twice is
  // simply not walked again.
  const seen = new Set<object>();
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (depth > deepest) deepest = depth;
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
    }
  }
  return deepest;
}
