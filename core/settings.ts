/**
 * The user's settings: one zod schema, so the popup, the options page, the worker and the
 * content scripts agree on them, and a corrupt stored value is caught rather than trusted.
 */
import { feeRateBpRange, lookbackDaysRange } from './ranges';
import { z } from './zod';
import { consumer, isoDay, merchant } from './request';
import { ruleIds } from './report';

/** Every surface the content script draws on, by the kind of page it is on. */
export const pageKinds = [
  'goods-list',
  'goods-form',
  'signup',
  'live-console',
  'live-room',
  'detail',
] as const;
export type PageKind = (typeof pageKinds)[number];

const feeRateBp = z.number().int().min(feeRateBpRange.min).max(feeRateBpRange.max);
const feeTable = z.object({ 3: feeRateBp, 6: feeRateBp, 12: feeRateBp });
/** Fee rates in basis points per period count (2.3 % → 230). */
export type FeeTable = z.infer<typeof feeTable>;

/** One value per page kind, each defaulting on its own (a new page kind needs no migration). */
function perPageKind<T extends z.ZodType>(value: T, fallback: z.input<T>) {
  const shape = Object.fromEntries(pageKinds.map((kind) => [kind, value.prefault(fallback)]));
  return z.object(shape as Record<PageKind, z.ZodPrefault<T>>).prefault({});
}

export const settingsSchema = z.object({
  language: z.enum(['zh', 'en']).default('zh'),
  merchant: merchant.prefault({}),
  /** The user's OWN buyer scores (C-BNPL): a merchant cannot know a buyer's, so empty by default. */
  consumer: consumer.prefault({}),
  /**
   * "Check as of" (SPEC §2): the day every surface and the calculator judge on, for planning ahead
   * of a campaign; null means today in Asia/Shanghai.
   */
  asOfDate: isoDay.nullable().default(null),
  /** Overrides of the rule pack's fee tables; null keeps the pack's. */
  feeRatesBp: z.object({ consumer: feeTable.nullish(), merchant: feeTable.nullish() }).prefault({}),
  /** Look-back window of the historical low (SPEC §8). */
  lookbackDays: z.number().int().min(lookbackDaysRange.min).max(lookbackDaysRange.max).default(180),
  /** Panels and badges hidden entirely on a page kind. */
  hiddenPages: perPageKind(z.boolean(), false),
  /** Rule IDs not shown on a page kind. */
  hiddenChecks: perPageKind(z.array(z.enum(ruleIds)), []),
  /** Panels collapsed to their tab, remembered per page kind. */
  collapsed: perPageKind(z.boolean(), false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
