/**
 * M-*: a campaign's merchant baseline (SPEC §1, §2 *Campaigns as data*): the terms every program
 * of the campaign shares, among the five baseline metrics, each reported once per campaign. With
 * no merchant profile each is `unknown`, never a pass. For the bundled 2023 campaign the baseline
 * is seed 000 §3's table (M-EXP ≥ 4.3, M-VIOL none, M-RISK no, M-SHIP ≥ 90 %, M-DISP ≤ 0.36‱).
 */
import type { Check } from '../report';
import type { EvaluationRequest, Merchant } from '../request';
import { defaultPack, type Campaign, type RulePack, type Term, type TermMetric } from '../pack';
import { makeCheck, toTerm } from './check';
import { judgeTerm, sameTerm } from './term';

type MaybeMerchant = Merchant | null | undefined;

/** The baseline metrics in SPEC order, with their check ids. */
export const baselineMetrics = [
  ['experienceScore', 'M-EXP'],
  ['violations90d', 'M-VIOL'],
  ['riskControlled', 'M-RISK'],
  ['onTimeShipRate30d', 'M-SHIP'],
  ['disputeRate30d', 'M-DISP'],
] as const satisfies readonly (readonly [TermMetric, string])[];

const byCampaign = new WeakMap<Campaign, readonly Term[]>();

/** The baseline terms of a campaign: the five metrics' terms that every program states alike. */
export function campaignBaseline(campaign: Campaign): readonly Term[] {
  let terms = byCampaign.get(campaign);
  if (!terms) {
    const [first, ...rest] = campaign.programs;
    terms = baselineMetrics.flatMap(([metric]) => {
      const term = first?.merchantTerms.find((t) => t.metric === metric);
      const shared = term && rest.every((p) => p.merchantTerms.some((t) => sameTerm(t, term)));
      return shared ? [term] : [];
    });
    byCampaign.set(campaign, terms);
  }
  return terms;
}

/** Whether a term of a program is its campaign's baseline (reported as M-* instead). */
export const isBaselineTerm = (campaign: Campaign, term: Term) =>
  campaignBaseline(campaign).some((t) => sameTerm(t, term));

const checkIdOf = Object.fromEntries(baselineMetrics) as Record<string, string>;

/**
 * A campaign's baseline checks. `suffix` makes the ids distinct when the report carries more
 * than one campaign (M-EXP-cny2027), and then each names its campaign.
 */
export function campaignBaselineChecks(
  merchant: MaybeMerchant,
  pack: RulePack,
  campaign: Campaign,
  named: { suffix: string | null } | null = null,
): Check[] {
  const request: EvaluationRequest = { merchant };
  return campaignBaseline(campaign).map((term) => {
    const judged = judgeTerm(term, request);
    const id = checkIdOf[term.metric]!;
    const values = named ? { ...judged.values, campaign: campaign.name } : judged.values;
    const check = makeCheck(pack, id, judged.status, values, judged.message);
    if (named?.suffix) check.id = `${id}-${named.suffix}`;
    return check;
  });
}

/** A baseline check's term inside a program check: its metric's id, whatever the check's. */
export const baselineTerm = (check: Check, id: string) => ({ ...toTerm(check), id });

/** The baseline check of one metric, for the pack's first campaign (the bundled one). */
function firstCampaignCheck(metric: TermMetric, merchant: MaybeMerchant, pack: RulePack): Check {
  const campaign = pack.campaigns[0] ?? defaultPack.campaigns[0]!;
  const own = campaignBaseline(campaign).find((t) => t.metric === metric);
  const term = own ?? campaignBaseline(defaultPack.campaigns[0]!).find((t) => t.metric === metric)!;
  const judged = judgeTerm(term, { merchant });
  return makeCheck(pack, checkIdOf[metric]!, judged.status, judged.values, judged.message);
}

export const checkExperienceScore = (merchant: MaybeMerchant, pack: RulePack) =>
  firstCampaignCheck('experienceScore', merchant, pack);
export const checkViolations = (merchant: MaybeMerchant, pack: RulePack) =>
  firstCampaignCheck('violations90d', merchant, pack);
export const checkRiskControl = (merchant: MaybeMerchant, pack: RulePack) =>
  firstCampaignCheck('riskControlled', merchant, pack);
export const checkOnTimeShipping = (merchant: MaybeMerchant, pack: RulePack) =>
  firstCampaignCheck('onTimeShipRate30d', merchant, pack);
export const checkDisputeRate = (merchant: MaybeMerchant, pack: RulePack) =>
  firstCampaignCheck('disputeRate30d', merchant, pack);

/** The baseline checks of the pack's first campaign in SPEC order (the bundled one: all five). */
export function merchantBaseline(merchant: MaybeMerchant, pack: RulePack): Check[] {
  const campaign = pack.campaigns[0];
  return campaign ? campaignBaselineChecks(merchant, pack, campaign) : [];
}
