/**
 * Advice that is not a verdict (report.hints): review time and fresh seal (SPEC §5), the deposit
 * money flow (§7), BNPL pairings (§3), installment notes and the signup entry (§2).
 * Each hint appears only where it bears on the request.
 */
import { workingDayRange } from '../dates';
import { formatFen } from '../money';
import type { Hint, InstallmentPlan } from '../report';
import type { CategoryKind, EvaluationRequest } from '../request';
import type { RulePack } from '../pack';
import { forfeitFeeFen, forfeitNetFen, settlementDays, withdrawalHoldDays } from '../deposit-flow';
import { message } from './check';

/** SPEC §5: review 3–7 working days (dates.addWorkingDays; weekends skipped, holidays not) + seal. */
export function accessHints(day: string, pack: RulePack): Hint[] {
  const { min, max } = pack.depositAccess.reviewWorkingDays;
  const expected = workingDayRange(day, min, max);
  return [
    {
      id: 'review-time',
      values: {
        fromDay: expected.from,
        toDay: expected.to,
        minWorkingDays: min,
        maxWorkingDays: max,
      },
      message: message(
        `意向金资质审核需 ${min}–${max} 个工作日，今天提交预计 ${expected.from} 至 ${expected.to} 出结果`,
        `Deposit access review takes ${min}–${max} working days: submitted today, expect a result ${expected.from} to ${expected.to}`,
      ),
    },
    {
      id: 'fresh-seal',
      message: message(
        '资质文件必须加盖鲜章（公司红章原件，非电子章或复印件）',
        'Documents need a fresh company seal (an original stamp, not a scan or copy)',
      ),
    },
  ];
}

const settlementText = (days: number | null) =>
  days === null
    ? message('跨境店铺：完成海关申报后结算', 'Cross-border shop: settled after customs clearance')
    : message(`结算周期 T+${days}`, `Settled T+${days}`);

/** SPEC §7: balance window + forfeit split, reminders, settlement, beauty hold. */
export function depositFlowHints(
  request: EvaluationRequest,
  kind: CategoryKind | null,
  pack: RulePack,
): Hint[] {
  const flow = pack.depositFlow;
  const amount = request.product?.deposit?.amountFen ?? null;
  const hints: Hint[] = [];
  const forfeitPct = `${flow.forfeitServiceFeeBp / 100}%`;
  const net = amount === null ? null : forfeitNetFen(amount, pack);
  hints.push({
    id: 'forfeit',
    values: {
      balanceWindowDays: flow.balanceWindowDays,
      amountFen: amount,
      serviceFeeFen: amount === null ? null : forfeitFeeFen(amount, pack),
      netFen: net,
      forfeitServiceFeeBp: flow.forfeitServiceFeeBp,
    },
    message: message(
      `用户 ${flow.balanceWindowDays} 天内未付尾款，意向金归商家，扣除 ${forfeitPct} 技术服务费${net === null ? '' : `，净得 ${formatFen(net)}`}`,
      `Balance unpaid after ${flow.balanceWindowDays} days: the deposit goes to the merchant less a ${forfeitPct} service fee${net === null ? '' : `, netting ${formatFen(net)}`}`,
    ),
  });
  hints.push({
    id: 'reminders',
    values: {
      schedule: flow.reminders
        .map((r) => `${r.channel}@${r.anchor}${r.offsetHours >= 0 ? '+' : ''}${r.offsetHours}h`)
        .join(','),
    },
    message: message(
      '催付节奏：付意向金后 1 小时短信提醒，尾款截止前 24 小时站内信，逾期后发优惠券补偿；严禁通过第三方渠道骚扰用户',
      'Reminders: SMS 1 h after the deposit, in-app message 24 h before the balance deadline, a coupon once overdue; never through third-party channels',
    ),
  });
  const shopType = request.merchant?.shopType ?? null;
  if (shopType !== null) {
    const days = settlementDays(shopType, pack);
    hints.push({
      id: 'settlement',
      values: { shopType, settlementDays: days },
      message: settlementText(days),
    });
  }
  const hold = withdrawalHoldDays(kind, pack);
  if (hold > 0) {
    hints.push({
      id: 'beauty-hold',
      values: { holdDays: hold },
      message: message(
        `该类目（如美妆）违约意向金需等待 ${hold} 天售后周期结束后方可提现`,
        `In this category (e.g. beauty) a forfeited deposit can be withdrawn only after the ${hold}-day after-sales period`,
      ),
    });
  }
  return hints;
}

