/**
 * BNPL-SUB, FI-PLAT3, FI-COSUB: the campaign programs of seed 000 §3 (SPEC §2). Each combines its
 * terms — the merchant baseline, its extra merchant terms, its product terms (only when a product
 * is given: a merchant-only request asks "may I sign up", not "does this item qualify") and the
 * window — with `combine`. Always in the report; with no merchant the baseline makes it unknown.
 *
 * Phase: 'active' when the day lies in the active window (even if signup is still open, since the
 * benefit is live), else 'signup' when only signup is open, else 'not-started' before the active
 * window begins, else 'ended'.
 */
import { formatFen } from '../money';
import { inWindow } from '../dates';
import type { CampaignPhase, Check, Term, Values } from '../report';
import type { EvaluationRequest } from '../request';
import type { ProgramId, ProgramTerms, RulePack } from '../pack';
import { combine, makeCheck, message, payablePriceFen, toTerm, verdict } from './check';

const phaseText: Record<CampaignPhase, { zh: string; en: string }> = {
  signup: { zh: '报名中', en: 'signup open' },
  active: { zh: '活动中', en: 'active' },
  'not-started': { zh: '未开始', en: 'not started' },
  ended: { zh: '已结束', en: 'ended' },
};

export function campaignPhase(day: string, program: ProgramTerms): CampaignPhase {
  if (inWindow(day, program.active)) return 'active';
  if (inWindow(day, program.signup)) return 'signup';
  return day < program.active.from ? 'not-started' : 'ended';
}

function windowTerm(day: string, program: ProgramTerms, phase: CampaignPhase): Term {
  const open = phase === 'active' || phase === 'signup';
  const { signup, active } = program;
  return {
    id: 'window',
    status: verdict(open),
    values: {
      date: day,
      phase,
      signupFrom: signup.from,
      signupTo: signup.to,
      activeFrom: active.from,
      activeTo: active.to,
    },
    message: message(
      `${day} ${phaseText[phase].zh}（报名 ${signup.from}～${signup.to}，活动 ${active.from}～${active.to}）`,
      `${day}: ${phaseText[phase].en} (signup ${signup.from}–${signup.to}, active ${active.from}–${active.to})`,
    ),
  };
}

function booleanTerm(
  id: string,
  value: boolean | null,
  values: Values,
  texts: { yes: [string, string]; no: [string, string]; unknown: [string, string] },
): Term {
  const [zh, en] = value === null ? texts.unknown : value ? texts.yes : texts.no;
  return { id, status: verdict(value), values, message: message(zh, en) };
}

function minimumFenTerm(
  id: string,
  valueFen: number | null,
  minFen: number,
  key: string,
  label: { zh: string; en: string },
): Term {
  const values = { [key]: valueFen, [`min${key[0]?.toUpperCase()}${key.slice(1)}`]: minFen };
  if (valueFen === null) {
    return {
      id,
      status: 'unknown',
      values,
      message: message(
        `${label.zh}未知（需 ≥ ${formatFen(minFen)}）`,
        `${label.en} unknown (needs ≥ ${formatFen(minFen)})`,
      ),
    };
  }
  const ok = valueFen >= minFen;
  return {
    id,
    status: verdict(ok),
    values,
    message: message(
      `${label.zh} ${formatFen(valueFen)} ${ok ? '≥' : '低于'} ${formatFen(minFen)}`,
      `${label.en} ${formatFen(valueFen)} ${ok ? '≥' : 'is below'} ${formatFen(minFen)}`,
    ),
  };
}

function extraMerchantTerms(request: EvaluationRequest, program: ProgramTerms): Term[] {
  const merchant = request.merchant;
  const terms: Term[] = [];
  if (program.requiresWallet) {
    terms.push(
      booleanTerm(
        'wallet',
        merchant?.walletOpened ?? null,
        { walletOpened: merchant?.walletOpened ?? null },
        {
          yes: ['已开通安心钱包', 'Wallet (安心钱包) opened'],
          no: ['未开通安心钱包', 'Wallet (安心钱包) not opened'],
          unknown: ['是否开通安心钱包未知', 'Whether the wallet (安心钱包) is opened is unknown'],
        },
      ),
    );
  }
  if (program.minMonthlyGmvFen !== null) {
    terms.push(
      minimumFenTerm(
        'monthly-gmv',
        merchant?.monthlyGmvFen ?? null,
        program.minMonthlyGmvFen,
        'monthlyGmvFen',
        {
          zh: '月GMV',
          en: 'Monthly GMV',
        },
      ),
    );
  }
  if (program.minSessionGmvFen !== null) {
    terms.push(
      minimumFenTerm(
        'session-gmv',
        merchant?.maxSessionGmvFen ?? null,
        program.minSessionGmvFen,
        'maxSessionGmvFen',
        {
          zh: '单场GMV',
          en: 'Single-session GMV',
        },
      ),
    );
  }
  return terms;
}

function productTerms(request: EvaluationRequest, program: ProgramTerms): Term[] {
  const product = request.product;
  if (!product || !program.product) return [];
  const terms: Term[] = [];
  if (program.product.nonVirtual) {
    const virtual = product.category?.virtual ?? null;
    terms.push(
      booleanTerm(
        'non-virtual',
        virtual === null ? null : !virtual,
        { virtual },
        {
          yes: ['非虚拟类目', 'Non-virtual category'],
          no: ['虚拟类目商品不可参加', 'Virtual-category items are excluded'],
          unknown: ['是否虚拟类目未知', 'Whether the category is virtual is unknown'],
        },
      ),
    );
  }
  terms.push(
    minimumFenTerm('min-price', payablePriceFen(product), program.product.minPriceFen, 'priceFen', {
      zh: '商品金额',
      en: 'Item price',
    }),
  );
  return terms;
}

export function checkProgram(
  id: ProgramId,
  request: EvaluationRequest,
  baseline: readonly Check[],
  day: string,
  pack: RulePack,
): Check {
  const program = pack.programs[id];
  const phase = campaignPhase(day, program);
  const terms: Term[] = [
    ...baseline.map(toTerm),
    ...extraMerchantTerms(request, program),
    ...productTerms(request, program),
    windowTerm(day, program, phase),
  ];
  const status = combine(terms.map((term) => term.status));
  const failed = terms.filter((term) => term.status === 'fail').map((term) => term.id);
  const missing = terms.filter((term) => term.status === 'unknown').map((term) => term.id);
  const values = {
    date: day,
    phase,
    failedTerms: failed.join(','),
    unknownTerms: missing.join(','),
  };
  const title = program.title;
  const phaseNote = `${phaseText[phase].zh}`;
  let text;
  if (status === 'pass') {
    text = message(
      `${title.zh}：满足全部条件（${phaseNote}）`,
      `${title.en}: every term met (${phaseText[phase].en})`,
    );
  } else if (status === 'fail') {
    text = message(
      `${title.zh}：不满足 ${failed.join('、')}（${phaseNote}）`,
      `${title.en}: not met — ${failed.join(', ')} (${phaseText[phase].en})`,
    );
  } else {
    text = message(
      `${title.zh}：缺少 ${missing.join('、')} 的信息（${phaseNote}）`,
      `${title.en}: unknown — missing ${missing.join(', ')} (${phaseText[phase].en})`,
    );
  }
  return { ...makeCheck(pack, id, status, values, text), terms, phase };
}

export const programIds: readonly ProgramId[] = ['BNPL-SUB', 'FI-PLAT3', 'FI-COSUB'];
