/**
 * The rule pack: every number of SPEC.md as data, so a new campaign or a changed threshold is a
 * new JSON file rather than a release. Rates are integers (basis points, or parts per million
 * where ‱ needs it); money is integer fen; days are Asia/Shanghai calendar days.
 */
import { z } from '../zod';
import { categoryKinds, certificateNames, fen, isoDay, shopTypes } from '../request';
import { ruleIds } from '../report';
import { hueWidth, refusedBecause } from './sense';

/**
 * Sizes and sense: every string and array is bounded (a 9.5 MB name or 100 000 reminders is not a
 * rule pack), every number lies in its real range, windows and bands are ordered, and a value no
 * campaign can mean is refused (sense.ts says which and why). A refusal names the field path. The
 * file itself is capped before it is parsed (MAX_PACK_BYTES and MAX_PACK_DEPTH, index.ts).
 */
/** A share that may exceed 100 % (a font ≥ 150 % of the body, presale ≤ 120 % of capacity). */
const basisPoints = z.number().int().min(0).max(100_000);
/** A share of the price: at most the whole of it. */
const shareBp = z.number().int().min(0).max(10_000);
const partsPerMillion = z.number().int().min(0).max(1_000_000);
const days = z.number().int().min(0).max(3650);
const text = z.string().min(1).max(200);
const bilingual = z.object({ zh: text, en: text });
/** A review score out of 5 (购物体验分, DSR). */
const fivePointScore = z.number().finite().min(0).max(5);
/** Fen up to ¥100 000 000 000: far beyond any GMV threshold, far below float trouble. */
const packFen = fen.max(10_000_000_000_000);

/** An inclusive range; `min ≤ max` is checked so a swapped pair is caught, not silently empty. */
function range(bound: z.ZodNumber | typeof shareBp) {
  return z
    .object({ min: bound, max: bound })
    .refine((r: BpRange) => r.min <= r.max, { message: 'min must not exceed max', path: ['min'] });
}

/** A range that something can meet: its max above 0 (a ratio 0–0 allows nothing). */
const reachableRange = (bound: typeof shareBp, message: string) =>
  range(bound).refine((r: BpRange) => r.max > 0, { message, path: ['max'] });

/** A ratio range of the deposit (D-RATIO, D-SUGGEST). */
const ratioRange = reachableRange(shareBp, refusedBecause.zeroMaxRatio);

/** Inclusive calendar-day window, `from ≤ to`. */
const dayWindow = z
  .object({ from: isoDay, to: isoDay })
  .refine((w) => w.from <= w.to, { message: 'from must not be after to', path: ['from'] });

/** A fee rate is a share of the price: 1 000 000 bp would be a ¥100 000 fee on ¥1 000. */
const feeTable = z
  .object({ 3: shareBp, 6: shareBp, 12: shareBp })
  .refine((table) => Object.values(table).some((rate) => rate > 0), refusedBecause.allZeroFees);

const program = z
  .object({
    title: bilingual,
    signup: dayWindow,
    active: dayWindow,
    /** Extra merchant terms; null means the program has no such term. */
    requiresWallet: z.boolean(),
    minMonthlyGmvFen: packFen.nullable(),
    minSessionGmvFen: packFen.nullable(),
    /** Product terms; null when the program has none. */
    product: z.object({ nonVirtual: z.boolean(), minPriceFen: packFen }).nullable(),
  })
  .refine((p) => p.signup.from <= p.active.to, {
    message: 'signup must open no later than the active window ends',
    path: ['signup', 'from'],
  });

const tier = z.object({
  minMonthlySalesFen: packFen,
  minDsr: fivePointScore,
  certificate: z.enum(certificateNames),
});

/** A suggested-ratio band by total price: `fromFen` inclusive, `toFen` exclusive (null = no end). */
const suggestBand = z
  .object({ fromFen: packFen, toFen: packFen.nullable(), ratioBp: ratioRange })
  .refine((b) => b.toFen === null || b.fromFen < b.toFen, {
    message: 'fromFen must be below toFen',
    path: ['fromFen'],
  });

/** Which period counts a program pays for: at least one, each once. */
const periods = z
  .array(z.union([z.literal(3), z.literal(6), z.literal(12)]))
  .min(1)
  .max(3)
  .refine((list) => new Set(list).size === list.length, { message: 'a period is listed twice' });

/** What a subsidy program pays: a share and a cap that are something. */
const subsidy = z.object({
  periods,
  platformShareBp: shareBp.min(1, refusedBecause.zeroShare),
  platformCapFen: packFen.min(1, refusedBecause.zeroCap).nullable(),
});

