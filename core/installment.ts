/**
 * The installment planner of SPEC §4 (seed 000 §5.1, §3.2, §3.3): fee, who bears it, the
 * instalments and 每日仅需, all in integer fen.
 *
 * Rounding, decided once:
 * - fee = round-half-up(price × rate): floor((price × rateBp + 5 000) ÷ 10 000);
 * - a platform share = round-half-up(fee × shareBp) the same way; the merchant bears the rest,
 *   so platform + merchant is always exactly the fee (FI-COSUB ¥45.00 → ¥9.00 + ¥36.00);
 * - instalments: the consumer's total split into n whole-fen parts, the remainder to the first;
 * - 每日 = ceil(first instalment ÷ 30).
 *
 * Decisions where SPEC is silent:
 * - a program (FI-PLAT3, FI-COSUB) means 分期免息, so the consumer pays no fee whatever `payer`
 *   says; a program that does not cover the period count (FI-PLAT3 beyond 3, FI-COSUB at 12) gives
 *   a plain merchant-borne plan with `program: null` (evaluate() adds a hint saying why);
 * - the FI-COSUB cap (100 000 元 per merchant) limits the platform share: an order that finds less
 *   subsidy left than its share gets only what is left, the merchant pays the rest.
 */
import { defaultPack, type FeeTable, type RulePack } from './pack';
import type { InstallmentPlan } from './report';
import { installmentPeriods, type InstallmentPeriods, type Product } from './request';

export type FeeRateOverrides = { consumer?: FeeTable | null; merchant?: FeeTable | null };

export interface InstallmentInput {
  priceFen: number;
  periods: 3 | 6 | 12;
  payer: 'consumer' | 'merchant';
  program?: 'FI-PLAT3' | 'FI-COSUB' | null;
  /** FI-COSUB platform share this merchant has already used. */
  cosubsidyUsedFen?: number;
}

/** round-half-up(fen × bp ÷ 10 000) in integers; BigInt once the product passes 2^53. */
export function applyBp(fen: number, bp: number): number {
  const product = fen * bp;
  if (Number.isSafeInteger(product)) return Math.floor((product + 5_000) / 10_000);
  return Number((BigInt(fen) * BigInt(bp) + 5_000n) / 10_000n);
}

/** `total` in `parts` whole-fen parts; the remainder goes to the first. */
export function splitInstalments(totalFen: number, parts: number): number[] {
  const base = Math.floor(totalFen / parts);
  const instalments = new Array<number>(parts).fill(base);
  instalments[0] = base + (totalFen - base * parts);
  return instalments;
}

export function feeRateBp(
  payer: 'consumer' | 'merchant',
  periods: 3 | 6 | 12,
  pack: RulePack = defaultPack,
  overrides?: FeeRateOverrides,
): number {
  const table = overrides?.[payer] ?? pack.installment.feeRatesBp[payer];
  return table[periods];
}

export function planInstallment(
  input: InstallmentInput,
  pack: RulePack = defaultPack,
  feeRatesBp?: FeeRateOverrides,
): InstallmentPlan {
  const { priceFen, periods } = input;
  const requested = input.program ?? null;
  const programRule = requested ? pack.installment.programs[requested] : null;
  const program = programRule?.periods.includes(periods) ? requested : null;
  const payer = requested ? 'merchant' : input.payer;
  const rateBp = feeRateBp(payer, periods, pack, feeRatesBp);
  const feeFen = applyBp(priceFen, rateBp);
  const consumerFeeFen = payer === 'consumer' ? feeFen : 0;

  let platformFeeFen = 0;
  let subsidyRemainingFen: number | null = null;
  let subsidyRemainingAfterFen: number | null = null;
  let merchantFeeWhenExhaustedFen: number | null = null;
  if (program && programRule) {
    const shareFen = applyBp(feeFen, programRule.platformShareBp);
    if (programRule.platformCapFen === null) {
      platformFeeFen = shareFen;
    } else {
      const used = input.cosubsidyUsedFen ?? 0;
      subsidyRemainingFen = Math.max(0, programRule.platformCapFen - used);
      platformFeeFen = Math.min(shareFen, subsidyRemainingFen);
      subsidyRemainingAfterFen = subsidyRemainingFen - platformFeeFen;
      merchantFeeWhenExhaustedFen = feeFen;
    }
  }
  const merchantFeeFen = feeFen - consumerFeeFen - platformFeeFen;
  const consumerTotalFen = priceFen + consumerFeeFen;
  const instalmentsFen = splitInstalments(consumerTotalFen, periods);
  const dailyFen = Math.ceil((instalmentsFen[0] ?? 0) / pack.installment.daysPerPeriod);
  return {
    priceFen,
    periods,
    payer,
    program,
    rateBp,
    feeFen,
    consumerFeeFen,
    platformFeeFen,
    merchantFeeFen,
    consumerTotalFen,
    instalmentsFen,
    dailyFen,
    subsidyRemainingFen,
    subsidyRemainingAfterFen,
    merchantFeeWhenExhaustedFen,
  };
}

/** From this price every product shows 每日仅需 where the page asks for it (the live room). */
export const DAILY_FOR_ALL_FROM_FEN = 10_000;

export interface DailyPlan {
  periods: InstallmentPeriods;
  dailyFen: number;
}

/**
 * 每日仅需 for 3, 6 and 12 periods, for an item set to 分期 — or any item from 100 元 when
 * `everyFrom100`. The item's own plan (from its report, program included) stands for its own
 * period count; the others are plain plans: 分期免息 (the merchant pays) unless the item is set to
 * consumer-paid 分期. Straight from the planner: a whole evaluation per figure would triple the
 * worker's work for a live room's cart.
 */
export function dailyPlans(
  product: Pick<Product, 'priceFen' | 'installment'> | null | undefined,
  ownPlan: InstallmentPlan | null,
  everyFrom100: boolean,
  pack: RulePack = defaultPack,
  feeRatesBp?: FeeRateOverrides,
): DailyPlan[] {
  const priceFen = product?.priceFen;
  const installment = product?.installment;
  if (typeof priceFen !== 'number') return [];
  if (installment == null && !(everyFrom100 && priceFen >= DAILY_FOR_ALL_FROM_FEN)) return [];
  const payer = installment?.payer ?? 'merchant';
  return installmentPeriods.map((periods) => ({
    periods,
    dailyFen:
      ownPlan?.periods === periods
        ? ownPlan.dailyFen
        : planInstallment({ priceFen, periods, payer }, pack, feeRatesBp).dailyFen,
  }));
}
