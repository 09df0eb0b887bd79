/**
 * The rule pack: every number of SPEC.md as data, so a new campaign or a changed threshold is a
 * new JSON file rather than a release. Rates are integers (basis points, or parts per million
 * where ‱ needs it); money is integer fen; days are Asia/Shanghai calendar days.
 */
import { z } from '../zod';
import { categoryKinds, certificateNames, fen, isoDay, shopTypes } from '../request';
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

/** Every rule outside the campaigns: consumer, installment rates, deposit access and rules. */
const ruleSections = {
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
};

/**
 * SPEC §2's term vocabulary: SPEC §9's merchant and product fields a program may set a bound on,
 * with the kind of value each takes. A requirement outside it is an unread requirement.
 */
export const termMetrics = {
  experienceScore: 'score',
  violations90d: 'count',
  riskControlled: 'boolean',
  onTimeShipRate30d: 'fraction',
  disputeRate30d: 'fraction',
  walletOpened: 'boolean',
  monthlyGmvFen: 'fen',
  maxSessionGmvFen: 'fen',
  enterprise: 'boolean',
  dsr: 'score',
  monthlySalesFen: 'fen',
  categoryBondFen: 'fen',
  'product.nonVirtual': 'boolean',
  'product.priceFen': 'fen',
} as const;
export type TermMetric = keyof typeof termMetrics;
export const termOps = ['>=', '>', '<=', '<', '='] as const;
export type TermOp = (typeof termOps)[number];

const valueOfKind = {
  score: fivePointScore,
  count: z.number().int().min(0).max(1_000_000),
  fraction: z.number().finite().min(0).max(1),
  fen: packFen,
  boolean: z.boolean(),
} as const;

/** `{ metric, op, value }`: the value must be of the metric's kind; a boolean only with `=`. */
const term = z
  .object({
    metric: z.enum(Object.keys(termMetrics) as [TermMetric, ...TermMetric[]]),
    op: z.enum(termOps),
    value: z.union([z.number(), z.boolean()]),
  })
  .superRefine((t, ctx) => {
    const kind = termMetrics[t.metric];
    const checked = valueOfKind[kind].safeParse(t.value);
    if (!checked.success) {
      const said = checked.error.issues[0]?.message ?? 'out of range';
      ctx.addIssue({
        code: 'custom',
        message: `${t.metric} takes a ${kind}: ${said}`,
        path: ['value'],
      });
    } else if (kind === 'boolean' && t.op !== '=') {
      ctx.addIssue({ code: 'custom', message: 'a yes/no term takes op "="', path: ['op'] });
    }
  });

const merchantTerms = z
  .array(term)
  .max(30)
  .refine((list) => list.every((t) => !t.metric.startsWith('product.')), {
    message: 'a product metric belongs in productTerms',
  });
const productTerms = z
  .array(term)
  .max(10)
  .refine((list) => list.every((t) => t.metric.startsWith('product.')), {
    message: 'productTerms take product.* metrics only',
  });

export const programKinds = [
  'bnpl-fee-subsidy',
  'interest-free-platform',
  'interest-free-cosubsidy',
  'interest-free-rate-cut',
  'activity',
] as const;
export type ProgramKind = (typeof programKinds)[number];

/** Ids and keys are short words: they end up in reports, CSV columns and storage keys. */
const idWord = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, 'letters, digits, - and _ only, at most 40');

/** A rate cut: the merchant-borne rate of each listed period count during the active window. */
const cutRates = z
  .object({ 3: shareBp.optional(), 6: shareBp.optional(), 12: shareBp.optional() })
  .refine((rates) => Object.values(rates).some((rate) => rate !== undefined), {
    message: 'a rate cut lists at least one period count',
  });

/** SPEC §2: a program of a campaign; windows may be absent (never current, 日期未定). */
const campaignProgram = z
  .object({
    id: idWord,
    kind: z.enum(programKinds),
    title: bilingual,
    signup: dayWindow.nullish(),
    active: dayWindow.nullish(),
    merchantTerms: merchantTerms.default([]),
    productTerms: productTerms.default([]),
    /** interest-free-platform (share 100 %) and -cosubsidy: which periods, what share, what cap. */
    subsidy: z
      .object({
        periods,
        platformShareBp: shareBp.min(1, refusedBecause.zeroShare).default(10_000),
        platformCapFen: packFen.min(1, refusedBecause.zeroCap).nullable().default(null),
      })
      .nullish(),
    /** interest-free-rate-cut: the lowered merchant-borne rates. */
    merchantRatesBp: cutRates.nullish(),
    /** Requirements outside the vocabulary, verbatim; the merchant confirms each (我已满足). */
    unread: z.array(z.string().min(1).max(500)).max(20).default([]),
    source: text.nullish(),
  })
  .superRefine((p, ctx) => {
    const needsSubsidy =
      p.kind === 'interest-free-platform' || p.kind === 'interest-free-cosubsidy';
    if (needsSubsidy && !p.subsidy) {
      ctx.addIssue({
        code: 'custom',
        message: `a ${p.kind} program needs its subsidy`,
        path: ['subsidy'],
      });
    }
    if (p.kind === 'interest-free-platform' && p.subsidy && p.subsidy.platformShareBp !== 10_000) {
      ctx.addIssue({
        code: 'custom',
        message:
          'the platform pays the whole fee: platformShareBp is 10000 (a share is a cosubsidy)',
        path: ['subsidy', 'platformShareBp'],
      });
    }
    if (p.kind === 'interest-free-rate-cut' && !p.merchantRatesBp) {
      ctx.addIssue({
        code: 'custom',
        message: 'a rate cut needs merchantRatesBp',
        path: ['merchantRatesBp'],
      });
    }
    if (p.signup && p.active && p.signup.from > p.active.to) {
      ctx.addIssue({
        code: 'custom',
        message: 'signup must open no later than the active window ends',
        path: ['signup', 'from'],
      });
    }
  });

