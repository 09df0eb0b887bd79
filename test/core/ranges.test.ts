/**
 * V21: one source for the ranges of stated numbers. The pack schema (not this module's to edit)
 * keeps the buyer-score ranges of its own: this holds them equal, edge by edge.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack, parsePack } from '@/core/pack';
import {
  feeRateBpRange,
  lookbackDaysRange,
  sesameScoreRange,
  wechatPayScoreRange,
  type Range,
} from '@/core/ranges';
import { settingsSchema } from '@/core/settings';

const inRange = (value: number, range: Range) => value >= range.min && value <= range.max;

/** Whether a value just inside and just outside each edge is accepted as the range says. */
function edgesAgree(range: Range, accepts: (value: number) => boolean) {
  for (const value of [range.min - 1, range.min, range.max, range.max + 1])
    expect(accepts(value), String(value)).toBe(inRange(value, range));
}

describe('ranges of stated numbers (V21)', () => {
  it('the pack’s buyer-score thresholds keep the same ranges', () => {
    const withConsumer = (consumer: Partial<typeof defaultPack.consumer>) =>
      parsePack({ ...defaultPack, consumer: { ...defaultPack.consumer, ...consumer } }).ok;
    edgesAgree(sesameScoreRange, (value) => withConsumer({ sesameScoreAbove: value }));
    edgesAgree(wechatPayScoreRange, (value) => withConsumer({ wechatPayScoreAbove: value }));
  });

  it('the settings schema bounds the look-back and the fee rates by them', () => {
    edgesAgree(
      lookbackDaysRange,
      (value) => settingsSchema.safeParse({ lookbackDays: value }).success,
    );
    const fees = (bp: number) => ({ 3: bp, 6: bp, 12: bp });
    edgesAgree(
      feeRateBpRange,
      (value) => settingsSchema.safeParse({ feeRatesBp: { consumer: fees(value) } }).success,
    );
  });
});
