/**
 * The progress line on stderr: items done, items/s, and an ETA from the share of the file read.
 * Only on a terminal and only once a run has taken a second; a pipe or a log gets nothing.
 */
const fmt = (n: number) => Math.round(n).toLocaleString('en-US').replaceAll(',', ' ');

export class Progress {
  private readonly started = performance.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    /** Bytes read so far and the total (null when unknown: stdin). */
    private readonly readFraction: () => number | null,
  ) {}

  tick(items: number): void {
    if (!this.stream.isTTY) return;
    const now = performance.now();
    if (now - this.started < 1000 || now - this.lastDraw < 200) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = items / seconds;
    const fraction = this.readFraction();
    const eta =
      fraction !== null && fraction > 0
        ? ` · ETA ${fmt((seconds * (1 - fraction)) / fraction)} s`
        : '';
    this.stream.write(`\r${fmt(items)} items · ${fmt(rate)}/s${eta}\x1b[K`);
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
  }
}
