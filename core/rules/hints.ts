/**
 * Advice that is not a verdict (report.hints): review time and fresh seal (SPEC §5), the deposit
 * money flow (§7), BNPL pairings (§3), installment notes and the signup entry (§2).
 * Each hint appears only where it bears on the request.
 */
import { campaignCalendar, campaignCalendars, daysLeft, daysUntil } from '../campaign';
import { inWindow, workingDayRange, type DayWindow } from '../dates';
import type { Hint, InstallmentPlan } from '../report';
import type { CategoryKind, EvaluationRequest, ShopType, UnreadableField } from '../request';
import type { ProgramId, Reminder, RulePack } from '../pack';
import { forfeitFeeFen, forfeitNetFen, settlementDays, withdrawalHoldDays } from '../deposit-flow';
import { bpText, deepFreeze, fenText, message, perObjectMemo } from './check';
import { reasonWords } from '../present/reasons';

/**
 * SPEC §5: review 3–7 working days (dates.addWorkingDays; weekends skipped, holidays not) + seal.
 * Depends on the pack and the day only, so built once per day and shared (frozen).
 */
export const accessHints = perObjectMemo((pack: RulePack, day: string): readonly Hint[] =>
  deepFreeze(buildAccessHints(day, pack)),
);

function buildAccessHints(day: string, pack: RulePack): Hint[] {
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

const forfeitHint = perObjectMemo((pack: RulePack, amount: number | null): Readonly<Hint> => {
  const flow = pack.depositFlow;
  const percent = `${flow.forfeitServiceFeeBp / 100}%`;
  const net = amount === null ? null : forfeitNetFen(amount, pack);
  return deepFreeze({
    id: 'forfeit',
    values: {
      balanceWindowDays: flow.balanceWindowDays,
      amountFen: amount,
      serviceFeeFen: amount === null ? null : forfeitFeeFen(amount, pack),
      netFen: net,
      forfeitServiceFeeBp: flow.forfeitServiceFeeBp,
    },
    message: message(
      `用户 ${flow.balanceWindowDays} 天内未付尾款，意向金归商家，扣除 ${percent} 技术服务费${net === null ? '' : `，净得 ${fenText(net)}`}`,
      `Balance unpaid after ${flow.balanceWindowDays} days: the deposit goes to the merchant less a ${percent} service fee${net === null ? '' : `, netting ${fenText(net)}`}`,
    ),
  });
});

const channelText = {
  sms: { zh: '短信提醒', en: 'an SMS' },
  'in-app': { zh: '站内信', en: 'an in-app message' },
  coupon: { zh: '优惠券补偿', en: 'a coupon' },
} as const;

function reminderTiming(reminder: Reminder): { zh: string; en: string } {
  const hours = reminder.offsetHours;
  if (reminder.anchor === 'deposit-paid') {
    return { zh: `付意向金后 ${hours} 小时`, en: `${hours} h after the deposit` };
  }
  if (hours < 0)
    return { zh: `尾款截止前 ${-hours} 小时`, en: `${-hours} h before the balance deadline` };
  return hours === 0
    ? { zh: '逾期后', en: 'once overdue' }
    : { zh: `逾期 ${hours} 小时后`, en: `${hours} h after the deadline` };
}

const remindersHint = perObjectMemo((pack: RulePack, _: null): Readonly<Hint> => {
  const reminders = pack.depositFlow.reminders;
  const zh = reminders.map((r) => `${reminderTiming(r).zh}${channelText[r.channel].zh}`);
  const en = reminders.map((r) => `${channelText[r.channel].en} ${reminderTiming(r).en}`);
  return deepFreeze({
    id: 'reminders',
    values: {
      schedule: reminders
        .map((r) => `${r.channel}@${r.anchor}${r.offsetHours >= 0 ? '+' : ''}${r.offsetHours}h`)
        .join(','),
    },
    message: message(
      `催付节奏：${zh.join('，')}；严禁通过第三方渠道骚扰用户`,
      `Reminders: ${en.join(', ')}; never through third-party channels`,
    ),
  });
});

const settlementHint = perObjectMemo((pack: RulePack, shopType: ShopType): Readonly<Hint> => {
  const days = settlementDays(shopType, pack);
  return deepFreeze({
    id: 'settlement',
    values: { shopType, settlementDays: days },
    message:
      days === null
        ? message(
            '跨境店铺：完成海关申报后结算',
            'Cross-border shop: settled after customs clearance',
          )
        : message(`结算周期 T+${days}`, `Settled T+${days}`),
  });
});

const holdHint = perObjectMemo(
  (pack: RulePack, kind: CategoryKind | null): Readonly<Hint> | null => {
    const hold = withdrawalHoldDays(kind, pack);
    if (hold === 0) return null;
    return deepFreeze({
      id: 'beauty-hold',
      values: { holdDays: hold },
      message: message(
        `该类目（如美妆）违约意向金需等待 ${hold} 天售后周期结束后方可提现`,
        `In this category (e.g. beauty) a forfeited deposit can be withdrawn only after the ${hold}-day after-sales period`,
      ),
    });
  },
);

/** SPEC §7: balance window + forfeit split, reminders, settlement, beauty hold. */
export function depositFlowHints(
  request: EvaluationRequest,
  kind: CategoryKind | null,
  pack: RulePack,
): Hint[] {
  const hints: Hint[] = [
    forfeitHint(pack, request.product?.deposit?.amountFen ?? null),
    remindersHint(pack, null),
  ];
  const shopType = request.merchant?.shopType ?? null;
  if (shopType !== null) hints.push(settlementHint(pack, shopType));
  const hold = holdHint(pack, kind);
  if (hold) hints.push(hold);
  return hints;
}

export const bnplPairingHint: Readonly<Hint> = deepFreeze({
  id: 'bnpl-pairing',
  message: message(
    '先用后付：用户 0 元下单、收货后付款，商家按正常账期结算；建议搭配退货补运费、7天无理由',
    'Buy now, pay later: the buyer pays 0 at order and after receipt, the merchant is settled on the normal cycle; pair it with return-shipping cover and 7-day no-reason returns',
  ),
});

/** The signup entry, when some program's signup window holds the day (null otherwise). */
export const signupEntryHint = perObjectMemo(
  (pack: RulePack, day: string): Readonly<Hint> | null => {
    // The first campaign with a signup open (its programs named); one entry, one place to go.
    const campaign = pack.campaigns.find((c) =>
      c.programs.some((p) => p.signup && inWindow(day, p.signup)),
    );
    if (!campaign) return null;
    const open: ProgramId[] = campaign.programs
      .filter((p) => p.signup && inWindow(day, p.signup))
      .map((p) => p.id);
    const name = campaign.name;
    const signupUrl = campaign.signupUrl ?? campaign.activityId ?? '';
    return deepFreeze({
      id: 'signup-entry',
      values: { campaign: name, url: signupUrl, programs: open.join(',') },
      message: message(
        `报名入口：招商活动搜索"${name}"，或 PC 端商户工作台 ${signupUrl}`,
        `Sign up under 招商活动 "${name}", or on the PC workbench at ${signupUrl}`,
      ),
    });
  },
);

/** Installment notes: merchant-set 免息 outside the activities, a program that pays nothing, the cap. */
export function installmentHints(plan: InstallmentPlan, pack: RulePack, day: string): Hint[] {
  const hints: Hint[] = [];
  const requested = plan.requestedProgram;
  const cutFrom = plan.programKind === 'interest-free-rate-cut' ? plan.rateCutFromBp : null;
  if (cutFrom != null && plan.program !== null) {
    const title = pack.programs[plan.program]?.title ?? { zh: plan.program, en: plan.program };
    hints.push({
      id: 'installment-rate-cut',
      values: { program: plan.program, rateBp: plan.rateBp, normalRateBp: cutFrom, date: day },
      message: message(
        `${title.zh}（${plan.program}）活动期内商家费率由 ${bpText(cutFrom)} 降至 ${bpText(plan.rateBp)}：本单手续费 ${fenText(plan.feeFen)}`,
        `${title.en} (${plan.program}) lowers the merchant rate from ${bpText(cutFrom)} to ${bpText(plan.rateBp)} while active: fee ${fenText(plan.feeFen)} for this order`,
      ),
    });
  } else if (plan.payer === 'merchant' && requested === null) {
    hints.push({
      id: 'installment-normal-rate',
      values: { rateBp: plan.rateBp, merchantFeeFen: plan.merchantFeeFen },
      message: message(
        `商户自行设置的分期免息按正常手续费收取：本单 ${fenText(plan.merchantFeeFen)}`,
        `Interest-free terms the merchant sets outside the activities are charged at the normal rate: ${fenText(plan.merchantFeeFen)} for this order`,
      ),
    });
  }
  if (requested !== null && plan.programNote === 'not-covered') {
    hints.push({
      id: 'installment-not-covered',
      values: { program: requested, periods: plan.periods },
      message: message(
        `${requested} 不覆盖 ${plan.periods} 期：手续费 ${fenText(plan.feeFen)} 全部由商家承担`,
        `${requested} does not cover ${plan.periods} periods: the merchant bears the whole fee of ${fenText(plan.feeFen)}`,
      ),
    });
  }
  if (requested !== null && plan.programNote === 'not-running') {
    const active = pack.programs[requested]?.active;
    const from = active?.from ?? '未定';
    const to = active?.to ?? '未定';
    hints.push({
      id: 'installment-not-running',
      values: {
        program: requested,
        date: day,
        activeFrom: active?.from ?? null,
        activeTo: active?.to ?? null,
      },
      message: message(
        `${requested} 在 ${day} 不在活动期（${from}～${to}）：手续费 ${fenText(plan.feeFen)} 按商家费率全部由商家承担`,
        `${requested} is not running on ${day} (active ${from}–${to}): the merchant pays the whole fee of ${fenText(plan.feeFen)} at the merchant rate`,
      ),
    });
  }
  if (plan.subsidyRemainingFen !== null && plan.merchantFeeWhenExhaustedFen !== null) {
    const cap = plan.program
      ? (pack.programs[plan.program]?.subsidy?.platformCapFen ?? null)
      : null;
    hints.push({
      id: 'cosubsidy-remaining',
      values: {
        subsidyRemainingFen: plan.subsidyRemainingFen,
        subsidyRemainingAfterFen: plan.subsidyRemainingAfterFen,
        merchantFeeWhenExhaustedFen: plan.merchantFeeWhenExhaustedFen,
        platformCapFen: cap,
      },
      message: message(
        `平台贴息剩余 ${fenText(plan.subsidyRemainingFen)}（上限 ${fenText(cap ?? 0)}）；用完后本单商家需承担 ${fenText(plan.merchantFeeWhenExhaustedFen)}`,
        `Platform subsidy left: ${fenText(plan.subsidyRemainingFen)} (cap ${fenText(cap ?? 0)}); once used up the merchant pays ${fenText(plan.merchantFeeWhenExhaustedFen)} for this order`,
      ),
    });
  }
  return hints;
}

/**
 * SPEC §2: an item report on a day no program is current carries no program or M-* check; this
 * says why, names the campaign and its last (or next) day, and where a newer pack goes.
 */
export const noCurrentCampaignHint = perObjectMemo(
  (pack: RulePack, day: string): Readonly<Hint> => {
    // SPEC §2: the next campaign to open, else the last one to end, of every installed one.
    const calendars = campaignCalendars(pack, day);
    const calendar =
      calendars.find((c) => c.phase === 'not-started' && c.nextOpensOn !== null) ??
      calendars.find((c) => c.phase === 'ended') ??
      campaignCalendar(pack, day);
    const { name, lastDay, nextOpensOn } = calendar;
    const upcoming = calendar.phase === 'not-started' && nextOpensOn !== null;
    const importHow = message(
      '如有新活动，请在扩展的选项页导入新的规则包',
      'For a newer campaign, import its rule pack on the extension’s options page',
    );
    return deepFreeze({
      id: 'no-current-campaign',
      values: {
        campaign: name,
        phase: calendar.phase,
        lastDay,
        firstDay: upcoming ? nextOpensOn : calendar.firstDay,
        date: day,
      },
      message: upcoming
        ? message(
            `「${name}」${nextOpensOn} 开始：${day} 不在任何活动的报名期或活动期，商品不显示其活动资格检查`,
            `"${name}" opens on ${nextOpensOn}: on ${day} no program is in its signup or active window, so items show no program check`,
          )
        : message(
            `「${name}」已于 ${lastDay} 结束，商品不再显示其活动资格检查；${importHow.zh}`,
            `"${name}" ended on ${lastDay}, so items show no program check; ${importHow.en}`,
          ),
    });
  },
);

/**
 * SPEC §3: a merchant cannot know a buyer's credit scores, so a 先用后付 item without the user's
 * own buyer scores gets this hint rather than an `unknown` C-BNPL.
 */
export const bnplBuyerScoresHint = perObjectMemo((pack: RulePack, _: null): Readonly<Hint> => {
  const { sesameScoreAbove, wechatPayScoreAbove } = pack.consumer;
  return deepFreeze({
    id: 'bnpl-buyer-scores',
    values: { sesameScoreAbove, wechatPayScoreAbove },
    message: message(
      `先用后付：仅芝麻信用分高于 ${sesameScoreAbove} 或微信支付分高于 ${wechatPayScoreAbove} 的买家可用（在扩展弹窗「商家资料 › 买家信用分」填入你自己的分数可检查你能否使用）`,
      `Buy now, pay later: only buyers with Sesame credit > ${sesameScoreAbove} or WeChat Pay score > ${wechatPayScoreAbove} can use it (enter your own scores in the popup's profile › buyer scores to check yourself)`,
    ),
  });
});

/** A field by its key, or by the label the page gave it (「意向金」) as is. */
const unreadableNames: Record<string, { zh: string; en: string } | undefined> = {
  price: { zh: '价格', en: 'Price' },
};

/** What the page shows but could not be read: the checks that need it are `unknown`, and why. */
export function unreadableHints(fields: readonly UnreadableField[]): Hint[] {
  return fields.map(({ field, text, reason }) => {
    const name = unreadableNames[field] ?? { zh: `「${field}」`, en: `"${field}"` };
    const words = reason ? reasonWords(reason) : null;
    const why = words ? { zh: `（${words.zh}）`, en: ` (${words.en})` } : { zh: '', en: '' };
    return {
      id: field === 'price' ? 'price-unreadable' : 'field-unreadable',
      values: { field, text, reason: reason ?? null },
      message: message(
        `${name.zh}无法识别「${text}」${why.zh}，依赖它的检查为未知`,
        `${name.en} not readable "${text}"${why.en}; the checks that need it are unknown`,
      ),
    };
  });
}

/** The signup window an activity page states, against the day (days left counted by the core). */
export function statedSignupHint(window: DayWindow, day: string): Hint {
  const range = `${window.from} 至 ${window.to}`;
  const left = daysLeft(day, window);
  const values = { from: window.from, to: window.to, date: day, daysLeft: left };
  let zh: string;
  let en: string;
  if (left === null) {
    const days = daysUntil(day, window);
    zh = `报名时间 ${range}：未开始（${days} 天后开始）`;
    en = `Signup ${window.from} – ${window.to}: not started (opens in ${days} days)`;
  } else if (left === 0) {
    zh = `报名时间 ${range}：已结束`;
    en = `Signup ${window.from} – ${window.to}: ended`;
  } else if (left === 1) {
    zh = `报名时间 ${range}：报名中，今天截止`;
    en = `Signup ${window.from} – ${window.to}: open, closes today`;
  } else {
    zh = `报名时间 ${range}：报名中，还剩 ${left} 天`;
    en = `Signup ${window.from} – ${window.to}: open, ${left} days left`;
  }
  return { id: 'signup-window', values, message: message(zh, en) };
}
