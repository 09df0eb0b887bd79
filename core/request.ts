/**
 * The evaluation request of SPEC §9: the one door into the rules core.
 * Field names are the contract (more may be added, none renamed). Every field may be absent or
 * null: the checks that need it report `unknown`, never a guessed pass.
 */
import { z } from './zod';

/** Integer fen, never negative: money never travels as float yuan. */
export const fen = z.number().int('must be whole fen (an integer)').nonnegative();
/** A 0..1 fraction, e.g. 0.95 for 95 %. */
const fraction = z.number().min(0).max(1);
const score = z.number().finite().nonnegative();
const count = z.number().int().nonnegative();
const px = z.number().finite().positive();

/** `YYYY-MM-DD`, a calendar day in Asia/Shanghai, and a real one (no 2023-02-30). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day as YYYY-MM-DD')
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  }, 'is not a real calendar day');

export const categoryKinds = [
  'appliance',
  'apparel',
  'home',
  'digital',
  'beauty',
  'food',
  'medical',
  'other',
] as const;
export type CategoryKind = (typeof categoryKinds)[number];

const category = z.object({
  name: z.string().nullish(),
  /** 1 → D-TIER1 (e.g. 家电), 2 → D-TIER2 (e.g. 服饰). */
  level: z.union([z.literal(1), z.literal(2)]).nullish(),
  virtual: z.boolean().nullish(),
  kind: z.enum(categoryKinds).nullish(),
});
export type Category = z.infer<typeof category>;

export const certificateNames = ['3C', 'quality-report', 'licence'] as const;
export const shopTypes = ['normal', 'flagship', 'cross-border'] as const;
export type ShopType = (typeof shopTypes)[number];

export const merchant = z.object({
  experienceScore: score.nullish(),
  violations90d: count.nullish(),
  riskControlled: z.boolean().nullish(),
  onTimeShipRate30d: fraction.nullish(),
  /** Fraction: 0.36‱ is 0.000036. */
  disputeRate30d: fraction.nullish(),
  walletOpened: z.boolean().nullish(),
  monthlyGmvFen: fen.nullish(),
  maxSessionGmvFen: fen.nullish(),
  enterprise: z.boolean().nullish(),
  categoryBondFen: fen.nullish(),
  dsr: score.nullish(),
  monthlySalesFen: fen.nullish(),
  /** Known names: `3C`, `quality-report`, `licence`; others are kept but match nothing. */
  certificates: z.array(z.string()).nullish(),
  shopType: z.enum(shopTypes).nullish(),
  /** FI-COSUB platform share this merchant has already used. */
  cosubsidyUsedFen: fen.nullish(),
  /** Used by SPEC §5 when no product is given. */
  mainCategory: category.nullish(),
});
export type Merchant = z.infer<typeof merchant>;

export const consumer = z.object({
  sesameScore: score.nullish(),
  wechatPayScore: score.nullish(),
});
export type Consumer = z.infer<typeof consumer>;

const deposit = z.object({
  amountFen: fen.nullish(),
  deductionFen: fen.nullish(),
  balanceFen: fen.nullish(),
  presaleQty: count.nullish(),
  stock: count.nullish(),
  capacity: count.nullish(),
  labelText: z.string().nullish(),
  /** Any CSS colour: hex, rgb(a), hsl(a) or a named colour. */
  labelColor: z.string().nullish(),
  labelFontPx: px.nullish(),
  bodyFontPx: px.nullish(),
  hasMark: z.boolean().nullish(),
  shipTimeStated: z.boolean().nullish(),
});
export type Deposit = z.infer<typeof deposit>;

export const installmentPeriods = [3, 6, 12] as const;
export type InstallmentPeriods = (typeof installmentPeriods)[number];
export const installmentPrograms = ['FI-PLAT3', 'FI-COSUB'] as const;

