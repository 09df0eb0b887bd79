/** Feeding the readers text or bytes in chunks of any size, as files and streams deliver them. */
export async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

export async function* byteChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The error a read ends with (a test of a refusal), or a failure when it ends without one. */
export async function refusal<T>(items: AsyncIterable<T>): Promise<Error> {
  try {
    await collect(items);
  } catch (error) {
    return error as Error;
  }
  throw new Error('read to the end: not refused');
}

/** Bytes handed out in `size` chunks, counting how many were asked for (a refusal reads less). */
export function countedChunks(bytes: Uint8Array, size: number) {
  const source = {
    read: 0,
    *chunks() {
      for (let i = 0; i < bytes.length; i += size) {
        source.read = Math.min(i + size, bytes.length);
        yield bytes.subarray(i, i + size);
      }
    },
  };
  return source;
}
