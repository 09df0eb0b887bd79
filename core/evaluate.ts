/**
 * The one door into the rules core (SPEC §9): a request in, a report out. The worker, the popup,
 * the content panels and the command line all call this.
 *
 * Which checks appear (a check that does not apply is left out, never passed):
 * - the three program checks by campaign time (SPEC §2): with a product only the programs current
 *   on the day (its signup or active window holds it); without one every program with its phase;
 *   `programScope` overrides. M-* (the baseline the programs share) only when a program is
 *   reported. A product report with no current program gets the `no-current-campaign` hint;
 * - C-BNPL: when the request has `consumer` (the user's own buyer scores); a 先用后付 item
 *   without them gets the `bnpl-buyer-scores` hint instead (SPEC §3);
 * - §5 access (D-ENT, D-BOND, D-LIC, D-TIER1/2): when the product has a deposit, or when there is
 *   no product and the merchant has a main category. The category is the product's, else the
 *   merchant's main one. D-LIC only for food/medical (unknown when the kind is unknown); the tier
 *   by level — with the level unknown both D-TIER1 and D-TIER2 are reported `unknown`;
 * - §6 (D-RATIO … D-LIVE): only when the product has a deposit; D-SUGGEST only where a band or a
 *   category range applies; D-ORIG only when an original price is shown; D-LIVE only when
 *   `product.live` is given and the room is not known to be off air.
 * The installment plan is filled when the product has a price (activity price, else normal price)
 * and an installment choice with a period count; who pays follows `payerOf` (core/installment).
 */
import { currentProgramIds, programIdsOf } from './campaign';
import { shanghaiDay } from './dates';
import { payerOf, planInstallment, type FeeRateOverrides } from './installment';
import type { EvaluationResult } from './messages';
import { defaultPack, type RulePack } from './pack';
import { summarise, type Check, type Hint, type InstallmentPlan, type Report } from './report';
import { evaluationRequest, parseRequest, type Category, type EvaluationRequest } from './request';
import { compileAcceptor } from './zod-fast-path';
import { makeCheck, message, payablePriceFen } from './rules/check';
import { checkConsumerBnpl } from './rules/consumer';
import {
  checkCategoryBond,
  checkEnterprise,
  checkLicence,
  checkTier,
} from './rules/deposit-access';
import {
  checkLabelStyle,
  checkLabelText,
  checkExclusiveMark,
  checkShipTimeStated,
} from './rules/deposit-label';
import {
  checkBelowHistoricalLow,
  checkHiddenPriceRise,
  checkOriginalPrice,
} from './rules/deposit-price';
import { checkDepositRatio } from './rules/deposit-ratio';
import { checkCapacity, checkRealStock } from './rules/deposit-stock';
import { checkSuggestedRatio } from './rules/deposit-suggest';
import {
  accessHints,
  bnplBuyerScoresHint,
  bnplPairingHint,
  depositFlowHints,
  installmentHints,
  noCurrentCampaignHint,
  signupEntryHint,
  statedSignupHint,
  unreadableHints,
} from './rules/hints';
import { checkLiveExplaining } from './rules/live';
import { baselineTerm, campaignBaselineChecks } from './rules/merchant';
import { checkProgram } from './rules/programs';

export interface EvaluateOptions {
  pack?: RulePack;
  /** The day to judge on when the request has no `date` (the user's "check as of" setting). */
  day?: string | null;
  /** The instant whose Shanghai day is used when neither the request nor `day` names one. */
  now?: Date;
  feeRatesBp?: FeeRateOverrides;
}

function unknownTier(id: 'D-TIER1' | 'D-TIER2', pack: RulePack): Check {
  return makeCheck(
    pack,
    id,
    'unknown',
    { level: null },
    message(
      '类目层级未知：无法判断适用一级还是二级类目门槛',
      'Category level unknown: cannot tell whether the level-1 or level-2 terms apply',
    ),
  );
}

function accessChecks(
  request: EvaluationRequest,
  category: Category | null,
  pack: RulePack,
): Check[] {
  const merchant = request.merchant;
  const checks = [checkEnterprise(merchant, pack), checkCategoryBond(merchant, pack)];
  const licence = checkLicence(category, merchant, pack);
  if (licence) checks.push(licence);
  const level = category?.level ?? null;
  if (level === null) checks.push(unknownTier('D-TIER1', pack), unknownTier('D-TIER2', pack));
  else checks.push(checkTier(level, merchant, pack));
  return checks;
}

function depositChecks(request: EvaluationRequest, pack: RulePack): Check[] {
  const product = request.product;
  const deposit = product?.deposit;
  if (!product || !deposit) return [];
  const checks = [
    checkDepositRatio(product, pack),
    checkBelowHistoricalLow(product, pack),
    checkLabelText(deposit, pack),
    checkHiddenPriceRise(product, pack),
    checkRealStock(deposit, pack),
    checkCapacity(deposit, pack),
    checkShipTimeStated(deposit, pack),
    checkExclusiveMark(deposit, pack),
    checkLabelStyle(deposit, pack),
  ];
  const suggestion = checkSuggestedRatio(product, pack);
  if (suggestion) checks.push(suggestion);
  if (product.originalPriceFen != null) checks.push(checkOriginalPrice(product, pack));
  if (product.live && product.live.onAir !== false)
    checks.push(checkLiveExplaining(product.live, pack));
  return checks;
}

