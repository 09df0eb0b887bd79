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
import { campaignPhase, phaseDaysText, programCalendar } from '../campaign';
import type { CampaignPhase, Check, Message, Term, Values } from '../report';
import type { EvaluationRequest } from '../request';
import type { ProgramId, ProgramTerms, RulePack } from '../pack';
import {
  combine,
  fenText,
  makeCheck,
  message,
  payablePriceFen,
  perObjectMemo,
  verdict,
} from './check';
import { phaseText, termName } from './terms';
import { placeOfTerm } from './where';

export { campaignPhase };

/** The window term depends only on the program and the day: built once per day, then shared. */
const windowTerm = perObjectMemo((program: ProgramTerms, day: string): Readonly<Term> => {
  // The id is not needed for the figures; the calendar is the one place they are computed.
  const calendar = programCalendar(day, 'BNPL-SUB', program);
  const { phase, signup, active } = calendar;
  const open = phase === 'active' || phase === 'signup';
  const when = phaseDaysText(calendar);
  return Object.freeze({
    id: 'window',
    status: verdict(open),
    values: Object.freeze({
      date: day,
      phase,
      signupFrom: signup.from,
      signupTo: signup.to,
      activeFrom: active.from,
      activeTo: active.to,
      signupDaysLeft: calendar.signupDaysLeft,
      activeDaysLeft: calendar.activeDaysLeft,
    }),
    message: Object.freeze(
      message(
        `${day} ${when.zh}（报名 ${signup.from}～${signup.to}，活动 ${active.from}～${active.to}）`,
        `${day}: ${when.en} (signup ${signup.from}–${signup.to}, active ${active.from}–${active.to})`,
      ),
    ),
  });
});

function booleanTerm(
  id: string,
  value: boolean | null,
  values: Values,
  texts: {
    yes: readonly [string, string];
    no: readonly [string, string];
    unknown: readonly [string, string];
  },
): Term {
  const [zh, en] = value === null ? texts.unknown : value ? texts.yes : texts.no;
  return { id, status: verdict(value), values, message: message(zh, en) };
}

interface MinimumTerm {
  id: string;
  /** Literal keys, not computed ones: V8 builds and serialises such objects much faster. */
  values: (valueFen: number | null, minFen: number) => Values;
  zh: string;
  en: string;
}

const monthlyGmv: MinimumTerm = {
  id: 'monthly-gmv',
  values: (monthlyGmvFen, minMonthlyGmvFen) => ({ monthlyGmvFen, minMonthlyGmvFen }),
  zh: '月GMV',
  en: 'Monthly GMV',
};
const sessionGmv: MinimumTerm = {
  id: 'session-gmv',
  values: (maxSessionGmvFen, minSessionGmvFen) => ({ maxSessionGmvFen, minSessionGmvFen }),
  zh: '单场GMV',
  en: 'Single-session GMV',
};
const itemPrice: MinimumTerm = {
  id: 'min-price',
  values: (priceFen, minPriceFen) => ({ priceFen, minPriceFen }),
  zh: '商品金额',
  en: 'Item price',
};

function minimumFenTerm(term: MinimumTerm, valueFen: number | null, minFen: number): Term {
  const values = term.values(valueFen, minFen);
  if (valueFen === null) {
    return {
      id: term.id,
      status: 'unknown',
      values,
      message: message(
        `${term.zh}未知（需 ≥ ${fenText(minFen)}）`,
        `${term.en} unknown (needs ≥ ${fenText(minFen)})`,
      ),
    };
  }
  const ok = valueFen >= minFen;
  return {
    id: term.id,
    status: verdict(ok),
    values,
    message: message(
      `${term.zh} ${fenText(valueFen)} ${ok ? '≥' : '低于'} ${fenText(minFen)}`,
      `${term.en} ${fenText(valueFen)} ${ok ? '≥' : 'is below'} ${fenText(minFen)}`,
    ),
  };
}

const walletTexts = {
  yes: ['已开通安心钱包', 'Wallet (安心钱包) opened'],
  no: ['未开通安心钱包', 'Wallet (安心钱包) not opened'],
  unknown: ['是否开通安心钱包未知', 'Whether the wallet (安心钱包) is opened is unknown'],
} as const;

