/**
 * The installment planner of SPEC §4 (seed 000 §5.1, §3.2, §3.3): fee, who bears it, the
 * instalments and 每日仅需, all in integer fen, following Alipay's 花呗分期 billing rule — the buyer
 * pays with 花呗分期 (seed 000 §3.2 用户权益).
 *
 * Rounding, decided once:
 * - fee = round-half-even(price × rate) in fen (Alipay: ROUND_HALF_EVEN; ¥99.00 × 7.5 % = 742.5
 *   fen → 742);
 * - a platform share = round-half-even(fee × shareBp) the same way (SPEC is silent; the same rule
 *   as the fee it is a share of); the merchant bears the rest, so platform + merchant is always
 *   exactly the fee (FI-COSUB ¥45.00 → ¥9.00 + ¥36.00);
 * - instalments: principal and fee are split separately, each period gets floor(price ÷ n) and
 *   floor(fee ÷ n), what both divisions leave goes to the first period; the buyer pays principal +
 *   fee parts (分期付款) or the principal parts only (分期免息);
 * - 每日 = ceil(first instalment ÷ 30).
 *
 * Decisions where SPEC is silent:
 * - one default for who pays, `payerOf`: a program (FI-PLAT3, FI-COSUB) means 分期免息 (the
 *   merchant side pays), else the stated payer, else 分期付款 (the buyer) — the plain 花呗分期 a
 *   buyer gets on an item that states nothing;
 * - a program that does not cover the period count (FI-PLAT3 beyond 3, FI-COSUB at 12), or a day
 *   outside the program's active window, gives a plain merchant-borne plan with `program: null`
 *   and `programNote` saying why (evaluate() turns it into a hint);
 * - the FI-COSUB cap (100 000 元 per merchant) limits the platform share: an order that finds less
 *   subsidy left than its share gets only what is left, the merchant pays the rest.
 */
import { inWindow } from './dates';
import { perObjectMemo } from './rules/check';
import { defaultPack, type FeeTable, type Program, type RulePack } from './pack';
import type { InstallmentPlan } from './report';
import {
  installmentPeriods,
  type InstallmentChoice,
  type InstallmentPeriods,
  type Product,
} from './request';

export type FeeRateOverrides = { consumer?: FeeTable | null; merchant?: FeeTable | null };
export type Payer = 'consumer' | 'merchant';

export interface InstallmentInput {
  priceFen: number;
  periods: 3 | 6 | 12;
  payer: Payer;
  /** Any interest-free program of an installed campaign (FI-PLAT3, FI-COSUB, a rate cut …). */
  program?: string | null;
  /** The Shanghai day of the order: a program pays its share only inside its active window. */
  day: string;
  /** FI-COSUB platform share this merchant has already used. */
  cosubsidyUsedFen?: number;
}

/** The one default for who pays the fee (see the header). */
export function payerOf(
  choice: Pick<InstallmentChoice, 'payer' | 'program'> | null | undefined,
): Payer {
  if (choice?.program) return 'merchant';
  return choice?.payer ?? 'consumer';
}

/** round-half-up(fen × bp ÷ 10 000) in integers; BigInt once the product passes 2^53. */
export function applyBp(fen: number, bp: number): number {
  const product = fen * bp;
  if (Number.isSafeInteger(product)) return Math.floor((product + 5_000) / 10_000);
  return Number((BigInt(fen) * BigInt(bp) + 5_000n) / 10_000n);
}

/** round-half-even(fen × bp ÷ 10 000) in integers (Alipay's ROUND_HALF_EVEN); BigInt past 2^53. */
export function applyBpHalfEven(fen: number, bp: number): number {
  const product = fen * bp;
  if (Number.isSafeInteger(product)) {
    const quotient = Math.floor(product / 10_000);
    const rest = product - quotient * 10_000;
    if (rest > 5_000 || (rest === 5_000 && quotient % 2 === 1)) return quotient + 1;
    return quotient;
  }
  const big = BigInt(fen) * BigInt(bp);
  const quotient = big / 10_000n;
  const rest = big - quotient * 10_000n;
  if (rest > 5_000n || (rest === 5_000n && quotient % 2n === 1n)) return Number(quotient + 1n);
  return Number(quotient);
}

