import { describe, expect, it } from 'vitest';
import { evaluate } from '@/core/evaluate';
import {
  applyBp,
  dailyPlans,
  DAILY_FOR_ALL_FROM_FEN,
  planInstallment,
  splitInstalments,
} from '@/core/installment';
import { defaultPack as pack } from '@/core/pack';

describe('SPEC §4 worked examples', () => {
  it('¥1 000, 3 periods, consumer-borne 2.3 % → fee ¥23.00, ¥341.00 × 3, 每日 ¥11.37', () => {
    const plan = planInstallment({ priceFen: 100_000, periods: 3, payer: 'consumer' }, pack);
    expect(plan).toMatchObject({
      rateBp: 230,
      feeFen: 2_300,
      consumerFeeFen: 2_300,
      platformFeeFen: 0,
      merchantFeeFen: 0,
      consumerTotalFen: 102_300,
      instalmentsFen: [34_100, 34_100, 34_100],
      dailyFen: 1_137,
      program: null,
    });
  });
  it('¥1 000, 6 periods, FI-COSUB 4.5 % → fee ¥45.00, platform ¥9.00, merchant ¥36.00, ¥166.70 + 5 × ¥166.66, 每日 ¥5.56', () => {
    const plan = planInstallment(
      { priceFen: 100_000, periods: 6, payer: 'merchant', program: 'FI-COSUB' },
      pack,
    );
    expect(plan).toMatchObject({
      program: 'FI-COSUB',
      rateBp: 450,
      feeFen: 4_500,
      platformFeeFen: 900,
      merchantFeeFen: 3_600,
      consumerFeeFen: 0,
      consumerTotalFen: 100_000,
      instalmentsFen: [16_670, 16_666, 16_666, 16_666, 16_666, 16_666],
      dailyFen: 556,
      subsidyRemainingFen: 10_000_000,
      subsidyRemainingAfterFen: 9_999_100,
      merchantFeeWhenExhaustedFen: 4_500,
    });
  });
});

describe('rounding', () => {
  it.each([
    [100_000, 230, 2_300],
    [99_900, 450, 4_496], // 4 495.5 → half up
    [1, 4_999, 0],
    [1, 5_000, 1],
    [3, 1_500, 0], // 0.45
    [4, 1_500, 1], // 0.6
    [Number.MAX_SAFE_INTEGER, 10_000, Number.MAX_SAFE_INTEGER], // BigInt path stays exact
  ])('applyBp(%s, %s) = %s', (fen, bp, expected) => {
    expect(applyBp(fen, bp)).toBe(expected);
  });
  it('the remainder goes to the first instalment', () => {
    expect(splitInstalments(100, 3)).toEqual([34, 33, 33]);
    expect(splitInstalments(0, 6)).toEqual([0, 0, 0, 0, 0, 0]);
  });
  it('每日 rounds up to the fen', () => {
    expect(planInstallment({ priceFen: 3_000, periods: 3, payer: 'merchant' }, pack).dailyFen).toBe(
      34,
    );
    expect(planInstallment({ priceFen: 9_000, periods: 3, payer: 'merchant' }, pack).dailyFen).toBe(
      100,
    );
  });
});

describe('programs', () => {
  it('FI-PLAT3 pays the whole 3-period fee', () => {
    const plan = planInstallment(
      { priceFen: 100_000, periods: 3, payer: 'merchant', program: 'FI-PLAT3' },
      pack,
    );
    expect(plan).toMatchObject({
      feeFen: 2_300,
      platformFeeFen: 2_300,
      merchantFeeFen: 0,
      subsidyRemainingFen: null,
    });
  });
  it('FI-PLAT3 at 6 periods is a plain merchant-borne plan', () => {
    const plan = planInstallment(
      { priceFen: 100_000, periods: 6, payer: 'merchant', program: 'FI-PLAT3' },
      pack,
    );
    expect(plan).toMatchObject({ program: null, platformFeeFen: 0, merchantFeeFen: 4_500 });
  });
  it('FI-COSUB does not cover 12 periods', () => {
    const plan = planInstallment(
      { priceFen: 100_000, periods: 12, payer: 'merchant', program: 'FI-COSUB' },
      pack,
    );
    expect(plan).toMatchObject({
      program: null,
      feeFen: 7_500,
      platformFeeFen: 0,
      merchantFeeFen: 7_500,
    });
  });
  it('a program means 分期免息 even when payer says consumer', () => {
    const plan = planInstallment(
      { priceFen: 100_000, periods: 3, payer: 'consumer', program: 'FI-PLAT3' },
      pack,
    );
    expect(plan).toMatchObject({ payer: 'merchant', consumerFeeFen: 0, consumerTotalFen: 100_000 });
  });
  it.each([
    [9_999_100, 900, 0, 3_600], // exactly enough left
    [9_999_500, 500, 0, 4_000], // partly covered: the platform pays what is left
    [10_000_000, 0, 0, 4_500], // used up
    [12_000_000, 0, 0, 4_500], // over-reported usage still means none left
  ])(
    'FI-COSUB cap: %s used → platform %s, left after %s, merchant %s',
    (used, platform, after, merchant) => {
      const plan = planInstallment(
        {
          priceFen: 100_000,
          periods: 6,
          payer: 'merchant',
          program: 'FI-COSUB',
          cosubsidyUsedFen: used,
        },
        pack,
      );
      expect(plan.platformFeeFen).toBe(platform);
      expect(plan.subsidyRemainingAfterFen).toBe(after);
      expect(plan.merchantFeeFen).toBe(merchant);
      expect(plan.platformFeeFen + plan.merchantFeeFen).toBe(plan.feeFen);
    },
  );
  it('the 20 % share rounds half up and the merchant gets the rest', () => {
    // fee 4 496 (¥999 × 4.5 %) → 20 % = 899.2 → 899; merchant 3 597.
    const plan = planInstallment(
      { priceFen: 99_900, periods: 6, payer: 'merchant', program: 'FI-COSUB' },
      pack,
    );
    expect([plan.feeFen, plan.platformFeeFen, plan.merchantFeeFen]).toEqual([4_496, 899, 3_597]);
  });
});