export function bnplPairingHint(): Hint {
  return {
    id: 'bnpl-pairing',
    message: message(
      '先用后付：用户 0 元下单、收货后付款，商家按正常账期结算；建议搭配退货补运费、7天无理由',
      'Buy now, pay later: the buyer pays 0 at order and after receipt, the merchant is settled on the normal cycle; pair it with return-shipping cover and 7-day no-reason returns',
    ),
  };
}

export function signupEntryHint(pack: RulePack, open: readonly string[]): Hint {
  const { name, signupUrl } = pack.campaign;
  return {
    id: 'signup-entry',
    values: { campaign: name, url: signupUrl, programs: open.join(',') },
    message: message(
      `报名入口：招商活动搜索"${name}"，或 PC 端商户工作台 ${signupUrl}`,
      `Sign up under 招商活动 "${name}", or on the PC workbench at ${signupUrl}`,
    ),
  };
}

/** Installment notes: merchant-set 免息 outside the activities, uncovered periods, the cap. */
export function installmentHints(
  requestedProgram: string | null,
  plan: InstallmentPlan,
  pack: RulePack,
): Hint[] {
  const hints: Hint[] = [];
  if (plan.payer === 'merchant' && requestedProgram === null) {
    hints.push({
      id: 'installment-normal-rate',
      values: { rateBp: plan.rateBp, merchantFeeFen: plan.merchantFeeFen },
      message: message(
        `商户自行设置的分期免息按正常手续费收取：本单 ${formatFen(plan.merchantFeeFen)}`,
        `Interest-free terms the merchant sets outside the activities are charged at the normal rate: ${formatFen(plan.merchantFeeFen)} for this order`,
      ),
    });
  }
  if (requestedProgram !== null && plan.program === null) {
    hints.push({
      id: 'installment-not-covered',
      values: { program: requestedProgram, periods: plan.periods },
      message: message(
        `${requestedProgram} 不覆盖 ${plan.periods} 期：手续费 ${formatFen(plan.feeFen)} 全部由商家承担`,
        `${requestedProgram} does not cover ${plan.periods} periods: the merchant bears the whole fee of ${formatFen(plan.feeFen)}`,
      ),
    });
  }
  if (plan.subsidyRemainingFen !== null && plan.merchantFeeWhenExhaustedFen !== null) {
    const cap = pack.installment.programs['FI-COSUB'].platformCapFen;
    hints.push({
      id: 'cosubsidy-remaining',
      values: {
        subsidyRemainingFen: plan.subsidyRemainingFen,
        subsidyRemainingAfterFen: plan.subsidyRemainingAfterFen,
        merchantFeeWhenExhaustedFen: plan.merchantFeeWhenExhaustedFen,
        platformCapFen: cap,
      },
      message: message(
        `平台贴息剩余 ${formatFen(plan.subsidyRemainingFen)}（上限 ${formatFen(cap ?? 0)}）；用完后本单商家需承担 ${formatFen(plan.merchantFeeWhenExhaustedFen)}`,
        `Platform subsidy left: ${formatFen(plan.subsidyRemainingFen)} (cap ${formatFen(cap ?? 0)}); once used up the merchant pays ${formatFen(plan.merchantFeeWhenExhaustedFen)} for this order`,
      ),
    });
  }
  return hints;
}
