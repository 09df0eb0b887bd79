/**
 * A `.json` file of one request or an array of them, read as a stream: the array is split into its
 * elements as the text arrives and each element is parsed on its own, so a 100 000-item file never
 * becomes one string (which is where `JSON.parse` of a whole catalogue ran out of memory).
 */
import type { BatchInput, Position } from '@/core/batch/engine';
import { BatchReadError } from '@/core/batch/read-error';
import { batchLimits, places, refuse, type BatchLimits } from './limits';

export type JsonShape = 'array' | 'single';

export class JsonShapeError extends BatchReadError {}

const shapeError = (zh: string, en: string) => new JsonShapeError({ zh, en });

/** Where the string opened at `open` (a `"`) ends: the next `"` not escaped by a backslash. */
function stringEnd(text: string, open: number): number {
  for (let end = text.indexOf('"', open + 1); end >= 0; end = text.indexOf('"', end + 1)) {
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === 92) slashes += 1;
    if (slashes % 2 === 0) return end;
  }
  return text.length;
}

/**
 * Whether a JSON text nests deeper than `max`, strings skipped: checked before `JSON.parse`, so
 * a request nested a million deep never becomes a million objects for the checks to walk.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 34) i = stringEnd(text, i);
    else if (code === 91 || code === 123) {
      depth += 1;
      if (depth > max) return true;
    } else if (code === 93 || code === 125) depth -= 1;
  }
  return false;
}

const OPEN = new Set(['{', '[']);
const CLOSE = new Set(['}', ']']);
const SPACE = /\s/;

/** One JSON text → a request, or an issue at its place (`(item)`, `(line)`) when it is not JSON. */
export function parseJsonInput(text: string, at: Position): BatchInput {
  try {
    return { at, request: JSON.parse(text) };
  } catch (error) {
    return {
      at,
      itemId: null,
      issues: [{ path: `(${at.unit})`, message: `not JSON: ${(error as Error).message}` }],
    };
  }
}

const parsed = (text: string, n: number) => parseJsonInput(text, { unit: 'item', n });

/**
 * Yields the request of a single-object file, or each element of an array; `onShape` is told
 * which before the first item. A file that is neither, or an array cut short, throws a
 * JsonShapeError after the items read so far; a request longer or deeper than `limits` allow,
 * a BatchLimitError naming it.
 */
export async function* readJsonRequests(
  texts: AsyncIterable<string>,
  onShape: (shape: JsonShape) => void = () => {},
  limits: BatchLimits = batchLimits,
): AsyncGenerator<BatchInput> {
  let shape: JsonShape | null = null;
  let single = '';
  // The array element being read: its bracket depth, string state and its text so far.
  let inElement = false;
  let from = 0;
  let pieces: string[] = [];
  let held = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let closed = false;
  let n = 0;
  const finish = (text: string, end: number) => {
    if (held + end - from > limits.jsonChars) refuse(limits, 'jsonChars', places.item(n + 1));
    pieces.push(text.slice(from, end));
    const whole = pieces.join('');
    pieces = [];
    held = 0;
    inElement = false;
    n += 1;
    return parsed(whole, n);
  };
  for await (const text of texts) {
    let i = 0;
    if (shape === null) {
      while (i < text.length && SPACE.test(text[i] as string)) i += 1;
      if (i === text.length) continue;
      const first = text[i];
      if (first === '[') {
        shape = 'array';
        i += 1;
      } else if (first === '{') shape = 'single';
      else {
        throw shapeError(
          `应是一个请求对象或数组，却以“${first}”开头`,
          `expected a request object or an array, found "${first}"`,
        );
      }
      onShape(shape);
    }
    if (shape === 'single') {
      single += text.slice(i);
      if (single.length > limits.jsonChars) refuse(limits, 'jsonChars', places.request);
      continue;
    }
    from = 0;
    for (; i < text.length; i += 1) {
      const char = text[i] as string;
      if (inString) {
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') inString = false;
        continue;
      }
      if (closed) {
        if (!SPACE.test(char))
          throw shapeError('结尾的“]”之后还有内容', 'text after the closing "]"');
        continue;
      }
      if (depth === 0 && (char === ',' || char === ']' || SPACE.test(char))) {
        // The end of a bare value (a number…), or the space and commas between elements.
        if (inElement) yield finish(text, i);
        if (char === ']') closed = true;
        continue;
      }
      if (!inElement) {
        inElement = true;
        from = i;
      }
      if (char === '"') inString = true;
      else if (OPEN.has(char)) {
        depth += 1;
        if (depth > limits.depth) refuse(limits, 'depth', places.item(n + 1));
      } else if (CLOSE.has(char)) {
        depth -= 1;
        if (depth === 0) yield finish(text, i + 1);
        else if (depth < 0) {
          throw shapeError(
            `第 ${n} 项之后有多余的“${char}”`,
            `unbalanced "${char}" after ${n} items`,
          );
        }
      }
    }
    // The element goes on in the next chunk: keep this chunk's part of it, within the bound.
    if (inElement) {
      held += text.length - from;
      if (held > limits.jsonChars) refuse(limits, 'jsonChars', places.item(n + 1));
      pieces.push(text.slice(from));
    }
  }
  if (shape === 'single') {
    if (nestsDeeperThan(single, limits.depth)) refuse(limits, 'depth', places.request);
    yield parsed(single, 1);
    return;
  }
  if (shape === null) throw shapeError('文件是空的', 'the file is empty');
  if (!closed) {
    throw shapeError(
      `数组在第 ${n} 项之后中断（缺少结尾的“]”）`,
      `the array is cut short after ${n} items (no closing "]")`,
    );
  }
}
