/**
 * The report of SPEC §9: what the core answers, and what every surface (badge, card, panel,
 * popup, command line) shows. Plain data, safe to send through extension messages.
 */

export const statuses = ['pass', 'fail', 'warn', 'unknown'] as const;
export type Status = (typeof statuses)[number];

export const ruleIds = [
  'M-EXP',
  'M-VIOL',
  'M-RISK',
  'M-SHIP',
  'M-DISP',
  'BNPL-SUB',
  'FI-PLAT3',
  'FI-COSUB',
  'C-BNPL',
  'D-ENT',
  'D-BOND',
  'D-LIC',
  'D-TIER1',
  'D-TIER2',
  'D-RATIO',
  'D-LOW90',
  'D-LABEL-TEXT',
  'D-HIKE',
  'D-STOCK',
  'D-CAP',
  'D-SHIPTIME',
  'D-MARK',
  'D-STYLE',
  'D-SUGGEST',
  'D-ORIG',
  'D-LIVE',
] as const;
export type RuleId = (typeof ruleIds)[number];

/** zh-CN is primary; en is the switch. */
export interface Message {
  zh: string;
  en: string;
}

/** Compared values: money keys end in `Fen`, rates in `Bp`/`Ppm`; null where unknown. */
export type Values = Record<string, number | string | boolean | null>;

/** One term of a combined check (a program's baseline, extra, product and window terms). */
export interface Term {
  /** A rule ID (M-EXP …) or a term name (`wallet`, `monthly-gmv`, `window`, …). */
  id: string;
  status: Status;
  values: Values;
  message: Message;
}

/** 报名中 signup / 活动中 active / 未开始 not started / 已结束 ended. */
export type CampaignPhase = 'signup' | 'active' | 'not-started' | 'ended';

export interface Check {
  /** A rule ID, or a program's id (any campaign's: FI-PLAT6-cny2027) or a later campaign's M-*. */
  id: RuleId | (string & {});
  status: Status;
  values: Values;
  message: Message;
  /** Where the rule comes from, e.g. `seed 004 §2`. */
  source: string;
  /** For the program checks: every term, so a panel can name each failed one. */
  terms?: Term[];
  /** For the program checks: where the evaluation day stands in the campaign. */
  phase?: CampaignPhase;
  /**
   * On an `unknown`: where the user can give the missing input (SPEC §3) — `profile`, `buyer`,
   * `form`, `history`, `detail`, `live`, `category`; the message says it in words.
   */
  action?: string;
}

/** A piece of advice that is not a verdict (review time, fresh seal, reminder schedule…). */
export interface Hint {
  id: string;
  message: Message;
  values?: Values;
}

/** One installment plan of SPEC §4, every amount in fen. */
export interface InstallmentPlan {
  priceFen: number;
  periods: 3 | 6 | 12;
  payer: 'consumer' | 'merchant';
  /** The program whose share (or rate cut) applies; null when none was asked for or it does not apply. */
  program: string | null;
  /** Its kind: a platform or co-subsidy share, or a rate cut (SPEC §4). */
  programKind?:
    'interest-free-platform' | 'interest-free-cosubsidy' | 'interest-free-rate-cut' | null;
  /** A rate cut in force: the merchant rate it replaces (the plan says so). */
  rateCutFromBp?: number | null;
  /** The program asked for, and why it gives no share when it does not (SPEC §4). */
  requestedProgram: string | null;
  programNote: 'not-covered' | 'not-running' | null;
  /** Fee rate in basis points (2.3 % → 230). */
  rateBp: number;
  feeFen: number;
  consumerFeeFen: number;
  platformFeeFen: number;
  merchantFeeFen: number;
  /** What the consumer pays in all. */
  consumerTotalFen: number;
  /** Principal and fee split separately (花呗 billing): floor each, the remainders to the first. */
  principalFen: number[];
  /** The buyer's fee per period (all zero when the merchant side pays). */
  feePartsFen: number[];
  /** What the buyer pays each period: principal part + fee part. */
  instalmentsFen: number[];
  /** 每日仅需: the first instalment ÷ 30, rounded up to the fen. */
  dailyFen: number;
  /** FI-COSUB: subsidy left for this merchant before this order, and after it. */
  subsidyRemainingFen: number | null;
  subsidyRemainingAfterFen: number | null;
  /** FI-COSUB: what the merchant pays for this order once the subsidy is used up. */
  merchantFeeWhenExhaustedFen: number | null;
}

export interface Summary {
  pass: number;
  fail: number;
  warn: number;
  unknown: number;
}

export interface Report {
  /** The evaluation day actually used (Asia/Shanghai). */
  date: string;
  checks: Check[];
  installment: InstallmentPlan | null;
  hints: Hint[];
  summary: Summary;
}

/** Worst first: a badge shows the worst status of its checks. */
/** Worse is higher: the one order of check statuses (an item's worst, the batch table's rank). */
export const statusSeverity: Record<Status, number> = { fail: 3, warn: 2, unknown: 1, pass: 0 };

export function worstStatus(list: readonly { status: Status }[]): Status | null {
  let worst: Status | null = null;
  for (const { status } of list) {
    if (worst === null || statusSeverity[status] > statusSeverity[worst]) worst = status;
  }
  return worst;
}

export function summarise(checks: readonly Check[]): Summary {
  const summary: Summary = { pass: 0, fail: 0, warn: 0, unknown: 0 };
  for (const check of checks) summary[check.status] += 1;
  return summary;
}