const campaign = z
  .object({
    key: idWord,
    name: text,
    signupUrl: z.string().min(1).max(500).nullish(),
    activityId: z.string().min(1).max(40).nullish(),
    source: text.nullish(),
    programs: z.array(campaignProgram).min(1).max(20),
  })
  .refine((c) => new Set(c.programs.map((p) => p.id)).size === c.programs.length, {
    message: 'two programs of a campaign share an id',
    path: ['programs'],
  });

/**
 * Where each rule comes from, shown beside every check (`seed 000 §3`). A record, not a fixed
 * object: a pack written before a rule existed stays valid (the bundled source stands in).
 */
const sources = z
  .record(z.string().min(1).max(40), text)
  .refine((record) => Object.keys(record).length <= 200, { message: 'at most 200 sources' });

/** The rules of a pack outside its campaigns; a campaigns-only pack may leave them out. */
const optionalSections = Object.fromEntries(
  Object.entries(ruleSections).map(([key, schema]) => [key, schema.optional()]),
) as { [K in keyof typeof ruleSections]: z.ZodOptional<(typeof ruleSections)[K]> };

/** Format 2 (SPEC §2, campaigns as data): any number of campaigns, each any number of programs. */
export const campaignPackSchema = z
  .object({
    format: z.literal(2),
    name: text,
    version: text,
    sources: sources.default({}),
    campaigns: z.array(campaign).max(20),
    ...optionalSections,
  })
  .refine(
    (pack) => {
      const ids = pack.campaigns.flatMap((c) => c.programs.map((p) => p.id));
      return new Set(ids).size === ids.length;
    },
    { message: 'two programs of the pack share an id', path: ['campaigns'] },
  )
  .refine((pack) => new Set(pack.campaigns.map((c) => c.key)).size === pack.campaigns.length, {
    message: 'two campaigns share a key',
    path: ['campaigns'],
  });

/** Format 1 (2023 to 2026-12): one campaign, three fixed programs, one merchant baseline. */
const legacyProgram = z
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

/** What a format-1 subsidy program pays: a share and a cap that are something. */
const legacySubsidy = z.object({
  periods,
  platformShareBp: shareBp.min(1, refusedBecause.zeroShare),
  platformCapFen: packFen.min(1, refusedBecause.zeroCap).nullable(),
});

export const legacyPackSchema = z.object({
  name: text,
  version: text,
  sources,
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
  programs: z.object({
    'BNPL-SUB': legacyProgram,
    'FI-PLAT3': legacyProgram,
    'FI-COSUB': legacyProgram,
  }),
  ...ruleSections,
  installment: ruleSections.installment.extend({
    programs: z.object({ 'FI-PLAT3': legacySubsidy, 'FI-COSUB': legacySubsidy }),
  }),
});

export type LegacyPack = z.infer<typeof legacyPackSchema>;
export type CampaignPackFile = z.infer<typeof campaignPackSchema>;
export type Term = z.infer<typeof term>;
export type Program = z.infer<typeof campaignProgram>;
export type Campaign = z.infer<typeof campaign> & {
  /** Unread requirements the merchant marked 我已满足 (the library's store, not the file). */
  confirmed?: readonly string[];
};
type RuleSections = { [K in keyof typeof ruleSections]: z.infer<(typeof ruleSections)[K]> };

/**
 * A pack as the core judges with: its campaigns (format 1 migrated), every rule outside them
 * (the bundled ones where the file leaves them out), and every program by id.
 */
export interface RulePack extends RuleSections {
  format: 2;
  name: string;
  version: string;
  sources: Record<string, string>;
  campaigns: Campaign[];
  /**
   * Every program of every campaign by its (unique) id. The bundled ids are typed as present:
   * the bundled pack and every migrated format-1 pack have them (any other id may be absent).
   */
  programs: Record<'BNPL-SUB' | 'FI-PLAT3' | 'FI-COSUB', Program> & Record<string, Program>;
  /** The campaign of each program id. */
  campaignOf: Record<string, Campaign>;
  /** Whether the file stated the rules outside campaigns (format 1 always does). */
  statesRules: boolean;
}
export type FeeTable = z.infer<typeof feeTable>;
export type ProgramId = string;
/** What campaign time needs of a program: its title and windows (either may be absent). */
export interface ProgramTerms {
  title: { zh: string; en: string };
  signup?: { from: string; to: string } | null;
  active?: { from: string; to: string } | null;
}
export type Reminder = z.infer<typeof reminder>;
export type BpRange = { min: number; max: number };