function installmentPlan(
  request: EvaluationRequest,
  day: string,
  options: EvaluateOptions,
  pack: RulePack,
): InstallmentPlan | null {
  const product = request.product;
  const choice = product?.installment;
  const priceFen = payablePriceFen(product);
  if (!choice?.periods || priceFen === null) return null;
  return planInstallment(
    {
      priceFen,
      periods: choice.periods,
      payer: payerOf(choice),
      program: choice.program ?? null,
      day,
      cosubsidyUsedFen: request.merchant?.cosubsidyUsedFen ?? 0,
    },
    pack,
    options.feeRatesBp,
  );
}

/** SPEC §2 campaign time: the programs this request asks about, on this day. */
function programsInScope(request: EvaluationRequest, day: string, pack: RulePack) {
  const scope = request.programScope ?? (request.product ? 'current' : 'all');
  const current = currentProgramIds(pack, day);
  return {
    listed: scope === 'all' ? programIdsOf(pack, null) : current,
    scope,
    anyCurrent: current.length > 0,
  };
}

/**
 * SPEC §2: per campaign whose programs the report carries, its baseline M-* once, then its
 * program checks. With more than one campaign carried, every M-* names its campaign and the later
 * campaigns' ids are suffixed with their key (M-EXP-cny2027), as program ids are.
 */
function programChecks(
  request: EvaluationRequest,
  listed: readonly string[],
  day: string,
  pack: RulePack,
): Check[] {
  const checks: Check[] = [];
  const campaigns = pack.campaigns.filter((c) => c.programs.some((p) => listed.includes(p.id)));
  campaigns.forEach((campaign, index) => {
    const named = campaigns.length > 1 ? { suffix: index === 0 ? null : campaign.key } : null;
    const baseline = campaignBaselineChecks(request.merchant, pack, campaign, named);
    checks.push(...baseline);
    // Inside a program check a baseline term keeps its metric's id (M-EXP), whatever the check's.
    const cut = named?.suffix ? named.suffix.length + 1 : 0;
    const terms = baseline.map((check) =>
      baselineTerm(check, check.id.slice(0, check.id.length - cut)),
    );
    for (const program of campaign.programs) {
      if (listed.includes(program.id))
        checks.push(checkProgram(program.id, request, terms, day, pack));
    }
  });
  return checks;
}

/** Evaluates an already-validated request; `day` is the Shanghai day to judge on. */
function evaluateRequest(
  request: EvaluationRequest,
  day: string,
  options: EvaluateOptions = {},
): Report {
  const pack = options.pack ?? defaultPack;
  const product = request.product;
  const checks: Check[] = [];
  const hints: Hint[] = [];

  const programs = programsInScope(request, day, pack);
  if (programs.listed.length > 0) {
    checks.push(...programChecks(request, programs.listed, day, pack));
  } else if (programs.scope === 'current' && !programs.anyCurrent && pack.campaigns.length > 0) {
    // SPEC §2: said when the pack has programs but none is current (a pack may have none).
    hints.push(noCurrentCampaignHint(pack, day));
  }
  if (request.consumer) checks.push(checkConsumerBnpl(request.consumer, pack));
  else if (product?.buyNowPayLater) hints.push(bnplBuyerScoresHint(pack, null));

  const accessApplies = product ? product.deposit != null : request.merchant?.mainCategory != null;
  const category = product?.category ?? request.merchant?.mainCategory ?? null;
  if (accessApplies) {
    checks.push(...accessChecks(request, category, pack));
    hints.push(...accessHints(pack, day));
  }
  checks.push(...depositChecks(request, pack));
  if (product?.deposit) hints.push(...depositFlowHints(request, category?.kind ?? null, pack));
  if (product?.unreadable?.length) hints.push(...unreadableHints(product.unreadable));

  const installment = installmentPlan(request, day, options, pack);
  if (installment) hints.push(...installmentHints(installment, pack, day));
  if (request.consumer || request.merchant?.walletOpened || product?.buyNowPayLater)
    hints.push(bnplPairingHint);
  const stated = request.activity?.signupWindow;
  if (stated) hints.push(statedSignupHint(stated, day));
  if (programs.listed.length > 0) {
    const signup = signupEntryHint(pack, day);
    if (signup) hints.push(signup);
  }

  return { date: day, checks, installment, hints, summary: summarise(checks) };
}

/**
 * zod's verdict on a request, compiled into one predicate (core/zod-fast-path): a valid request
 * skips building zod's result (half the time of a whole evaluation); anything else goes through
 * parseRequest, which names the bad field paths.
 */
const acceptsRequest = compileAcceptor(evaluationRequest);

/** Validates and evaluates one request; an invalid one gets its field issues, never a report. */
export function evaluate(input: unknown, options: EvaluateOptions = {}): EvaluationResult {
  let request: EvaluationRequest;
  if (acceptsRequest?.(input)) {
    request = input as EvaluationRequest;
  } else {
    const parsed = parseRequest(input);
    if (!parsed.ok) return parsed;
    request = parsed.value;
  }
  const day = request.date ?? options.day ?? shanghaiDay(options.now ?? new Date());
  return { ok: true, report: evaluateRequest(request, day, options) };
}
