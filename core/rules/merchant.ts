/**
 * M-*: the merchant baseline shared by BNPL-SUB, FI-PLAT3 and FI-COSUB (SPEC §1, seed 000 §3).
 * Always in the report: with no merchant profile each is `unknown`, never a pass.
 */
import { perTenThousandText as perTenThousand } from '../present/format';
import type { Check } from '../report';
import type { Merchant } from '../request';
import type { RulePack } from '../pack';
import {
  atLeast,
  atMost,
  boundedMemo,
  fractionText,
  makeCheck,
  message,
  numText,
  ppmToFraction,
  verdict,
} from './check';

type MaybeMerchant = Merchant | null | undefined;

export function checkExperienceScore(merchant: MaybeMerchant, pack: RulePack): Check {
  const score = merchant?.experienceScore ?? null;
  const min = pack.merchant.minExperienceScore;
  const values = { experienceScore: score, minExperienceScore: min };
  if (score === null) {
    return makeCheck(
      pack,
      'M-EXP',
      'unknown',
      values,
      message(
        `购物体验分未知（需 ≥ ${numText(min)}）`,
        `Shopping-experience score unknown (needs ≥ ${numText(min)})`,
      ),
    );
  }
  const ok = atLeast(score, min);
  return makeCheck(
    pack,
    'M-EXP',
    verdict(ok),
    values,
    message(
      `购物体验分 ${numText(score)} ${ok ? '≥' : '低于'} ${numText(min)}`,
      `Shopping-experience score ${numText(score)} ${ok ? '≥' : 'is below'} ${numText(min)}`,
    ),
  );
}

export function checkViolations(merchant: MaybeMerchant, pack: RulePack): Check {
  const count = merchant?.violations90d ?? null;
  const max = pack.merchant.maxViolations90d;
  const values = { violations90d: count, maxViolations90d: max };
  if (count === null) {
    return makeCheck(
      pack,
      'M-VIOL',
      'unknown',
      values,
      message(
        '近90天违规记录未知（需无相关违规）',
        'Violations in the last 90 days unknown (needs none)',
      ),
    );
  }
  const ok = count <= max;
  return makeCheck(
    pack,
    'M-VIOL',
    verdict(ok),
    values,
    message(
      ok
        ? `近90天相关违规 ${count} 次，符合要求（≤ ${max}）`
        : `近90天相关违规 ${count} 次，超过 ${max} 次`,
      ok
        ? `${count} related violations in 90 days (allowed ≤ ${max})`
        : `${count} related violations in 90 days, more than ${max}`,
    ),
  );
}

export function checkRiskControl(merchant: MaybeMerchant, pack: RulePack): Check {
  const risk = merchant?.riskControlled ?? null;
  const values = { riskControlled: risk };
  if (risk === null) {
    return makeCheck(
      pack,
      'M-RISK',
      'unknown',
      values,
      message(
        '是否为风控商家未知（风控商家不可参加）',
        'Risk-control status unknown (risk-controlled merchants are excluded)',
      ),
    );
  }
  return makeCheck(
    pack,
    'M-RISK',
    verdict(!risk),
    values,
    message(
      risk ? '风控商家，不可参加' : '非风控商家',
      risk ? 'Merchant is risk-controlled: excluded' : 'Merchant is not risk-controlled',
    ),
  );
}

export function checkOnTimeShipping(merchant: MaybeMerchant, pack: RulePack): Check {
  const rate = merchant?.onTimeShipRate30d ?? null;
  const minPpm = pack.merchant.minOnTimeShipRatePpm;
  const min = ppmToFraction(minPpm);
  const values = { onTimeShipRate30d: rate, minOnTimeShipRatePpm: minPpm };
  if (rate === null) {
    return makeCheck(
      pack,
      'M-SHIP',
      'unknown',
      values,
      message(
        `近30天及时发货率未知（需 ≥ ${fractionText(min)}）`,
        `On-time shipping rate (30 d) unknown (needs ≥ ${fractionText(min)})`,
      ),
    );
  }
  const ok = atLeast(rate, min);
  return makeCheck(
    pack,
    'M-SHIP',
    verdict(ok),
    values,
    message(
      `近30天及时发货率 ${fractionText(rate)} ${ok ? '≥' : '低于'} ${fractionText(min)}`,
      `On-time shipping rate (30 d) ${fractionText(rate)} ${ok ? '≥' : 'is below'} ${fractionText(min)}`,
    ),
  );
}

/** ‱ text for messages, as the value table prints it: 0.000036 → "0.36‱". */
const perTenThousandText = boundedMemo(perTenThousand);

export function checkDisputeRate(merchant: MaybeMerchant, pack: RulePack): Check {
  const rate = merchant?.disputeRate30d ?? null;
  const maxPpm = pack.merchant.maxDisputeRatePpm;
  const max = ppmToFraction(maxPpm);
  const values = { disputeRate30d: rate, maxDisputeRatePpm: maxPpm };
  if (rate === null) {
    return makeCheck(
      pack,
      'M-DISP',
      'unknown',
      values,
      message(
        `近30天商责纠纷率未知（需 ≤ ${perTenThousandText(max)}）`,
        `Merchant-responsible dispute rate (30 d) unknown (needs ≤ ${perTenThousandText(max)})`,
      ),
    );
  }
  const ok = atMost(rate, max);
  return makeCheck(
    pack,
    'M-DISP',
    verdict(ok),
    values,
    message(
      `近30天商责纠纷率 ${perTenThousandText(rate)} ${ok ? '≤' : '高于'} ${perTenThousandText(max)}`,
      `Merchant-responsible dispute rate (30 d) ${perTenThousandText(rate)} ${ok ? '≤' : 'is above'} ${perTenThousandText(max)}`,
    ),
  );
}

/** The five baseline checks in SPEC order. */
export function merchantBaseline(merchant: MaybeMerchant, pack: RulePack): Check[] {
  return [
    checkExperienceScore(merchant, pack),
    checkViolations(merchant, pack),
    checkRiskControl(merchant, pack),
    checkOnTimeShipping(merchant, pack),
    checkDisputeRate(merchant, pack),
  ];
}
