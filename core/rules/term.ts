/**
 * The one judge of a pack term `{ metric, op, value }` (SPEC §2's vocabulary) against a request:
 * every program check and every baseline check (M-*) goes through `judgeTerm`, so a bound means
 * the same everywhere and the boundary is exactly SPEC's convention — `>=` passes the bound, `>`
 * does not; decimals are compared exactly (core/decimal), money as integers. A missing input is
 * `unknown`, never a pass.
 *
 * Each metric keeps the term id, the words and the compared values the 2023 checks always had
 * (M-EXP, wallet, monthly-gmv, min-price, …) when the term is the one those checks stated; any
 * other op or value is said in the same words with its own operator.
 */
import type { TermMetric, TermOp, Term as PackTerm } from '../pack';
import { perTenThousandText as perTenThousand } from '../present/format';
import type { EvaluationRequest } from '../request';
import type { Message, Term, Values } from '../report';
import {
  atLeast,
  atMost,
  boundedMemo,
  fenText,
  fractionText,
  message,
  numText,
  payablePriceFen,
} from './check';

type Input = number | boolean | null;

/** ‱ text for messages, exactly as the value table prints it (core/present/format): 0.000036 → "0.36‱". */
export const perTenThousandText = boundedMemo(perTenThousand);

interface MetricWords {
  /** The term id in a program check's terms (a rule id for the baseline metrics). */
  id: string;
  zh: string;
  en: string;
  read: (request: EvaluationRequest) => Input;
  /** How a value is shown. */
  show?: (value: number) => string;
  /** The op the 2023 checks stated; with it the values keep their 2023 keys. */
  usualOp?: TermOp;
  values?: (input: Input, bound: number | boolean) => Values;
  /** A yes/no metric's three sentences for the usual `= value`. */
  yesNo?: { yes: [string, string]; no: [string, string]; unknown: [string, string] };
}

const ppm = (fraction: number | boolean) => Math.round(Number(fraction) * 1_000_000);