describe('fee tables', () => {
  it('uses the pack table per payer and period count', () => {
    expect(
      planInstallment({ priceFen: 100_000, periods: 12, payer: 'consumer' }, pack).feeFen,
    ).toBe(7_500);
  });
  it('overrides beat the pack, per payer', () => {
    const overrides = { merchant: { 3: 100, 6: 200, 12: 300 } };
    expect(
      planInstallment({ priceFen: 100_000, periods: 6, payer: 'merchant' }, pack, overrides).feeFen,
    ).toBe(2_000);
    expect(
      planInstallment({ priceFen: 100_000, periods: 6, payer: 'consumer' }, pack, overrides).feeFen,
    ).toBe(4_500);
    expect(
      planInstallment({ priceFen: 100_000, periods: 6, payer: 'consumer' }, pack, {
        consumer: null,
      }).feeFen,
    ).toBe(4_500);
  });
});

describe('dailyPlans (每日仅需 beside a badge)', () => {
  const periodsOf = (plans: { periods: number }[]) => plans.map((plan) => plan.periods);

  it('from 100 元 on a live page: none at ¥99.99, all three at ¥100.00 and ¥100.01', () => {
    expect(DAILY_FOR_ALL_FROM_FEN).toBe(10_000);
    expect(dailyPlans({ priceFen: 9_999 }, null, true)).toEqual([]);
    expect(periodsOf(dailyPlans({ priceFen: 10_000 }, null, true))).toEqual([3, 6, 12]);
    expect(periodsOf(dailyPlans({ priceFen: 10_001 }, null, true))).toEqual([3, 6, 12]);
  });

  it('only for items set to 分期 elsewhere, whatever their price; never without a price', () => {
    expect(dailyPlans({ priceFen: 1_000_000 }, null, false)).toEqual([]);
    expect(periodsOf(dailyPlans({ priceFen: 990, installment: {} }, null, false))).toEqual([
      3, 6, 12,
    ]);
    expect(dailyPlans({ priceFen: null, installment: { periods: 3 } }, null, true)).toEqual([]);
    expect(dailyPlans(undefined, null, true)).toEqual([]);
  });

  it('matches a whole evaluation of each period count, for both payers', () => {
    for (const payer of ['merchant', 'consumer'] as const) {
      for (const priceFen of [10_000, 12_345, 99_999_99]) {
        const plans = dailyPlans({ priceFen, installment: { payer } }, null, false);
        for (const plan of plans) {
          const result = evaluate({
            product: { priceFen, installment: { periods: plan.periods, payer } },
          });
          expect(result.ok && result.report.installment?.dailyFen).toBe(plan.dailyFen);
        }
      }
    }
  });

  it("takes the item's own plan (a program's) for its own period count", () => {
    const own = planInstallment(
      { priceFen: 45_000, periods: 3, payer: 'merchant', program: 'FI-PLAT3' },
      pack,
    );
    const plans = dailyPlans(
      { priceFen: 45_000, installment: { periods: 3, program: 'FI-PLAT3' } },
      { ...own, dailyFen: 1 },
      false,
    );
    expect(plans[0]).toEqual({ periods: 3, dailyFen: 1 });
    expect(plans[1]?.dailyFen).toBe(
      planInstallment({ priceFen: 45_000, periods: 6, payer: 'merchant' }, pack).dailyFen,
    );
  });

  it('uses the fee-rate overrides for consumer-paid plans', () => {
    const consumer = { 3: 0, 6: 0, 12: 0 };
    const plans = dailyPlans(
      { priceFen: 90_000, installment: { payer: 'consumer' } },
      null,
      false,
      pack,
      { consumer },
    );
    expect(plans.map((plan) => plan.dailyFen)).toEqual([1_000, 500, 250]);
  });
});
