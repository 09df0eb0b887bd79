/**
 * The ranges of the numbers a merchant or a buyer states, in one place (issue 16, V21): the
 * adapters keep a page's number only inside them, the popup's fields refuse one outside them, and
 * the settings schema bounds what is stored. The rule pack's thresholds (core/pack/schema.ts)
 * keep the same buyer-score ranges; a test holds them equal.
 */

export interface Range {
  min: number;
  max: number;
}

/** 购物体验分: 0–5. Scalars too, for the content scripts' bytes (lib/adapters/merchant-metrics). */
export const EXPERIENCE_SCORE_MAX = 5;
export const experienceScoreRange: Range = { min: 0, max: EXPERIENCE_SCORE_MAX };
/** A rate as the core holds it: a fraction, 0–1 (96.5 % → 0.965). */
export const RATE_MAX = 1;
export const rateRange: Range = { min: 0, max: RATE_MAX };
/** 芝麻信用分 runs 350–950. */
export const sesameScoreRange: Range = { min: 350, max: 950 };
/** 微信支付分 runs 300–850. */
export const wechatPayScoreRange: Range = { min: 300, max: 850 };
/** The historical low's look-back window, in days (SPEC §8). */
export const lookbackDaysRange: Range = { min: 1, max: 3650 };
/** A fee rate override, in basis points: at most the whole price. */
export const feeRateBpRange: Range = { min: 0, max: 10_000 };
