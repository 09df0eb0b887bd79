/**
 * Server-rendered page state (`<script>window.__INITIAL_STATE__={…};(function(){…})()</script>`)
 * read from the script's TEXT: never evaluated, and not through the page's `window` (the content
 * script's isolated world cannot see it). Vue/Nuxt states may contain bare `undefined`, which is
 * not JSON; it is read as null.
 */

/** The balanced `{…}` starting at `start`, honouring strings and escapes; null when unbalanced. */
function balancedObject(text: string, start: number): string | null {
  let depth = 0;
  let quote: string | null = null;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (quote) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 0) return text.slice(start, index + 1);
    }
  }
  return null;
}

/** Bare `undefined` values (outside strings) → `null`, so JSON.parse accepts the object. */
function undefinedToNull(json: string): string {
  let out = '';
  let inString = false;
  for (let index = 0; index < json.length; index += 1) {
    const char = json[index] ?? '';
    if (inString) {
      out += char;
      if (char === '\\') {
        out += json[index + 1] ?? '';
        index += 1;
      } else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    if (json.startsWith('undefined', index) && !/[\w$]/.test(json[index - 1] ?? '')) {
      out += 'null';
      index += 'undefined'.length - 1;
      continue;
    }
    out += char;
  }
  return out;
}

/** Parses the object assigned to `window.<name>` in `scriptText`; null when absent or malformed. */
export function parseAssignedState(scriptText: string, name = '__INITIAL_STATE__'): unknown {
  const assignment = new RegExp(`(?:window\\.)?${name}\\s*=\\s*`).exec(scriptText);
  if (!assignment) return null;
  const start = assignment.index + assignment[0].length;
  if (scriptText[start] !== '{') return null;
  const objectText = balancedObject(scriptText, start);
  if (!objectText) return null;
  try {
    return JSON.parse(undefinedToNull(objectText)) as unknown;
  } catch {
    return null;
  }
}

/** The first inline script of the document that assigns `window.<name>`, parsed. */
export function readEmbeddedState(doc: Document, name = '__INITIAL_STATE__'): unknown {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (!text.includes(name)) continue;
    const state = parseAssignedState(text, name);
    if (state !== null) return state;
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
