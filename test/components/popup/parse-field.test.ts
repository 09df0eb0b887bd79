import { describe, expect, it } from 'vitest';
import { parseRateField } from '@/components/popup/parse-field';

describe('a rate typed in % or ‱ (V21: bounded by core/ranges)', () => {
  it('accepts up to the whole, in either unit, and refuses more', () => {
    expect(parseRateField('100', 2)).toEqual({ ok: true, value: 1 });
    expect(parseRateField('10000', 4)).toEqual({ ok: true, value: 1 });
    expect(parseRateField('0.36', 4)).toEqual({ ok: true, value: 0.000036 });
    expect(parseRateField('100.01', 2).ok).toBe(false);
    expect(parseRateField('10001', 4).ok).toBe(false);
  });
});
