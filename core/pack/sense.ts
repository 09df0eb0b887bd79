/**
 * Sense bounds of a rule pack: values a schema of types and ranges lets through but no campaign
 * means (an audit put a pack with 53 thresholds at 0 in force). Two kinds, chosen per field:
 *
 * - **Refused** (schema.ts, with the field path): a value under which a check can only fail or
 *   means nothing at all — a deposit ratio whose max is 0, a colour range of zero width, a fee
 *   table of 0 everywhere, a review of 0 days. No announcement says that; it is a blank or a typo,
 *   and putting it in force would mark every item wrong.
 * - **Warned** (`packWarnings`, confirmed by the merchant before the pack is saved): a threshold
 *   of 0 that asks nothing, so its check passes every merchant or item. A campaign may really drop
 *   a term, but a field left at 0 by mistake would turn a check into a silent pass — the one
 *   outcome the checks must never give unasked.
 *
 * Zero is kept without a word where it is a real rule: no violations (`maxViolations90d`, the
 * bundled value), no disputes allowed (`maxDisputeRatePpm`: strict, it fails loudly), T+0
 * settlement, a review that may start the same day (`reviewWorkingDays.min`), a band or a
 * category range starting at ¥0, a coupon reminder at the deadline (`offsetHours`).
 */
import type { FieldIssue } from '../request';
import type { LegacyPack, RulePack } from './schema';

/** Width of an inclusive hue range in degrees; min > max wraps through 0° (340–20 is 40°). */
export const hueWidth = (hue: { min: number; max: number }) =>
  hue.min <= hue.max ? hue.max - hue.min : 360 - hue.min + hue.max;

/** Why each refused value is refused; schema.ts attaches them to the fields. */
export const refusedBecause = {
  zeroMaxRatio: 'a ratio range whose max is 0 allows no deposit: no item could pass',
  zeroWidthHue: 'a hue range of zero width admits one exact hue: no rendered colour could pass',
  zeroWidthLightness:
    'a lightness range of zero width admits one exact lightness: no rendered colour could pass',
  allZeroFees:
    'every fee rate of the table is 0: no 花呗分期 rate card charges nothing on every period',
  zeroReviewDays: 'a review taking 0 working days is not a review: the max must be at least 1',
  zeroShare: 'a platform share of 0 subsidises nothing: the program would not be one',
  zeroCap: 'a platform cap of ¥0 subsidises nothing (null means no cap)',
  zeroOfLow: 'an activity price of at most 0 % of the historical low: no item could pass D-LOW90',
  zeroOfCapacity: 'a presale of at most 0 % of capacity: every presale item would fail D-CAP',
} as const;

/** A threshold that, at 0, lets every merchant or item through its check; `means` says how. */
interface AsksNothing {
  path: string;
  means: string;
  /** Only when this holds (a hold of 0 days matters only when some kind is held). */
  when?: (pack: RulePack | LegacyPack) => boolean;
}

const programIds = ['BNPL-SUB', 'FI-PLAT3', 'FI-COSUB'] as const;
const periodCounts = [3, 6, 12] as const;

/** Format 1's campaign fields (format 2 says the same with terms, see `termWarnings`). */
const legacyAsksNothingAtZero: AsksNothing[] = [
  { path: 'merchant.minExperienceScore', means: 'every merchant passes M-EXP' },
  { path: 'merchant.minOnTimeShipRatePpm', means: 'every merchant passes M-SHIP' },
  // null is how a pack says "no such term"; 0 is a term nobody can miss.
  ...programIds.flatMap((id) => [
    { path: `programs.${id}.minMonthlyGmvFen`, means: `every merchant meets ${id}'s monthly GMV` },
    { path: `programs.${id}.minSessionGmvFen`, means: `every merchant meets ${id}'s session GMV` },
    { path: `programs.${id}.product.minPriceFen`, means: `every price meets ${id}'s product term` },
  ]),
];

const asksNothingAtZero: AsksNothing[] = [
  { path: 'depositAccess.minCategoryBondFen', means: 'every category passes D-BOND' },
  ...[1, 2].flatMap((level) => [
    {
      path: `depositAccess.tiers.${level}.minMonthlySalesFen`,
      means: `any sales pass D-TIER${level}`,
    },
    { path: `depositAccess.tiers.${level}.minDsr`, means: `any DSR passes D-TIER${level}` },
  ]),
  { path: 'deposit.ratioBp.min', means: 'a deposit of ¥0 passes D-RATIO' },
  { path: 'deposit.minStockOfPresaleBp', means: 'no stock at all passes D-STOCK' },
  { path: 'deposit.minLabelFontOfBodyBp', means: 'any label font passes D-STYLE' },
  { path: 'deposit.labelColour.minSaturationPct', means: 'a grey label passes D-STYLE' },
  {
    path: 'depositFlow.forfeitServiceFeeBp',
    means: 'the merchant keeps the whole forfeited deposit',
  },
  {
    path: 'depositFlow.holdDays',
    means: 'the listed kinds are held for no day at all',
    when: (pack) => pack.depositFlow.holdKinds.length > 0,
  },
  // One free period may be a promotion; a whole table of 0 is refused by the schema.
  ...(['consumer', 'merchant'] as const).flatMap((payer) =>
    periodCounts.map((n) => ({
      path: `installment.feeRatesBp.${payer}.${n}`,
      means: `the ${payer} pays no fee for ${n} periods`,
    })),
  ),
];

/** The number at a dotted path of a pack (null on the way, e.g. a program without product terms). */
function numberAt(pack: RulePack | LegacyPack, path: string): unknown {
  let node: unknown = pack;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | null)?.[key];
  return node;
}

function zeroes(pack: RulePack | LegacyPack, table: AsksNothing[]): FieldIssue[] {
  return table
    .filter((field) => numberAt(pack, field.path) === 0 && (field.when?.(pack) ?? true))
    .map(({ path, means }) => ({ path, message: `0 asks nothing: ${means}` }));
}

/** A format-2 term `>= 0` (or `> 0` of a score nobody lacks) asks nothing: every value meets it. */
function termWarnings(pack: RulePack): FieldIssue[] {
  return pack.campaigns.flatMap((campaign, c) =>
    campaign.programs.flatMap((program, p) =>
      (['merchantTerms', 'productTerms'] as const).flatMap((list) =>
        program[list].flatMap((term, t) =>
          term.op === '>=' && term.value === 0
            ? [
                {
                  path: `campaigns.${c}.programs.${p}.${list}.${t}.value`,
                  message: `0 asks nothing: every value meets ${program.id}'s ${term.metric}`,
                },
              ]
            : [],
        ),
      ),
    ),
  );
}

/** A format-1 file's campaign warnings, by its own paths (the merchant reads their file's). */
const legacyWarnings = new WeakMap<RulePack, FieldIssue[]>();
export function rememberLegacyWarnings(pack: RulePack, legacy: LegacyPack): void {
  legacyWarnings.set(pack, zeroes(legacy, legacyAsksNothingAtZero));
}

/**
 * The thresholds of a valid pack that are 0 and so ask nothing, by field path: the options page
 * shows them and saves the pack only when the merchant confirms. The bundled pack has none.
 */
export function packWarnings(pack: RulePack): FieldIssue[] {
  const campaignWarnings = legacyWarnings.get(pack) ?? termWarnings(pack);
  const sections = pack.statesRules ? zeroes(pack, asksNothingAtZero) : [];
  return [...campaignWarnings, ...sections];
}