/** Bands by total price, sorted and disjoint; only the last may be open-ended. */
const suggestBands = z
  .array(suggestBand)
  .max(20)
  .superRefine((bands, ctx) => {
    bands.slice(1).forEach((band, index) => {
      const previous = bands[index] as z.infer<typeof suggestBand>;
      if (previous.toFen === null || previous.toFen > band.fromFen) {
        ctx.addIssue({
          code: 'custom',
          message: 'bands must be sorted and must not overlap (each from ≥ the previous to)',
          path: [index + 1, 'fromFen'],
        });
      }
    });
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
    signupUrl: z.string().min(1).max(500),
    source: text,
  }),
  merchant: z.object({
    minExperienceScore: fivePointScore,
    maxViolations90d: z.number().int().min(0).max(1000),
    minOnTimeShipRatePpm: partsPerMillion,
    maxDisputeRatePpm: partsPerMillion,
  }),
  programs: z.object({ 'BNPL-SUB': program, 'FI-PLAT3': program, 'FI-COSUB': program }),
  consumer: z.object({
    /** Strictly greater: "高于550". */
    /** 芝麻信用分 runs 350–950, 微信支付分 300–850. */
    sesameScoreAbove: z.number().finite().min(350).max(950),
    wechatPayScoreAbove: z.number().finite().min(300).max(850),
  }),
  installment: z.object({
    feeRatesBp: z.object({ consumer: feeTable, merchant: feeTable }),
    /** 每日仅需: the first instalment spread over this many days. */
    daysPerPeriod: z.number().int().min(1).max(31),
    programs: z.object({ 'FI-PLAT3': subsidy, 'FI-COSUB': subsidy }),
  }),
  depositAccess: z.object({
    minCategoryBondFen: packFen,
    licenceKinds: z.array(z.enum(categoryKinds)).max(categoryKinds.length),
    licenceCertificate: z.enum(certificateNames),
    tiers: z.object({ 1: tier, 2: tier }),
    reviewWorkingDays: reachableRange(days, refusedBecause.zeroReviewDays),
  }),
  deposit: z.object({
    ratioBp: ratioRange,
    /** D-LOW90: activity price ≤ this share of the historical low. */
    maxOfHistoricalLowBp: shareBp.min(1, refusedBecause.zeroOfLow),
    /** D-STOCK: real stock ≥ this share of the presale quantity. */
    minStockOfPresaleBp: shareBp,
    /** D-CAP: presale quantity ≤ this share of production capacity. */
    maxPresaleOfCapacityBp: basisPoints.min(1, refusedBecause.zeroOfCapacity),
    labelPhrase: z.string().min(1).max(40),
    /** D-STYLE: label font ≥ this share of the body font. */
    minLabelFontOfBodyBp: basisPoints,
    labelColour: z.object({
      /** Inclusive; min > max wraps through 0° (e.g. 340–20 for red on both sides). */
      hueDeg: z
        .object({ min: z.number().min(0).max(360), max: z.number().min(0).max(360) })
        .refine((hue) => hueWidth(hue) > 0, {
          message: refusedBecause.zeroWidthHue,
          path: ['max'],
        }),
      minSaturationPct: z.number().min(0).max(100),
      lightnessPct: range(z.number().min(0).max(100)).refine((r: BpRange) => r.max > r.min, {
        message: refusedBecause.zeroWidthLightness,
        path: ['max'],
      }),
    }),
    suggest: z.object({
      bands: suggestBands,
      categories: z
        .array(z.object({ kind: z.enum(categoryKinds), minPriceFen: packFen, ratioBp: ratioRange }))
        .max(20),
    }),
  }),
  depositFlow: z.object({
    balanceWindowDays: days.min(1),
    forfeitServiceFeeBp: shareBp,
    holdKinds: z.array(z.enum(categoryKinds)).max(categoryKinds.length),
    holdDays: days,
    /** Settlement days by shop type; null = after customs clearance (no fixed day count). */
    settlementDays: z.object(
      Object.fromEntries(shopTypes.map((type) => [type, days.nullable()])) as Record<
        (typeof shopTypes)[number],
        z.ZodNullable<typeof days>
      >,
    ),
    reminders: z.array(reminder).max(20),
  }),
  history: z.object({ lookbackDays: days.min(1) }),
});

export type RulePack = z.infer<typeof rulePackSchema>;
export type FeeTable = z.infer<typeof feeTable>;
export type ProgramId = keyof RulePack['programs'];
export type ProgramTerms = z.infer<typeof program>;
export type Reminder = z.infer<typeof reminder>;
export type BpRange = { min: number; max: number };