const metricWords: Record<TermMetric, MetricWords> = {
  experienceScore: {
    id: 'M-EXP',
    zh: '购物体验分',
    en: 'Shopping-experience score',
    read: (r) => r.merchant?.experienceScore ?? null,
    usualOp: '>=',
    values: (experienceScore, minExperienceScore) => ({
      experienceScore: experienceScore as number | null,
      minExperienceScore: minExperienceScore as number,
    }),
  },
  violations90d: {
    id: 'M-VIOL',
    zh: '近90天相关违规',
    en: 'Related violations in 90 days',
    read: (r) => r.merchant?.violations90d ?? null,
    usualOp: '<=',
    values: (violations90d, maxViolations90d) => ({
      violations90d: violations90d as number | null,
      maxViolations90d: maxViolations90d as number,
    }),
  },
  riskControlled: {
    id: 'M-RISK',
    zh: '风控商家',
    en: 'Risk-controlled merchant',
    read: (r) => r.merchant?.riskControlled ?? null,
    values: (riskControlled) => ({ riskControlled: riskControlled as boolean | null }),
    // "yes" is the merchant meeting the term (= false: not risk-controlled).
    yesNo: {
      yes: ['非风控商家', 'Merchant is not risk-controlled'],
      no: ['风控商家，不可参加', 'Merchant is risk-controlled: excluded'],
      unknown: [
        '是否为风控商家未知（风控商家不可参加）',
        'Risk-control status unknown (risk-controlled merchants are excluded)',
      ],
    },
  },
  onTimeShipRate30d: {
    id: 'M-SHIP',
    zh: '近30天及时发货率',
    en: 'On-time shipping rate (30 d)',
    read: (r) => r.merchant?.onTimeShipRate30d ?? null,
    show: fractionText,
    usualOp: '>=',
    values: (onTimeShipRate30d, min) => ({
      onTimeShipRate30d: onTimeShipRate30d as number | null,
      minOnTimeShipRatePpm: ppm(min),
    }),
  },
  disputeRate30d: {
    id: 'M-DISP',
    zh: '近30天商责纠纷率',
    en: 'Merchant-responsible dispute rate (30 d)',
    read: (r) => r.merchant?.disputeRate30d ?? null,
    show: perTenThousandText,
    usualOp: '<=',
    values: (disputeRate30d, max) => ({
      disputeRate30d: disputeRate30d as number | null,
      maxDisputeRatePpm: ppm(max),
    }),
  },
  walletOpened: {
    id: 'wallet',
    zh: '安心钱包',
    en: 'Wallet (安心钱包)',
    read: (r) => r.merchant?.walletOpened ?? null,
    values: (walletOpened) => ({ walletOpened: walletOpened as boolean | null }),
    yesNo: {
      yes: ['已开通安心钱包', 'Wallet (安心钱包) opened'],
      no: ['未开通安心钱包', 'Wallet (安心钱包) not opened'],
      unknown: ['是否开通安心钱包未知', 'Whether the wallet (安心钱包) is opened is unknown'],
    },
  },
  monthlyGmvFen: {
    id: 'monthly-gmv',
    zh: '月GMV',
    en: 'Monthly GMV',
    read: (r) => r.merchant?.monthlyGmvFen ?? null,
    show: fenText,
    usualOp: '>=',
    values: (monthlyGmvFen, minMonthlyGmvFen) => ({
      monthlyGmvFen: monthlyGmvFen as number | null,
      minMonthlyGmvFen: minMonthlyGmvFen as number,
    }),
  },
  maxSessionGmvFen: {
    id: 'session-gmv',
    zh: '单场GMV',
    en: 'Single-session GMV',
    read: (r) => r.merchant?.maxSessionGmvFen ?? null,
    show: fenText,
    usualOp: '>=',
    values: (maxSessionGmvFen, minSessionGmvFen) => ({
      maxSessionGmvFen: maxSessionGmvFen as number | null,
      minSessionGmvFen: minSessionGmvFen as number,
    }),
  },
  enterprise: {
    id: 'enterprise',
    zh: '企业店',
    en: 'Enterprise shop',
    read: (r) => r.merchant?.enterprise ?? null,
    yesNo: {
      yes: ['企业店', 'Enterprise shop'],
      no: ['非企业店（个人店不可参加）', 'Not an enterprise shop (personal shops are excluded)'],
      unknown: ['是否企业店未知', 'Whether the shop is an enterprise is unknown'],
    },
  },
  dsr: { id: 'dsr', zh: 'DSR', en: 'DSR', read: (r) => r.merchant?.dsr ?? null },
  monthlySalesFen: {
    id: 'monthly-sales',
    zh: '月销',
    en: 'Monthly sales',
    read: (r) => r.merchant?.monthlySalesFen ?? null,
    show: fenText,
  },
  categoryBondFen: {
    id: 'category-bond',
    zh: '类目保证金',
    en: 'Category bond',
    read: (r) => r.merchant?.categoryBondFen ?? null,
    show: fenText,
  },
  'product.nonVirtual': {
    id: 'non-virtual',
    zh: '非虚拟类目',
    en: 'Non-virtual category',
    read: (r) => {
      const virtual = r.product?.category?.virtual ?? null;
      return virtual === null ? null : !virtual;
    },
    values: (nonVirtual) => ({ virtual: nonVirtual === null ? null : !nonVirtual }),
    yesNo: {
      yes: ['非虚拟类目', 'Non-virtual category'],
      no: ['虚拟类目商品不可参加', 'Virtual-category items are excluded'],
      unknown: ['是否虚拟类目未知', 'Whether the category is virtual is unknown'],
    },
  },
  'product.priceFen': {
    id: 'min-price',
    zh: '商品金额',
    en: 'Item price',
    read: (r) => payablePriceFen(r.product),
    show: fenText,
    usualOp: '>=',
    values: (priceFen, minPriceFen) => ({
      priceFen: priceFen as number | null,
      minPriceFen: minPriceFen as number,
    }),
  },
};

