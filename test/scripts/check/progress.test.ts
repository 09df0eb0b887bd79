import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '@/scripts/check/progress';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return {
    written,
    stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream,
  };
}

describe('Progress', () => {
  afterEach(() => vi.useRealTimers());

  it('says nothing in the first second, then items, items/s and the ETA from the share read', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const { written, stream: tty } = stream(true);
    const progress = new Progress(tty, () => 0.25);
    vi.advanceTimersByTime(999);
    progress.tick(1000);
    expect(written).toEqual([]);
    vi.advanceTimersByTime(1001);
    progress.tick(40_000);
    expect(written).toEqual(['\r40 000 items · 20 000/s · ETA 6 s\x1b[K']);
    progress.done();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('is silent when stderr is not a terminal, and has no ETA without a size', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const piped = stream(false);
    const progress = new Progress(piped.stream, () => 0.5);
    vi.advanceTimersByTime(5000);
    progress.tick(10);
    progress.done();
    expect(piped.written).toEqual([]);
    const tty = stream(true);
    const stdin = new Progress(tty.stream, () => null);
    vi.advanceTimersByTime(2000);
    stdin.tick(10);
    expect(tty.written[0]).toBe('\r10 items · 5/s\x1b[K');
  });
});
