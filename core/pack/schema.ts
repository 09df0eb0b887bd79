/**
 * The rule pack: every number of SPEC.md as data, so a new campaign or a changed threshold is a
 * new JSON file rather than a release. Rates are integers (basis points, or parts per million
 * where ‱ needs it); money is integer fen; days are Asia/Shanghai calendar days.
 */
import { z } from '../zod';
import { categoryKinds, certificateNames, fen, isoDay, shopTypes } from '../request';
import { ruleIds } from '../report';

const basisPoints = z.number().int().min(0).max(1_000_000);
const partsPerMillion = z.number().int().min(0).max(1_000_000);
const days = z.number().int().min(0).max(3650);
const text = z.string().min(1);
const bilingual = z.object({ zh: text, en: text });

/** An inclusive range; `min ≤ max` is checked so a swapped pair is caught, not silently empty. */
function range(bound: z.ZodNumber) {
  return z
    .object({ min: bound, max: bound })
    .refine((r: BpRange) => r.min <= r.max, { message: 'min must not exceed max', path: ['min'] });
}

/** Inclusive calendar-day window, `from ≤ to`. */
const dayWindow = z
  .object({ from: isoDay, to: isoDay })
  .refine((w) => w.from <= w.to, { message: 'from must not be after to', path: ['from'] });

const feeTable = z.object({ 3: basisPoints, 6: basisPoints, 12: basisPoints });

const program = z.object({
  title: bilingual,
  signup: dayWindow,
  active: dayWindow,
  /** Extra merchant terms; null means the program has no such term. */
  requiresWallet: z.boolean(),
  minMonthlyGmvFen: fen.nullable(),
  minSessionGmvFen: fen.nullable(),
  /** Product terms; null when the program has none. */
  product: z.object({ nonVirtual: z.boolean(), minPriceFen: fen }).nullable(),
});

const tier = z.object({
  minMonthlySalesFen: fen,
  minDsr: z.number().finite().nonnegative(),
  certificate: z.enum(certificateNames),
});

/** A suggested-ratio band by total price: `fromFen` inclusive, `toFen` exclusive (null = no end). */
const suggestBand = z
  .object({ fromFen: fen, toFen: fen.nullable(), ratioBp: range(basisPoints) })
  .refine((b) => b.toFen === null || b.fromFen < b.toFen, {
    message: 'fromFen must be below toFen',
    path: ['fromFen'],
  });

const reminder = z.object({
  channel: z.enum(['sms', 'in-app', 'coupon']),
  /** What the offset counts from. */
  anchor: z.enum(['deposit-paid', 'balance-deadline']),
  offsetHours: z.number().int().min(-720).max(720),
});

export const rulePackSchema = z.object({
  name: text,
  version: text,
  /** Where each rule comes from, shown beside every check (`seed 000 §3`). */
  sources: z.object(
    Object.fromEntries(ruleIds.map((id) => [id, text])) as Record<
      (typeof ruleIds)[number],
      typeof text
    >,
  ),
  campaign: z.object({
    name: text,
    signupUrl: text,
    source: text,
  }),
  merchant: z.object({
    minExperienceScore: z.number().finite().nonnegative(),
    maxViolations90d: z.number().int().nonnegative(),
    minOnTimeShipRatePpm: partsPerMillion,
    maxDisputeRatePpm: partsPerMillion,
  }),
  programs: z.object({ 'BNPL-SUB': program, 'FI-PLAT3': program, 'FI-COSUB': program }),
  consumer: z.object({
    /** Strictly greater: "高于550". */
    sesameScoreAbove: z.number().finite().nonnegative(),
    wechatPayScoreAbove: z.number().finite().nonnegative(),
  }),
  installment: z.object({
    feeRatesBp: z.object({ consumer: feeTable, merchant: feeTable }),
    /** 每日仅需: the first instalment spread over this many days. */
    daysPerPeriod: z.number().int().min(1).max(31),
    programs: z.object({
      'FI-PLAT3': z.object({
        periods: z.array(z.union([z.literal(3), z.literal(6), z.literal(12)])),
        platformShareBp: basisPoints.max(10_000),
        platformCapFen: fen.nullable(),
      }),
      'FI-COSUB': z.object({
        periods: z.array(z.union([z.literal(3), z.literal(6), z.literal(12)])),
        platformShareBp: basisPoints.max(10_000),
        platformCapFen: fen.nullable(),
      }),
    }),
  }),
  depositAccess: z.object({
    minCategoryBondFen: fen,
    licenceKinds: z.array(z.enum(categoryKinds)),
    licenceCertificate: z.enum(certificateNames),
    tiers: z.object({ 1: tier, 2: tier }),
    reviewWorkingDays: range(days),
  }),
  deposit: z.object({
    ratioBp: range(basisPoints),
    /** D-LOW90: activity price ≤ this share of the historical low. */
    maxOfHistoricalLowBp: basisPoints,
    /** D-STOCK: real stock ≥ this share of the presale quantity. */
    minStockOfPresaleBp: basisPoints,
    /** D-CAP: presale quantity ≤ this share of production capacity. */
    maxPresaleOfCapacityBp: basisPoints,
    labelPhrase: text,
    /** D-STYLE: label font ≥ this share of the body font. */
    minLabelFontOfBodyBp: basisPoints,
    labelColour: z.object({
      /** Inclusive; min > max wraps through 0° (e.g. 340–20 for red on both sides). */
      hueDeg: z.object({ min: z.number().min(0).max(360), max: z.number().min(0).max(360) }),
      minSaturationPct: z.number().min(0).max(100),
      lightnessPct: range(z.number().min(0).max(100)),
    }),
    suggest: z.object({
      bands: z.array(suggestBand),
      categories: z.array(
        z.object({ kind: z.enum(categoryKinds), minPriceFen: fen, ratioBp: range(basisPoints) }),
      ),
    }),
  }),
  depositFlow: z.object({
    balanceWindowDays: days.min(1),
    forfeitServiceFeeBp: basisPoints.max(10_000),
    holdKinds: z.array(z.enum(categoryKinds)),
    holdDays: days,
    /** Settlement days by shop type; null = after customs clearance (no fixed day count). */
    settlementDays: z.object(
      Object.fromEntries(shopTypes.map((type) => [type, days.nullable()])) as Record<
        (typeof shopTypes)[number],
        z.ZodNullable<typeof days>
      >,
    ),
    reminders: z.array(reminder),
  }),
  history: z.object({ lookbackDays: days.min(1) }),
});

export type RulePack = z.infer<typeof rulePackSchema>;
export type FeeTable = z.infer<typeof feeTable>;
export type ProgramId = keyof RulePack['programs'];
export type ProgramTerms = z.infer<typeof program>;
export type Reminder = z.infer<typeof reminder>;
export type BpRange = { min: number; max: number };
