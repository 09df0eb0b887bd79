/**
 * Sense bounds (core/pack/sense.ts): a value no campaign can mean is refused with its field path;
 * a threshold of 0 that asks nothing passes validation but is listed for the merchant to confirm.
 */
import { describe, expect, it } from 'vitest';
import bundled from '@/core/pack/default-pack.json';
import { defaultPack, MAX_PACK_DEPTH, packWarnings, parsePack } from '@/core/pack';
import { allZeroPack, nestedJson, variant, type PackJson } from './hostile-packs';

const issuesOf = (json: unknown) => {
  const parsed = parsePack(json);
  return parsed.ok ? [] : parsed.issues;
};
const pathsOf = (json: unknown) => issuesOf(json).map((issue) => issue.path);
const warningPaths = (json: unknown) => {
  const parsed = parsePack(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return packWarnings(parsed.value).map((issue) => issue.path);
};

describe('a pack nested too deep', () => {
  it('is refused as invalid, naming its depth, without overflowing the stack', () => {
    const issues = issuesOf(JSON.parse(nestedJson(10_000)));
    expect(issues).toEqual([
      {
        path: '(root)',
        message: `nested 10000 levels deep; a rule pack nests at most ${MAX_PACK_DEPTH}`,
      },
    ]);
  });
  it('leaves the bundled pack (6 levels) well inside the bound', () => {
    expect(parsePack(bundled).ok).toBe(true);
  });
});

describe('the all-zero pack of the audit', () => {
  it('is refused, each senseless field named by its path', () => {
    expect(pathsOf(allZeroPack())).toEqual(
      expect.arrayContaining([
        'deposit.ratioBp.max',
        'deposit.labelColour.hueDeg.max',
        'deposit.labelColour.lightnessPct.max',
        'installment.feeRatesBp.consumer',
        'installment.feeRatesBp.merchant',
        'depositAccess.reviewWorkingDays.max',
        'installment.programs.FI-PLAT3.platformShareBp',
        'deposit.maxOfHistoricalLowBp',
        'deposit.maxPresaleOfCapacityBp',
      ]),
    );
  });
});

describe('refused: a value under which a check can only fail or means nothing', () => {
  it.each<[string, (pack: PackJson) => void, string]>([
    ['a deposit ratio 0–0', (p) => (p.deposit.ratioBp = { min: 0, max: 0 }), 'deposit.ratioBp.max'],
    [
      'a label hue 0–0',
      (p) => (p.deposit.labelColour.hueDeg = { min: 0, max: 0 }),
      'deposit.labelColour.hueDeg.max',
    ],
    [
      'a label hue 360–0 (zero width, wrapped)',
      (p) => (p.deposit.labelColour.hueDeg = { min: 360, max: 0 }),
      'deposit.labelColour.hueDeg.max',
    ],
    [
      'a lightness 50–50',
      (p) => (p.deposit.labelColour.lightnessPct = { min: 50, max: 50 }),
      'deposit.labelColour.lightnessPct.max',
    ],
    [
      'a consumer fee table of 0',
      (p) => (p.installment.feeRatesBp.consumer = { 3: 0, 6: 0, 12: 0 }),
      'installment.feeRatesBp.consumer',
    ],
    [
      'a review of 0–0 days',
      (p) => (p.depositAccess.reviewWorkingDays = { min: 0, max: 0 }),
      'depositAccess.reviewWorkingDays.max',
    ],
    [
      'a platform share of 0',
      (p) => (p.installment.programs['FI-COSUB'].platformShareBp = 0),
      'installment.programs.FI-COSUB.platformShareBp',
    ],
    [
      'a platform cap of ¥0',
      (p) => (p.installment.programs['FI-COSUB'].platformCapFen = 0),
      'installment.programs.FI-COSUB.platformCapFen',
    ],
    [
      'an activity price of ≤ 0 % of the low',
      (p) => (p.deposit.maxOfHistoricalLowBp = 0),
      'deposit.maxOfHistoricalLowBp',
    ],
    [
      'a presale of ≤ 0 % of capacity',
      (p) => (p.deposit.maxPresaleOfCapacityBp = 0),
      'deposit.maxPresaleOfCapacityBp',
    ],
    [
      'a suggested band 0–0',
      (p) => (p.deposit.suggest.bands[0]!.ratioBp = { min: 0, max: 0 }),
      'deposit.suggest.bands.0.ratioBp.max',
    ],
    [
      'a category range 0–0',
      (p) => (p.deposit.suggest.categories[1]!.ratioBp = { min: 0, max: 0 }),
      'deposit.suggest.categories.1.ratioBp.max',
    ],
  ])('%s', (_, edit, path) => {
    const issue = issuesOf(variant(edit)).find((found) => found.path === path);
    expect(issue?.message).toMatch(/\S/);
  });

  it('keeps what is real at the edge: a one-degree hue, a review starting the same day, one free period, null cap', () => {
    const edge = variant((p) => {
      p.deposit.labelColour.hueDeg = { min: 350, max: 351 };
      p.depositAccess.reviewWorkingDays = { min: 0, max: 1 };
      p.installment.programs['FI-COSUB'].platformCapFen = null as unknown as number;
      p.merchant.maxViolations90d = 0;
      p.merchant.maxDisputeRatePpm = 0;
      p.depositFlow.settlementDays.normal = 0;
    });
    expect(issuesOf(edge)).toEqual([]);
    expect(warningPaths(edge)).toEqual([]);
  });
});

describe('warned: a threshold of 0 that asks nothing, saved only once confirmed', () => {
  it('the bundled pack has no warning', () => {
    expect(packWarnings(defaultPack)).toEqual([]);
  });

  it.each<[string, (pack: PackJson) => void, string]>([
    [
      'no experience score',
      (p) => (p.merchant.minExperienceScore = 0),
      'merchant.minExperienceScore',
    ],
    [
      'no on-time shipping',
      (p) => (p.merchant.minOnTimeShipRatePpm = 0),
      'merchant.minOnTimeShipRatePpm',
    ],
    [
      'a monthly GMV term of ¥0',
      (p) => (p.programs['FI-PLAT3'].minMonthlyGmvFen = 0),
      'programs.FI-PLAT3.minMonthlyGmvFen',
    ],
    [
      'a session GMV term of ¥0',
      (p) => (p.programs['FI-COSUB'].minSessionGmvFen = 0),
      'programs.FI-COSUB.minSessionGmvFen',
    ],
    [
      'a product price term of ¥0',
      (p) => (p.programs['FI-COSUB'].product!.minPriceFen = 0),
      'programs.FI-COSUB.product.minPriceFen',
    ],
    [
      'no category bond',
      (p) => (p.depositAccess.minCategoryBondFen = 0),
      'depositAccess.minCategoryBondFen',
    ],
    [
      'no tier-1 sales',
      (p) => (p.depositAccess.tiers[1].minMonthlySalesFen = 0),
      'depositAccess.tiers.1.minMonthlySalesFen',
    ],
    ['no tier-2 DSR', (p) => (p.depositAccess.tiers[2].minDsr = 0), 'depositAccess.tiers.2.minDsr'],
    ['a deposit ratio from 0', (p) => (p.deposit.ratioBp.min = 0), 'deposit.ratioBp.min'],
    ['no stock share', (p) => (p.deposit.minStockOfPresaleBp = 0), 'deposit.minStockOfPresaleBp'],
    [
      'no label font share',
      (p) => (p.deposit.minLabelFontOfBodyBp = 0),
      'deposit.minLabelFontOfBodyBp',
    ],
    [
      'no label saturation',
      (p) => (p.deposit.labelColour.minSaturationPct = 0),
      'deposit.labelColour.minSaturationPct',
    ],
    [
      'no forfeit fee',
      (p) => (p.depositFlow.forfeitServiceFeeBp = 0),
      'depositFlow.forfeitServiceFeeBp',
    ],
    ['a hold of 0 days', (p) => (p.depositFlow.holdDays = 0), 'depositFlow.holdDays'],
    [
      'one free period',
      (p) => (p.installment.feeRatesBp.merchant[3] = 0),
      'installment.feeRatesBp.merchant.3',
    ],
  ])('%s', (_, edit, path) => {
    expect(warningPaths(variant(edit))).toEqual([path]);
  });

  it('a hold of 0 days on no kind at all is no warning', () => {
    expect(
      warningPaths(variant((p) => ((p.depositFlow.holdKinds = []), (p.depositFlow.holdDays = 0)))),
    ).toEqual([]);
  });
});
