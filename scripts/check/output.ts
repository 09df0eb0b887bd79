/**
 * Writes for the command line that keep up with a run of any size: lines are gathered into
 * ~64 KB writes and the next waits while the stream (a pipe, a file) is full, so memory stays flat
 * whatever reads stdout.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export class LineWriter {
  private pending: string[] = [];
  private size = 0;

  constructor(
    private readonly stream: Writable,
    private readonly limit = 64 * 1024,
  ) {}

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Flushes and, for a file, closes it (waiting until it is on disk). */
  async end(): Promise<void> {
    await this.flush();
    if (this.stream === process.stdout || this.stream === process.stderr) return;
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
