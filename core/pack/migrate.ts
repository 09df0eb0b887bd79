/**
 * Format 1 → format 2 (SPEC §2): today's one-campaign pack read without loss. The shared merchant
 * baseline becomes terms every program carries (so it is again the campaign's baseline), each
 * program's extra and product terms become terms, FI-PLAT3/FI-COSUB's subsidies move onto their
 * programs, and the ids stay BNPL-SUB, FI-PLAT3, FI-COSUB.
 */
import type { CampaignPackFile, LegacyPack, Program, Term } from './schema';

/** ppm as the fraction the request carries (900 000 → 0.9, 36 → 0.000036). */
const ppmFraction = (ppm: number) => Number((ppm / 1_000_000).toFixed(6));

/** The legacy key of the one migrated campaign: program ids of later campaigns get it as suffix. */
const legacyKey = (pack: LegacyPack) =>
  pack.version.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'legacy';

function baselineTerms(merchant: LegacyPack['merchant']): Term[] {
  return [
    { metric: 'experienceScore', op: '>=', value: merchant.minExperienceScore },
    { metric: 'violations90d', op: '<=', value: merchant.maxViolations90d },
    { metric: 'riskControlled', op: '=', value: false },
    { metric: 'onTimeShipRate30d', op: '>=', value: ppmFraction(merchant.minOnTimeShipRatePpm) },
    { metric: 'disputeRate30d', op: '<=', value: ppmFraction(merchant.maxDisputeRatePpm) },
  ];
}

function program(
  pack: LegacyPack,
  id: keyof LegacyPack['programs'],
  kind: Program['kind'],
): Program {
  const legacy = pack.programs[id];
  const merchantTerms = baselineTerms(pack.merchant);
  if (legacy.requiresWallet) merchantTerms.push({ metric: 'walletOpened', op: '=', value: true });
  if (legacy.minMonthlyGmvFen !== null)
    merchantTerms.push({ metric: 'monthlyGmvFen', op: '>=', value: legacy.minMonthlyGmvFen });
  if (legacy.minSessionGmvFen !== null)
    merchantTerms.push({ metric: 'maxSessionGmvFen', op: '>=', value: legacy.minSessionGmvFen });
  const productTerms: Term[] = [];
  if (legacy.product?.nonVirtual)
    productTerms.push({ metric: 'product.nonVirtual', op: '=', value: true });
  if (legacy.product)
    productTerms.push({ metric: 'product.priceFen', op: '>=', value: legacy.product.minPriceFen });
  const subsidy = id === 'BNPL-SUB' ? null : pack.installment.programs[id];
  return {
    id,
    kind,
    title: legacy.title,
    signup: legacy.signup,
    active: legacy.active,
    merchantTerms,
    productTerms,
    subsidy,
    merchantRatesBp: null,
    unread: [],
    source: pack.sources[id] ?? null,
  };
}

export function migrateLegacyPack(pack: LegacyPack): CampaignPackFile {
  const { name, version, sources, consumer, installment, depositAccess } = pack;
  const { deposit, depositFlow, history, campaign } = pack;
  return {
    name,
    version,
    sources,
    consumer,
    depositAccess,
    deposit,
    depositFlow,
    history,
    format: 2,
    installment: { feeRatesBp: installment.feeRatesBp, daysPerPeriod: installment.daysPerPeriod },
    campaigns: [
      {
        key: legacyKey(pack),
        name: campaign.name,
        signupUrl: campaign.signupUrl,
        activityId: null,
        source: campaign.source,
        programs: [
          program(pack, 'BNPL-SUB', 'bnpl-fee-subsidy'),
          program(pack, 'FI-PLAT3', 'interest-free-platform'),
          program(pack, 'FI-COSUB', 'interest-free-cosubsidy'),
        ],
      },
    ],
  };
}
