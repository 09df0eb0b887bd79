import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from '@/core/pack';
import { checkCapacity, checkRealStock } from '@/core/rules/deposit-stock';

describe('D-STOCK real stock ≥ 20 % of presale', () => {
  it.each([
    [199, 1000, 'fail'],
    [200, 1000, 'pass'],
    [201, 1000, 'pass'],
    [1, 6, 'fail'],
    [2, 10, 'pass'],
  ] as const)('stock %s of presale %s → %s', (stock, presaleQty, status) => {
    const check = checkRealStock({ stock, presaleQty }, pack);
    expect(check.status).toBe(status);
    expect(check.message.zh).toContain('20%');
  });
  it('is unknown without both numbers', () => {
    expect(checkRealStock({ stock: 1 }, pack).status).toBe('unknown');
  });
});

describe('D-CAP presale ≤ 120 % of capacity (warn)', () => {
  it.each([
    [1079, 900, 'pass'],
    [1080, 900, 'pass'],
    [1081, 900, 'warn'],
  ] as const)('presale %s on capacity %s → %s', (presaleQty, capacity, status) => {
    expect(checkCapacity({ presaleQty, capacity }, pack).status).toBe(status);
  });
  it('is unknown without capacity', () => {
    expect(checkCapacity({ presaleQty: 1 }, pack).status).toBe('unknown');
  });
});
