import { describe, expect, it } from 'vitest';
import { evaluate } from '@/core/evaluate';
import {
  applyBp,
  applyBpHalfEven,
  dailyPlans,
  DAILY_FOR_ALL_FROM_FEN,
  payerOf,
  planInstallment,
  splitInstalments,
  type InstallmentInput,
} from '@/core/installment';
import { defaultPack as pack } from '@/core/pack';

/** Inside both programs' active windows (FI-PLAT3 and FI-COSUB: 2023-02-20 … 03-10/03-15). */
const CAMPAIGN_DAY = '2023-02-21';
const TODAY = '2026-12-01';
const plan = (input: Omit<InstallmentInput, 'day'> & { day?: string }, overrides?: object) =>
  planInstallment({ day: CAMPAIGN_DAY, ...input }, pack, overrides);

describe('SPEC §4 worked examples (花呗分期 billing)', () => {
  it('¥1 000, 3 periods, consumer-borne 2.3 % → fee ¥23.00; ¥341.02, ¥340.99, ¥340.99; 每日 ¥11.37', () => {
    expect(plan({ priceFen: 100_000, periods: 3, payer: 'consumer' })).toMatchObject({
      rateBp: 230,
      feeFen: 2_300,
      consumerFeeFen: 2_300,
      platformFeeFen: 0,
      merchantFeeFen: 0,
      consumerTotalFen: 102_300,
      principalFen: [33_334, 33_333, 33_333],
      feePartsFen: [768, 766, 766],
      instalmentsFen: [34_102, 34_099, 34_099],
      dailyFen: 1_137,
      program: null,
    });
  });
  it('¥1 000, 6 periods, FI-COSUB 4.5 % → fee ¥45.00, platform ¥9.00, merchant ¥36.00, ¥166.70 + 5 × ¥166.66, 每日 ¥5.56', () => {
    expect(
      plan({ priceFen: 100_000, periods: 6, payer: 'merchant', program: 'FI-COSUB' }),
    ).toMatchObject({
      program: 'FI-COSUB',
      programNote: null,
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
  it('¥1 000, 3 periods, FI-PLAT3 at the merchant rate 1.8 % → fee ¥18.00 all paid by the platform, ¥333.34 + 2 × ¥333.33, 每日 ¥11.12', () => {
    expect(
      plan({ priceFen: 100_000, periods: 3, payer: 'merchant', program: 'FI-PLAT3' }),
    ).toMatchObject({
      rateBp: 180,
      feeFen: 1_800,
      platformFeeFen: 1_800,
      merchantFeeFen: 0,
      instalmentsFen: [33_334, 33_333, 33_333],
      dailyFen: 1_112,
      subsidyRemainingFen: null,
    });
  });
  it('the default merchant-borne rates are 1.8 / 4.5 / 7.5 %, the consumer-borne 2.3 / 4.5 / 7.5 %', () => {
    expect(pack.installment.feeRatesBp.merchant).toEqual({ 3: 180, 6: 450, 12: 750 });
    expect(pack.installment.feeRatesBp.consumer).toEqual({ 3: 230, 6: 450, 12: 750 });
  });
});

describe('rounding', () => {
  it.each([
    [100_000, 230, 2_300],
    [9_900, 750, 742], // SPEC: ¥99.00 × 7.5 % = 742.5 → 742 (half to even)
    [9_700, 750, 728], // 727.5 → 728 (half to even, up)
    [99_900, 450, 4_496], // 4 495.5 → 4 496
    [1, 4_999, 0], // just below a half
    [1, 5_000, 0], // a half, to the even 0
    [3, 5_000, 2], // 1.5 → 2
    [1, 5_001, 1], // just above a half
    [Number.MAX_SAFE_INTEGER, 10_000, Number.MAX_SAFE_INTEGER], // BigInt path stays exact
    [Number.MAX_SAFE_INTEGER, 5_000, 4_503_599_627_370_496], // …and rounds half to even there too
  ])('applyBpHalfEven(%s, %s) = %s', (fen, bp, expected) => {
    expect(applyBpHalfEven(fen, bp)).toBe(expected);
  });
  it('the deposit service fee (SPEC §7) still rounds half up', () => {
    expect(applyBp(1, 5_000)).toBe(1);
    expect(applyBp(5_000, 1_500)).toBe(750);
  });
  it('splits floor each and gives the remainder to the first', () => {
    expect(splitInstalments(100, 3)).toEqual([34, 33, 33]);
    expect(splitInstalments(99, 3)).toEqual([33, 33, 33]);
    expect(splitInstalments(101, 3)).toEqual([35, 33, 33]);
    expect(splitInstalments(0, 6)).toEqual([0, 0, 0, 0, 0, 0]);
  });
  it('principal and fee are split separately: not the same as splitting their sum', () => {
    // 102 300 split whole would be 34 100 × 3; split apart the remainders (1 + 2) go first.
    const split = plan({ priceFen: 100_000, periods: 3, payer: 'consumer' });
    expect(split.instalmentsFen).not.toEqual(splitInstalments(102_300, 3));
    expect(split.instalmentsFen.reduce((a, b) => a + b)).toBe(split.consumerTotalFen);
  });
  it('每日 rounds up to the fen: just below, at and just above a whole fen', () => {
    expect(plan({ priceFen: 2_970, periods: 3, payer: 'merchant' }).dailyFen).toBe(33); // 990 / 30
    expect(plan({ priceFen: 2_973, periods: 3, payer: 'merchant' }).dailyFen).toBe(34); // 991 / 30
    expect(plan({ priceFen: 9_000, periods: 3, payer: 'merchant' }).dailyFen).toBe(100);
  });
});

describe('programs and campaign time', () => {
  it('FI-PLAT3 at 6 periods is a plain merchant-borne plan, and says why', () => {
    expect(
      plan({ priceFen: 100_000, periods: 6, payer: 'merchant', program: 'FI-PLAT3' }),
    ).toMatchObject({
      program: null,
      requestedProgram: 'FI-PLAT3',
      programNote: 'not-covered',
      platformFeeFen: 0,
      merchantFeeFen: 4_500,
    });
  });
  it('FI-COSUB does not cover 12 periods', () => {
    expect(
      plan({ priceFen: 100_000, periods: 12, payer: 'merchant', program: 'FI-COSUB' }),
    ).toMatchObject({ program: null, feeFen: 7_500, platformFeeFen: 0, merchantFeeFen: 7_500 });
  });
  it.each([
    ['2023-02-19', 'not-running', 0], // the day before FI-PLAT3's active window
    ['2023-02-20', null, 1_800], // its first day
    ['2023-03-15', null, 1_800], // its last day
    ['2023-03-16', 'not-running', 0], // the day after
    [TODAY, 'not-running', 0],
  ])('FI-PLAT3 on %s: note %s, platform pays %s', (day, note, platform) => {
    const result = plan({
      priceFen: 100_000,
      periods: 3,
      payer: 'merchant',
      program: 'FI-PLAT3',
      day,
    });
    expect(result.programNote).toBe(note);
    expect(result.platformFeeFen).toBe(platform);
    // Outside the window the merchant pays the whole fee at the merchant rate.
    expect(result.merchantFeeFen).toBe(1_800 - platform);
    expect(result.payer).toBe('merchant');
  });
  it('a program means 分期免息 even when payer says consumer', () => {
    expect(
      plan({ priceFen: 100_000, periods: 3, payer: 'consumer', program: 'FI-PLAT3' }),
    ).toMatchObject({ payer: 'merchant', consumerFeeFen: 0, consumerTotalFen: 100_000 });
  });
  it.each([
    [9_999_100, 900, 0, 3_600], // exactly enough left
    [9_999_101, 899, 0, 3_601], // one fen short
    [9_999_500, 500, 0, 4_000], // partly covered: the platform pays what is left
    [10_000_000, 0, 0, 4_500], // used up
    [12_000_000, 0, 0, 4_500], // over-reported usage still means none left
  ])(
    'FI-COSUB cap: %s used → platform %s, left after %s, merchant %s',
    (used, platform, after, merchant) => {
      const result = plan({
        priceFen: 100_000,
        periods: 6,
        payer: 'merchant',
        program: 'FI-COSUB',
        cosubsidyUsedFen: used,
      });
      expect(result.platformFeeFen).toBe(platform);
      expect(result.subsidyRemainingAfterFen).toBe(after);
      expect(result.merchantFeeFen).toBe(merchant);
      expect(result.platformFeeFen + result.merchantFeeFen).toBe(result.feeFen);
    },
  );
  it('the 20 % share rounds half to even and the merchant gets the rest', () => {
    // fee 4 496 (¥999 × 4.5 %) → 20 % = 899.2 → 899; merchant 3 597.
    const a = plan({ priceFen: 99_900, periods: 6, payer: 'merchant', program: 'FI-COSUB' });
    expect([a.feeFen, a.platformFeeFen, a.merchantFeeFen]).toEqual([4_496, 899, 3_597]);
    // ¥1 000.55 × 4.5 % = 4 502.475 → 4 502; 20 % = 900.4 → 900 (merchant 3 602).
    const b = plan({ priceFen: 100_055, periods: 6, payer: 'merchant', program: 'FI-COSUB' });
    expect([b.feeFen, b.platformFeeFen]).toEqual([4_502, 900]);
  });
});

describe('who pays: one default', () => {
  it.each([
    [null, 'consumer'],
    [{}, 'consumer'],
    [{ payer: 'merchant' as const }, 'merchant'],
    [{ payer: 'consumer' as const }, 'consumer'],
    [{ program: 'FI-COSUB' as const }, 'merchant'],
    [{ payer: 'consumer' as const, program: 'FI-PLAT3' as const }, 'merchant'],
  ])('payerOf(%j) = %s', (choice, payer) => {
    expect(payerOf(choice)).toBe(payer);
  });
});

describe('fee tables', () => {
  it('uses the pack table per payer and period count', () => {
    expect(plan({ priceFen: 100_000, periods: 12, payer: 'consumer' }).feeFen).toBe(7_500);
    expect(plan({ priceFen: 100_000, periods: 3, payer: 'merchant' }).feeFen).toBe(1_800);
  });
  it('overrides beat the pack, per payer', () => {
    const overrides = { merchant: { 3: 100, 6: 200, 12: 300 } };
    expect(plan({ priceFen: 100_000, periods: 6, payer: 'merchant' }, overrides).feeFen).toBe(
      2_000,
    );
    expect(plan({ priceFen: 100_000, periods: 6, payer: 'consumer' }, overrides).feeFen).toBe(
      4_500,
    );
    expect(
      plan({ priceFen: 100_000, periods: 6, payer: 'consumer' }, { consumer: null }).feeFen,
    ).toBe(4_500);
  });
});

describe('dailyPlans (每日仅需 beside a badge)', () => {
  const periodsOf = (plans: { periods: number }[]) => plans.map((daily) => daily.periods);

  it('from 100 元 on a live page: none at ¥99.99, all three at ¥100.00 and ¥100.01', () => {
    expect(DAILY_FOR_ALL_FROM_FEN).toBe(10_000);
    expect(dailyPlans({ priceFen: 9_999 }, null, true, TODAY)).toEqual([]);
    expect(periodsOf(dailyPlans({ priceFen: 10_000 }, null, true, TODAY))).toEqual([3, 6, 12]);
    expect(periodsOf(dailyPlans({ priceFen: 10_001 }, null, true, TODAY))).toEqual([3, 6, 12]);
  });

  it('only for items set to 分期 elsewhere, whatever their price; never without a price', () => {
    expect(dailyPlans({ priceFen: 1_000_000 }, null, false, TODAY)).toEqual([]);
    expect(periodsOf(dailyPlans({ priceFen: 990, installment: {} }, null, false, TODAY))).toEqual([
      3, 6, 12,
    ]);
    expect(dailyPlans({ priceFen: null, installment: { periods: 3 } }, null, true, TODAY)).toEqual(
      [],
    );
    expect(dailyPlans(undefined, null, true, TODAY)).toEqual([]);
  });

  it('uses the activity price, as the item’s own plan does', () => {
    const [three] = dailyPlans(
      { priceFen: 129_900, activityPriceFen: 99_900, installment: { payer: 'merchant' } },
      null,
      false,
      TODAY,
    );
    expect(three?.dailyFen).toBe(Math.ceil(33_300 / 30));
  });

  it('matches a whole evaluation of each period count, for every payer', () => {
    for (const payer of ['merchant', 'consumer', undefined] as const) {
      for (const priceFen of [10_000, 12_345, 99_999_99]) {
        const plans = dailyPlans({ priceFen, installment: { payer } }, null, false, TODAY);
        for (const daily of plans) {
          const result = evaluate({
            date: TODAY,
            product: { priceFen, installment: { periods: daily.periods, payer } },
          });
          expect(result.ok && result.report.installment?.dailyFen).toBe(daily.dailyFen);
        }
      }
    }
  });

  it("takes the item's own plan (a program's) for its own period count", () => {
    const own = plan({ priceFen: 45_000, periods: 3, payer: 'merchant', program: 'FI-PLAT3' });
    const plans = dailyPlans(
      { priceFen: 45_000, installment: { periods: 3, program: 'FI-PLAT3' } },
      { ...own, dailyFen: 1 },
      false,
      CAMPAIGN_DAY,
    );
    expect(plans[0]).toEqual({ periods: 3, dailyFen: 1 });
    expect(plans[1]?.dailyFen).toBe(
      plan({ priceFen: 45_000, periods: 6, payer: 'merchant' }).dailyFen,
    );
  });

  it('uses the fee-rate overrides for consumer-paid plans', () => {
    const consumer = { 3: 0, 6: 0, 12: 0 };
    const plans = dailyPlans(
      { priceFen: 90_000, installment: { payer: 'consumer' } },
      null,
      false,
      TODAY,
      pack,
      { consumer },
    );
    expect(plans.map((daily) => daily.dailyFen)).toEqual([1_000, 500, 250]);
  });
});
