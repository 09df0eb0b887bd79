/**
 * Reading a live room's `__INITIAL_STATE__` of 1 MB (a real room's is hundreds of KB): the read
 * of today (one sticky regex pass + JSON.parse) against the character walk it replaced, kept here
 * as the same-run baseline, and against JSON.parse alone on the cleaned text (the floor).
 */
import { bench, describe, expect } from 'vitest';
import { objectAsJson, parseAssignedState } from '@/lib/adapters/embedded-state';

/** The read before issue 20: balanced braces found, then bare `undefined` replaced, char by char. */
function oldBalancedObject(text: string, start: number): string | null {
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

function oldUndefinedToNull(json: string): string {
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

function oldParse(scriptText: string): unknown {
  const assignment = /(?:window\.)?__INITIAL_STATE__\s*=\s*/.exec(scriptText);
  if (!assignment) return null;
  const objectText = oldBalancedObject(scriptText, assignment.index + assignment[0].length);
  return objectText ? (JSON.parse(oldUndefinedToNull(objectText)) as unknown) : null;
}

/**
 * A room's state of about `bytes`: the room's stream first, then recommendations, gifts and
 * comments with Chinese text, escaped quotes, braces inside strings and bare `undefined` (the old
 * read knew no `NaN`/`Infinity`, so the baseline's state holds none).
 */
function generatedState(bytes: number): string {
  let seed = 20;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const entries: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index += 1) {
    const entry =
      `{"isLiving":${next() < 0.5},"author":{"id":"${Math.floor(next() * 1e10)}",` +
      `"name":"主播${index}号 \\"好物\\" {推荐}","avatar":"https://p.example/a/${index}.jpg",` +
      `"description":undefined},"liveStream":{"id":"s${index}x${Math.floor(next() * 1e6)}",` +
      `"caption":"意向金预售 第${index}场 [家电]","poster":"","watching":${Math.floor(next() * 1e5)}},` +
      `"gameInfo":{},"errorType":null,"gifts":[{"id":${index},"name":"小心心","price":1},` +
      `{"id":${index + 1},"name":"棒棒糖","price":${(next() * 100).toFixed(1)}}]}`;
    entries.push(entry);
    size += entry.length + 1;
  }
  return (
    `window.__INITIAL_STATE__={"liveroom":{"activeIndex":0,"playList":[${entries.join(',')}],` +
    `"loading":false,"websocketUrls":undefined},"user":{"isLogin":false}};` +
    `(function(){var s=document.currentScript;if(s){s.setAttribute('data-state','loaded')}}());`
  );
}

const state = generatedState(1 << 20);
const cleaned = objectAsJson(state, state.indexOf('{')) ?? '';
// Both reads give the same object: the benchmark compares like with like.
expect(parseAssignedState(state)).toEqual(oldParse(state));

describe(`__INITIAL_STATE__ of ${(state.length / 1024).toFixed(0)} KB`, () => {
  bench('before: character walk (balancedObject + undefinedToNull) + JSON.parse', () => {
    oldParse(state);
  });
  bench('after: one sticky regex pass + JSON.parse', () => {
    parseAssignedState(state);
  });
  bench('floor: JSON.parse of the cleaned text alone', () => {
    JSON.parse(cleaned);
  });
});
