import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from '@/core/pack';
import { checkSuggestedRatio } from '@/core/rules/deposit-suggest';

const product = (priceFen: number, amountFen: number, kind?: 'home' | 'digital' | 'apparel') => ({
  priceFen,
  category: kind ? { kind } : null,
  deposit: { amountFen },
});

describe('D-SUGGEST by price band', () => {
  it.each([
    // below 200 元: 15–20 %
    [19_999, 2_999, 'warn', 1500],
    [19_999, 3_000, 'pass', 1500],
    [10_000, 2_000, 'pass', 1500],
    [10_000, 2_001, 'warn', 1500],
    // 200 元 up to (not incl.) 1 000 元: 8–12 %
    [20_000, 1_599, 'warn', 800],
    [20_000, 1_600, 'pass', 800],
    [99_999, 11_999, 'pass', 800],
    // 12 000 ÷ 99 999 = 12.0001 %: just outside, exactly.
    [99_999, 12_000, 'warn', 800],
  ] as const)('%s fen, deposit %s → %s (band from %s bp)', (price, amount, status, minRatioBp) => {
    const check = checkSuggestedRatio(product(price, amount), pack);
    expect(check?.status).toBe(status);
    expect(check?.values).toMatchObject({ basis: 'band', minRatioBp });
  });
  it('is not applicable from 1 000 元 without a category range', () => {
    expect(checkSuggestedRatio(product(100_000, 5_000), pack)).toBeNull();
    expect(checkSuggestedRatio(product(100_000, 5_000, 'apparel'), pack)).toBeNull();
  });
  it('is unknown without a total price', () => {
    expect(checkSuggestedRatio({ deposit: { amountFen: 100 } }, pack)?.status).toBe('unknown');
  });
});

describe('D-SUGGEST category ranges beat the band', () => {
  it.each([
    // 家居 5–10 % at any price
    [10_000, 499, 'home', 'warn'],
    [10_000, 500, 'home', 'pass'],
    [10_000, 1_000, 'home', 'pass'],
    [10_000, 1_001, 'home', 'warn'],
    [500_000, 25_000, 'home', 'pass'],
    // 数码 from 1 000 元: 1–3 %
    [100_000, 999, 'digital', 'warn'],
    [100_000, 1_000, 'digital', 'pass'],
    [100_000, 3_000, 'digital', 'pass'],
    [100_000, 3_001, 'digital', 'warn'],
  ] as const)('%s fen, deposit %s, %s → %s', (price, amount, kind, status) => {
    const check = checkSuggestedRatio(product(price, amount, kind), pack);
    expect(check?.status).toBe(status);
    expect(check?.values.basis).toBe('category');
  });
  it('数码 below 1 000 元 falls back to the band', () => {
    const check = checkSuggestedRatio(product(99_999, 9_000, 'digital'), pack);
    expect(check?.values).toMatchObject({ basis: 'band', minRatioBp: 800, maxRatioBp: 1200 });
    expect(check?.status).toBe('pass');
  });
});