/** `total` in `parts` whole-fen parts: floor(total ÷ parts) each, the remainder to the first. */
export function splitInstalments(totalFen: number, parts: number): number[] {
  const base = Math.floor(totalFen / parts);
  const instalments = new Array<number>(parts).fill(base);
  instalments[0] = base + (totalFen - base * parts);
  return instalments;
}

export function feeRateBp(
  payer: Payer,
  periods: 3 | 6 | 12,
  pack: RulePack = defaultPack,
  overrides?: FeeRateOverrides,
): number {
  const table = overrides?.[payer] ?? pack.installment.feeRatesBp[payer];
  return table[periods];
}

/** A program's active window holds the day: remembered, the same few days recur every call. */
const activeOn = perObjectMemo((program: Program, day: string) =>
  program.active ? inWindow(day, program.active) : false,
);

/** The period counts a program pays for (or lowers the rate of); none for other kinds. */
function periodsOf(program: Program | undefined): readonly number[] {
  if (!program) return [];
  if (program.kind === 'interest-free-rate-cut')
    return installmentPeriods.filter((n) => program.merchantRatesBp?.[n] !== undefined);
  if (program.kind === 'interest-free-platform' || program.kind === 'interest-free-cosubsidy')
    return program.subsidy?.periods ?? [];
  return [];
}

/** Why a requested program gives no platform share: the period count, or the day. */
function programNoteOf(input: InstallmentInput, pack: RulePack): InstallmentPlan['programNote'] {
  const requested = input.program ?? null;
  if (!requested) return null;
  const program = pack.programs[requested];
  if (!program || !periodsOf(program).includes(input.periods)) return 'not-covered';
  if (!activeOn(program, input.day)) return 'not-running';
  return null;
}

/**
 * SPEC §4: inside its active window an `interest-free-rate-cut` lowers the merchant-borne rate of
 * its period counts; a merchant-borne plan that names no program gets the lowest such cut running
 * that day (the merchant pays the fee either way; the cut is what the campaign charges then).
 */
const runningRateCut = perObjectMemo((pack: RulePack, key: string): Program | null => {
  const [day, periods] = key.split('|') as [string, string];
  let best: Program | null = null;
  for (const campaign of pack.campaigns) {
    for (const program of campaign.programs) {
      const rate = program.merchantRatesBp?.[Number(periods) as InstallmentPeriods];
      if (program.kind !== 'interest-free-rate-cut' || rate === undefined) continue;
      if (!activeOn(program, day)) continue;
      if (
        !best ||
        rate < (best.merchantRatesBp?.[Number(periods) as InstallmentPeriods] ?? Infinity)
      )
        best = program;
    }
  }
  return best;
});

/** The program in force for this plan, or null (none asked and no rate cut running). */
function programInForce(
  input: InstallmentInput,
  pack: RulePack,
  note: InstallmentPlan['programNote'],
) {
  const requested = input.program ?? null;
  if (requested) return note === null ? (pack.programs[requested] ?? null) : null;
  if (input.payer !== 'merchant') return null;
  return runningRateCut(pack, `${input.day}|${input.periods}`);
}

