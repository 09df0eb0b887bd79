/**
 * A `.json` file of one request or an array of them, read as a stream: the array is split into its
 * elements as the text arrives and each element is parsed on its own, so a 100 000-item file never
 * becomes one string (which is where `JSON.parse` of a whole catalogue ran out of memory).
 */
import type { BatchInput, Position } from '@/core/batch/engine';

export type JsonShape = 'array' | 'single';

export class JsonShapeError extends Error {}

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
 * JsonShapeError after the items read so far.
 */
export async function* readJsonRequests(
  texts: AsyncIterable<string>,
  onShape: (shape: JsonShape) => void = () => {},
): AsyncGenerator<BatchInput> {
  let shape: JsonShape | null = null;
  let single = '';
  // The array element being read: its bracket depth, string state and its text so far.
  let inElement = false;
  let from = 0;
  let pieces: string[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let closed = false;
  let n = 0;
  const finish = (text: string, end: number) => {
    pieces.push(text.slice(from, end));
    const whole = pieces.join('');
    pieces = [];
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
      else throw new JsonShapeError(`expected a request object or an array, found "${first}"`);
      onShape(shape);
    }
    if (shape === 'single') {
      single += text.slice(i);
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
        if (!SPACE.test(char)) throw new JsonShapeError('text after the closing "]"');
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
      else if (OPEN.has(char)) depth += 1;
      else if (CLOSE.has(char)) {
        depth -= 1;
        if (depth === 0) yield finish(text, i + 1);
        else if (depth < 0) throw new JsonShapeError(`unbalanced "${char}" after ${n} items`);
      }
    }
    // The element goes on in the next chunk: keep this chunk's part of it.
    if (inElement) pieces.push(text.slice(from));
  }
  if (shape === 'single') {
    yield parsed(single, 1);
    return;
  }
  if (shape === null) throw new JsonShapeError('the file is empty');
  if (!closed) throw new JsonShapeError(`the array is cut short after ${n} items (no closing "]")`);
}
