import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { minGapMs } from '@/core/history';
import type { Observation } from '@/core/messages';
import type { Send } from '@/lib/content/env';
import { createObservationRecorder, maxItemsPerPage, sendGapMs } from '@/lib/content/observations';

let ctx: ContentScriptContext;
afterEach(() => ctx?.abort());

function bench() {
  ctx = new ContentScriptContext('recorder-test');
  let time = Date.UTC(2023, 1, 20);
  const sent: Observation[][] = [];
  const send = (async (message: { observations: Observation[] }) => {
    sent.push(message.observations);
    return { stored: message.observations.length, refused: 0 };
  }) as unknown as Send;
  const recorder = createObservationRecorder(ctx, send, () => time);
  return { recorder, sent, advance: (ms: number) => (time += ms) };
}

describe('observation recorder', () => {
  it('hands what is due to the question at once, each price once', () => {
    const { recorder } = bench();
    recorder.record('1001', 100, 'goods-list', 'sale');
    recorder.record('1001', 100, 'goods-list', 'sale');
    recorder.record('1002', 200, 'live-room', 'activity');
    expect(recorder.take().map((o) => [o.itemId, o.priceKind])).toEqual([
      ['1001', 'sale'],
      ['1002', 'activity'],
    ]);
    expect(recorder.take()).toEqual([]);
  });

  it('a page repricing every frame: the latest price only, one a minute per item and kind', () => {
    const { recorder, advance } = bench();
    recorder.record('1001', 100, 'goods-list', 'sale');
    expect(recorder.take()).toHaveLength(1);
    for (let frame = 1; frame <= 600; frame += 1) {
      recorder.record('1001', 100 + frame, 'goods-list', 'sale');
      advance(16);
      expect(recorder.take()).toEqual([]);
    }
    advance(sendGapMs - 600 * 16 - 1);
    expect(recorder.take()).toEqual([]);
    advance(1);
    expect(recorder.take().map((o) => o.fen)).toEqual([700]);
  });

  it('records at most maxItemsPerPage distinct items per page load', () => {
    const { recorder } = bench();
    for (let index = 0; index <= maxItemsPerPage; index += 1) {
      recorder.record(`20${index}`, 100, 'goods-list', 'sale');
    }
    expect(recorder.take()).toHaveLength(maxItemsPerPage);
    // An item already recorded still gets its new prices.
    recorder.record('200', 50, 'goods-list', 'activity');
    expect(recorder.take()).toHaveLength(1);
  });

  it('flush sends what is due in a message of its own, nothing when empty', async () => {
    const { recorder, sent } = bench();
    recorder.flush();
    recorder.record('1001', 100, 'detail', 'activity');
    recorder.flush();
    await Promise.resolve();
    expect(sent).toEqual([[expect.objectContaining({ itemId: '1001', priceKind: 'activity' })]]);
  });
});

describe('observation gap', () => {
  it('sends no more often than the worker keeps (core/history, V20)', () => {
    expect(sendGapMs).toBe(minGapMs);
  });
});
