/**
 * Server-rendered page state (`<script>window.__INITIAL_STATE__={…};(function(){…})()</script>`)
 * read from the script's TEXT: never evaluated, and not through the page's `window` (the content
 * script's isolated world cannot see it). Vue/Nuxt states may hold bare `undefined`, `NaN`,
 * `Infinity` and `-Infinity`, which are not JSON; they are read as null.
 *
 * A real live room's state is hundreds of KB, read while the page starts: the object's end and
 * its bare literals are found by one sticky regex whose every match is a bracket or a literal
 * (strings and plain values in between are consumed inside the regex engine), the text is cut
 * once around the literals and JSON.parse does the rest. Nothing walks it character by character
 * in script, and a document's state is read once.
 */

/** A quoted string, escapes included (single quotes only to stay balanced: JSON refuses them). */
const STRING = String.raw`"[^"\\]*(?:\\[^][^"\\]*)*"|'[^'\\]*(?:\\[^][^'\\]*)*'`;
/** JavaScript values a state may hold bare that JSON has no word for. */
const BARE = String.raw`-?\b(?:undefined|NaN|Infinity)\b`;
/**
 * One step: everything up to the next bracket or bare literal outside strings, then that token.
 * Sticky, so a malformed tail stops the scan instead of being retried from every position.
 */
const STEP = new RegExp(`(?:${STRING}|(?!${BARE})[^"'{}[\\]])*(?:[{}[\\]]|${BARE})`, 'y');
/** The length of the bare word a step ended on, by its last character. */
const BARE_LENGTH: Record<string, number> = { d: 'undefined'.length, N: 3, y: 'Infinity'.length };

/**
 * The object text starting at `start` (a `{`), bare literals as `null`; null when unbalanced.
 * Exported for the benchmark, which times it against the old character walk.
 */
export function objectAsJson(text: string, start: number): string | null {
  const pieces: string[] = [];
  let from = start;
  let depth = 0;
  STEP.lastIndex = start;
  while (STEP.test(text)) {
    const end = STEP.lastIndex;
    const last = text[end - 1] ?? '';
    if (last === '{' || last === '[') depth += 1;
    else if (last === '}' || last === ']') {
      depth -= 1;
      if (depth === 0) {
        pieces.push(text.slice(from, end));
        return pieces.join('');
      }
    } else {
      let length = BARE_LENGTH[last] ?? 0;
      if (text[end - length - 1] === '-') length += 1;
      pieces.push(text.slice(from, end - length), 'null');
      from = end;
    }
  }
  return null;
}

/** Parses the object assigned to `window.<name>` in `scriptText`; null when absent or malformed. */
export function parseAssignedState(scriptText: string, name = '__INITIAL_STATE__'): unknown {
  const assignment = new RegExp(`(?:window\\.)?${name}\\s*=\\s*`).exec(scriptText);
  if (!assignment) return null;
  const start = assignment.index + assignment[0].length;
  if (scriptText[start] !== '{') return null;
  try {
    const json = objectAsJson(scriptText, start);
    return json === null ? null : (JSON.parse(json) as unknown);
  } catch {
    // Not JSON after all (or beyond the regex engine's stack on a hostile page): no state.
    return null;
  }
}

/** Each document's states by name, with the script they came from (a page may replace it). */
const readStates = new WeakMap<Document, Map<string, { script: Element; state: unknown }>>();

/** The first inline script of the document that assigns `window.<name>`, parsed once. */
export function readEmbeddedState(doc: Document, name = '__INITIAL_STATE__'): unknown {
  const states = readStates.get(doc) ?? new Map<string, { script: Element; state: unknown }>();
  readStates.set(doc, states);
  const known = states.get(name);
  if (known?.script.isConnected) return known.state;
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (!text.includes(name)) continue;
    const state = parseAssignedState(text, name);
    if (state !== null) {
      states.set(name, { script, state });
      return state;
    }
  }
  return null;
}

/** Safe property walk through unknown JSON: `pick(state, 'liveroom', 'playList')`. */
export function pick(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