/** Whether `value op bound` holds, exact at the bound (SPEC conventions). */
export function meetsTerm(value: number | boolean, op: TermOp, bound: number | boolean): boolean {
  if (typeof value === 'boolean' || typeof bound === 'boolean') return value === bound;
  switch (op) {
    case '>=':
      return atLeast(value, bound);
    case '>':
      return !atMost(value, bound);
    case '<=':
      return atMost(value, bound);
    case '<':
      return !atLeast(value, bound);
    case '=':
      return atLeast(value, bound) && atMost(value, bound);
  }
}

/** How each op reads when met, and when missed (「低于」 for a missed `>=`). */
const opWords: Record<TermOp, { met: string; missedZh: string; missedEn: string }> = {
  '>=': { met: '≥', missedZh: '低于', missedEn: 'is below' },
  '>': { met: '>', missedZh: '不高于', missedEn: 'is not above' },
  '<=': { met: '≤', missedZh: '高于', missedEn: 'is above' },
  '<': { met: '<', missedZh: '不低于', missedEn: 'is not below' },
  '=': { met: '=', missedZh: '不等于', missedEn: 'is not' },
};

/** The id a term has in a program check (M-EXP, wallet, monthly-gmv, …). */
export const termIdOf = (metric: TermMetric) => metricWords[metric].id;

function yesNoTerm(words: MetricWords, term: PackTerm, input: Input): Term {
  const values = words.values?.(input, term.value) ?? {
    [term.metric]: input,
    expected: term.value,
  };
  const met = input === null ? null : input === term.value;
  // The sentences speak of the merchant meeting the usual term; for the opposite term swap them.
  const usual =
    words.yesNo && (term.metric === 'riskControlled' ? term.value === false : term.value === true);
  const texts = words.yesNo!;
  const said = met === null ? texts.unknown : met === Boolean(usual) ? texts.yes : texts.no;
  return {
    id: words.id,
    status: met === null ? 'unknown' : met ? 'pass' : 'fail',
    values,
    message: message(said[0], said[1]),
  };
}

function violationsText(count: number, max: number, ok: boolean): Message {
  return message(
    ok
      ? `近90天相关违规 ${count} 次，符合要求（≤ ${max}）`
      : `近90天相关违规 ${count} 次，超过 ${max} 次`,
    ok
      ? `${count} related violations in 90 days (allowed ≤ ${max})`
      : `${count} related violations in 90 days, more than ${max}`,
  );
}

/** Judges one term of a program against the request (SPEC §2). */
export function judgeTerm(term: PackTerm, request: EvaluationRequest): Term {
  const words = metricWords[term.metric];
  const input = words.read(request);
  if (typeof term.value === 'boolean' && words.yesNo) return yesNoTerm(words, term, input);
  const usual = term.op === words.usualOp && words.values;
  const values: Values = usual
    ? words.values!(input, term.value)
    : { [term.metric.replace('product.', '')]: input, op: term.op, bound: term.value };
  const show = (v: number | boolean) =>
    typeof v === 'boolean' ? String(v) : (words.show ?? numText)(v);
  const op = opWords[term.op];
  if (input === null) {
    const needs =
      term.metric === 'violations90d' && usual
        ? message(
            '近90天违规记录未知（需无相关违规）',
            'Violations in the last 90 days unknown (needs none)',
          )
        : message(
            `${words.zh}未知（需 ${op.met} ${show(term.value)}）`,
            `${words.en} unknown (needs ${op.met} ${show(term.value)})`,
          );
    return { id: words.id, status: 'unknown', values, message: needs };
  }
  const ok = meetsTerm(input, term.op, term.value);
  const text =
    term.metric === 'violations90d' && usual
      ? violationsText(input as number, term.value as number, ok)
      : message(
          `${words.zh} ${show(input)} ${ok ? op.met : op.missedZh} ${show(term.value)}`,
          `${words.en} ${show(input)} ${ok ? op.met : op.missedEn} ${show(term.value)}`,
        );
  return { id: words.id, status: ok ? 'pass' : 'fail', values, message: text };
}

/** Two terms say the same thing (a baseline term is one every program of a campaign has). */
export const sameTerm = (a: PackTerm, b: PackTerm) =>
  a.metric === b.metric && a.op === b.op && a.value === b.value;