export function planInstallment(
  input: InstallmentInput,
  pack: RulePack = defaultPack,
  feeRatesBp?: FeeRateOverrides,
): InstallmentPlan {
  const { priceFen, periods } = input;
  const requested = input.program ?? null;
  const programNote = programNoteOf(input, pack);
  const program = programInForce(input, pack, programNote);
  const payer = requested ? 'merchant' : input.payer;
  const normalRateBp = feeRateBp(payer, periods, pack, feeRatesBp);
  const cutRateBp =
    program?.kind === 'interest-free-rate-cut' ? program.merchantRatesBp?.[periods] : undefined;
  const rateBp = cutRateBp ?? normalRateBp;
  const feeFen = applyBpHalfEven(priceFen, rateBp);
  const consumerFeeFen = payer === 'consumer' ? feeFen : 0;
  const subsidy = program?.kind === 'interest-free-rate-cut' ? null : (program?.subsidy ?? null);

  let platformFeeFen = 0;
  let subsidyRemainingFen: number | null = null;
  let subsidyRemainingAfterFen: number | null = null;
  let merchantFeeWhenExhaustedFen: number | null = null;
  if (subsidy) {
    const shareFen = applyBpHalfEven(feeFen, subsidy.platformShareBp);
    if (subsidy.platformCapFen === null) {
      platformFeeFen = shareFen;
    } else {
      const used = input.cosubsidyUsedFen ?? 0;
      subsidyRemainingFen = Math.max(0, subsidy.platformCapFen - used);
      platformFeeFen = Math.min(shareFen, subsidyRemainingFen);
      subsidyRemainingAfterFen = subsidyRemainingFen - platformFeeFen;
      merchantFeeWhenExhaustedFen = feeFen;
    }
  }
  const merchantFeeFen = feeFen - consumerFeeFen - platformFeeFen;
  const consumerTotalFen = priceFen + consumerFeeFen;
  const principalFen = splitInstalments(priceFen, periods);
  const feePartsFen = splitInstalments(consumerFeeFen, periods);
  const instalmentsFen = principalFen.map((part, index) => part + (feePartsFen[index] ?? 0));
  const dailyFen = Math.ceil((instalmentsFen[0] ?? 0) / pack.installment.daysPerPeriod);
  const plan: InstallmentPlan = {
    priceFen,
    periods,
    payer,
    program: program?.id ?? null,
    requestedProgram: requested,
    programNote,
    rateBp,
    feeFen,
    consumerFeeFen,
    platformFeeFen,
    merchantFeeFen,
    consumerTotalFen,
    principalFen,
    feePartsFen,
    instalmentsFen,
    dailyFen,
    subsidyRemainingFen,
    subsidyRemainingAfterFen,
    merchantFeeWhenExhaustedFen,
  };
  // Only a plan under a new kind gains fields: the 2023 plans keep their exact shape.
  if (program?.kind === 'interest-free-rate-cut') {
    plan.programKind = program.kind;
    plan.rateCutFromBp = normalRateBp;
  }
  return plan;
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
 * period count; the others are plain plans with the item's payer (`payerOf`: 分期免息 when the
 * item says 免息, else 分期付款, the buyer paying the fee). Straight from the planner: a whole evaluation per figure would triple the
 * worker's work for a live room's cart.
 */
export function dailyPlans(
  product: Pick<Product, 'priceFen' | 'activityPriceFen' | 'installment'> | null | undefined,
  ownPlan: InstallmentPlan | null,
  everyFrom100: boolean,
  day: string,
  pack: RulePack = defaultPack,
  feeRatesBp?: FeeRateOverrides,
): DailyPlan[] {
  // The figure the buyer pays, as the item's own plan uses (the activity price where there is one).
  const priceFen = product?.activityPriceFen ?? product?.priceFen;
  const installment = product?.installment;
  if (typeof priceFen !== 'number') return [];
  if (installment == null && !(everyFrom100 && priceFen >= DAILY_FOR_ALL_FROM_FEN)) return [];
  const payer = payerOf(installment);
  return installmentPeriods.map((periods) => ({
    periods,
    dailyFen:
      ownPlan?.periods === periods
        ? ownPlan.dailyFen
        : planInstallment({ priceFen, periods, payer, day }, pack, feeRatesBp).dailyFen,
  }));
}
