/**
 * Bytes → text for the batch readers, chunk by chunk: the same code reads a Node file stream in
 * the command line and a `File` in the options page. A UTF-8 byte-order mark (Excel's CSV) is
 * dropped; a character split across two chunks is joined.
 */

export type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export async function* decodeUtf8(bytes: ByteSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of bytes) {
    let text = decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      text = text.replace(/^\ufeff/, '');
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * Lines without their `\n` / `\r\n`, numbered from 1. A line longer than `maxChars` calls
 * `tooLong` with its number (which throws) before more of it is held.
 */
export async function* readLines(
  texts: AsyncIterable<string>,
  maxChars = Infinity,
  tooLong: (n: number) => never = () => {
    throw new RangeError('line too long');
  },
): AsyncGenerator<{ n: number; line: string }> {
  let partial = '';
  let n = 0;
  const longer = (line: string) => line.length - (line.endsWith('\r') ? 1 : 0) > maxChars;
  for await (const text of texts) {
    const parts = (partial + text).split('\n');
    partial = parts.pop() ?? '';
    for (const part of parts) {
      n += 1;
      if (longer(part)) tooLong(n);
      yield { n, line: part.endsWith('\r') ? part.slice(0, -1) : part };
    }
    if (longer(partial)) tooLong(n + 1);
  }
  if (partial !== '')
    yield { n: n + 1, line: partial.endsWith('\r') ? partial.slice(0, -1) : partial };
}