export const installmentChoice = z.object({
  periods: z.union([z.literal(3), z.literal(6), z.literal(12)]).nullish(),
  /** Who bears the fee: 分期付款 (consumer) or 分期免息 (merchant, possibly platform-subsidised). */
  payer: z.enum(['consumer', 'merchant']).nullish(),
  /** Any interest-free program of an installed campaign (FI-PLAT3, FI-COSUB, a rate cut, …). */
  program: z.string().min(1).max(80).nullish(),
});
export type InstallmentChoice = z.infer<typeof installmentChoice>;

/**
 * A field the page shows that could not be read: which (`price`, or the form's own label such as
 * 「意向金」), the text as shown, and why — never a guessed number.
 */
const unreadableField = z.object({
  field: z.string().min(1).max(64),
  text: z.string().max(256),
  reason: z.string().max(256).nullish(),
});
export type UnreadableField = z.infer<typeof unreadableField>;

/** Where a historical low came from (SPEC §8): the page, the merchant, or recorded history. */
const historicalLowSources = ['page', 'merchant', 'history'] as const;

const product = z.object({
  itemId: z.string().nullish(),
  title: z.string().nullish(),
  category: category.nullish(),
  /** Normal selling price. */
  priceFen: fen.nullish(),
  /** Presale / activity price: deposit checks use it as the total price. */
  activityPriceFen: fen.nullish(),
  /** Struck-through "original" price shown on the page. */
  originalPriceFen: fen.nullish(),
  historicalLowFen: fen.nullish(),
  historicalLowSource: z.enum(historicalLowSources).nullish(),
  /** How many observations back a low derived from history. */
  historicalLowCount: count.nullish(),
  /**
   * Recorded observations in the window that are not the ordinary price (presale/activity, or of
   * unknown kind): with no low, D-LOW90 says the ordinary price has not been seen yet (SPEC §8).
   */
  historicalActivityCount: count.nullish(),
  /** Highest price ever observed for the item (D-ORIG); derived from history when absent. */
  historicalHighFen: fen.nullish(),
  deposit: deposit.nullish(),
  installment: installmentChoice.nullish(),
  /**
   * A live-room item: whether it is being explained (讲解中), and whether the room is on air at
   * all. Off air nothing is being explained, so D-LIVE does not apply (`onAir: false`).
   */
  live: z.object({ explaining: z.boolean().nullish(), onAir: z.boolean().nullish() }).nullish(),
  /** The page marks the item 先用后付: the buyer-score hint (SPEC §3), and C-BNPL with `consumer`. */
  buyNowPayLater: z.boolean().nullish(),
  /** Fields the page shows but that could not be read, with the text and why (never guessed). */
  unreadable: z.array(unreadableField).max(16).nullish(),
});
export type Product = z.infer<typeof product>;

/**
 * SPEC §2 campaign time: `current` reports only the programs whose signup or active window holds
 * the day; `all` every program with its phase. Default: `current` with a product, `all` without.
 */
const programScopes = ['current', 'all'] as const;
export type ProgramScope = (typeof programScopes)[number];

export const evaluationRequest = z.object({
  /** Evaluation day in Asia/Shanghai; today when absent. */
  date: isoDay.nullish(),
  programScope: z.enum(programScopes).nullish(),
  /** An activity page's own statements (招商 signup): its name and the signup window it shows. */
  activity: z
    .object({
      name: z.string().max(200).nullish(),
      signupWindow: z.object({ from: isoDay, to: isoDay }).nullish(),
    })
    .nullish(),
  merchant: merchant.nullish(),
  consumer: consumer.nullish(),
  product: product.nullish(),
});
export type EvaluationRequest = z.infer<typeof evaluationRequest>;

/** One problem with a request, named by its field path (`product.deposit.amountFen`). */
export interface FieldIssue {
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Turns zod's issues into `path: message` pairs a person can act on. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

export function parseRequest(input: unknown): Parsed<EvaluationRequest> {
  const result = evaluationRequest.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toFieldIssues(result.error) };
}
