import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from '@/core/pack';
import { checkDepositRatio } from '@/core/rules/deposit-ratio';

describe('D-RATIO deposit ÷ total ∈ [1 %, 20 %]', () => {
  it.each([
    [99, 10_000, 'fail'],
    [100, 10_000, 'pass'],
    [2_000, 10_000, 'pass'],
    [2_001, 10_000, 'fail'],
    // 1 fen on 100.01 fen-less amounts: exact integer cross-multiplication.
    [1, 101, 'fail'],
    [1, 100, 'pass'],
  ] as const)('%s fen on %s fen → %s', (amountFen, priceFen, status) => {
    const check = checkDepositRatio({ priceFen, deposit: { amountFen } }, pack);
    expect(check.status).toBe(status);
    expect(check.values).toMatchObject({
      amountFen,
      totalPriceFen: priceFen,
      minRatioBp: 100,
      maxRatioBp: 2000,
    });
  });
  it('uses the activity price as the total when there is one', () => {
    const check = checkDepositRatio(
      { priceFen: 1_000_000, activityPriceFen: 10_000, deposit: { amountFen: 2_000 } },
      pack,
    );
    expect(check.status).toBe('pass');
    expect(check.values.totalPriceFen).toBe(10_000);
    expect(check.message.zh).toBe('意向金比例 ¥20.00 ÷ ¥100.00 = 20%，在 1%～20% 内');
  });
  it.each([
    [{ deposit: { amountFen: 100 } }],
    [{ priceFen: 10_000, deposit: {} }],
    [{ priceFen: 0, deposit: { amountFen: 0 } }],
  ])('is unknown without both amounts (%j)', (product) => {
    expect(checkDepositRatio(product, pack).status).toBe('unknown');
  });
});