const virtualTexts = {
  yes: ['非虚拟类目', 'Non-virtual category'],
  no: ['虚拟类目商品不可参加', 'Virtual-category items are excluded'],
  unknown: ['是否虚拟类目未知', 'Whether the category is virtual is unknown'],
} as const;

function extraMerchantTerms(
  request: EvaluationRequest,
  program: ProgramTerms,
  terms: Term[],
): void {
  const merchant = request.merchant;
  if (program.requiresWallet) {
    const opened = merchant?.walletOpened ?? null;
    terms.push(booleanTerm('wallet', opened, { walletOpened: opened }, walletTexts));
  }
  if (program.minMonthlyGmvFen !== null) {
    terms.push(
      minimumFenTerm(monthlyGmv, merchant?.monthlyGmvFen ?? null, program.minMonthlyGmvFen),
    );
  }
  if (program.minSessionGmvFen !== null) {
    terms.push(
      minimumFenTerm(sessionGmv, merchant?.maxSessionGmvFen ?? null, program.minSessionGmvFen),
    );
  }
}

function productTerms(request: EvaluationRequest, program: ProgramTerms, terms: Term[]): void {
  const product = request.product;
  if (!product || !program.product) return;
  if (program.product.nonVirtual) {
    const virtual = product.category?.virtual ?? null;
    terms.push(
      booleanTerm('non-virtual', virtual === null ? null : !virtual, { virtual }, virtualTexts),
    );
  }
  terms.push(minimumFenTerm(itemPrice, payablePriceFen(product), program.product.minPriceFen));
}

/**
 * A failed term as a short phrase: the window by its phase (「活动时间（已结束）」, its own message
 * spells out both windows), every other term by its own message (「未开通安心钱包」,
 * 「月GMV ¥80,000.00 低于 ¥100,000.00」), which already names what was compared.
 */
function failedTermText(term: Term): Message {
  if (term.id !== 'window') return term.message;
  const name = termName('window');
  const when = phaseText[term.values.phase as CampaignPhase];
  return message(`${name.zh}（${when.zh}）`, `${name.en} (${when.en})`);
}

export function checkProgram(
  id: ProgramId,
  request: EvaluationRequest,
  baselineTerms: readonly Term[],
  day: string,
  pack: RulePack,
): Check {
  const program = pack.programs[id];
  const window = windowTerm(program, day);
  const phase = window.values.phase as CampaignPhase;
  const terms: Term[] = baselineTerms.slice();
  extraMerchantTerms(request, program, terms);
  productTerms(request, program, terms);
  terms.push(window);
  const failed: string[] = [];
  const missing: string[] = [];
  for (const term of terms) {
    if (term.status === 'fail') failed.push(term.id);
    else if (term.status === 'unknown') missing.push(term.id);
  }
  // SPEC §2 via the same rule as `combine`: any fail → fail; else any unknown → unknown.
  const status = combine([
    failed.length > 0 ? 'fail' : 'pass',
    missing.length > 0 ? 'unknown' : 'pass',
  ]);
  const values = {
    date: day,
    phase,
    failedTerms: failed.join(','),
    unknownTerms: missing.join(','),
  };
  const title = program.title;
  const when = phaseText[phase];
  let text;
  if (status === 'pass') {
    text = message(
      `${title.zh}：满足全部条件（${when.zh}）`,
      `${title.en}: every term met (${when.en})`,
    );
  } else if (status === 'fail') {
    const said = terms.filter((term) => term.status === 'fail').map(failedTermText);
    text = message(
      `${title.zh}：不满足 ${said.map((phrase) => phrase.zh).join('；')}`,
      `${title.en}: not met — ${said.map((phrase) => phrase.en).join('; ')}`,
    );
  } else {
    const names = missing.map(termName);
    text = message(
      `${title.zh}：缺少 ${names.map((name) => name.zh).join('、')} 的信息（${when.zh}）`,
      `${title.en}: unknown — missing ${names.map((name) => name.en).join(', ')} (${when.en})`,
    );
  }
  // A program missing only the item's own terms points to the page, else to the profile.
  const places = missing.map((term) => placeOfTerm[term] ?? 'profile');
  const place = places.includes('profile') || places.length === 0 ? 'profile' : places[0];
  const check = makeCheck(pack, id, status, values, text, place);
  check.terms = terms;
  check.phase = phase;
  return check;
}
