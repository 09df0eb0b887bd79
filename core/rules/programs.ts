/**
 * The program checks (SPEC §2 *Campaigns as data*): any program of any installed campaign — the
 * bundled BNPL-SUB, FI-PLAT3, FI-COSUB among them. Each combines its terms — its campaign's
 * baseline (the M-* terms), its own merchant terms, its product terms (only when a product is
 * given: a merchant-only request asks "may I sign up", not "does this item qualify"), its unread
 * requirements (unknown until the merchant marks each 我已满足) and its window — with `combine`.
 * Every check names its campaign (`values.campaign`).
 *
 * Phase: 'active' when the day lies in the active window (even if signup is still open, since the
 * benefit is live), else 'signup' when only signup is open, else 'not-started' before the active
 * window begins, else 'ended'.
 */
import { campaignPhase, phaseDaysText, programCalendar } from '../campaign';
import type { CampaignPhase, Check, Message, Term } from '../report';
import type { EvaluationRequest } from '../request';
import type { Campaign, Program, ProgramId, ProgramTerms, RulePack } from '../pack';
import { combine, makeCheck, message, perObjectMemo, verdict } from './check';
import { isBaselineTerm } from './merchant';
import { judgeTerm } from './term';
import { phaseText, termName } from './terms';
import { placeOfTerm } from './where';

export { campaignPhase };

const windowText = (window: { from: string; to: string } | null) =>
  window ? `${window.from}～${window.to}` : '未定';
const windowTextEn = (window: { from: string; to: string } | null) =>
  window ? `${window.from}–${window.to}` : 'not announced';

/** The window term depends only on the program and the day: built once per day, then shared. */
const windowTerm = perObjectMemo((program: ProgramTerms, day: string): Readonly<Term> => {
  // The id is not needed for the figures; the calendar is the one place they are computed.
  const calendar = programCalendar(day, 'window', program);
  const { phase, signup, active } = calendar;
  const open = phase === 'active' || phase === 'signup';
  const when = phaseDaysText(calendar);
  return Object.freeze({
    id: 'window',
    status: verdict(open),
    values: Object.freeze({
      date: day,
      phase,
      signupFrom: signup?.from ?? null,
      signupTo: signup?.to ?? null,
      activeFrom: active?.from ?? null,
      activeTo: active?.to ?? null,
      signupDaysLeft: calendar.signupDaysLeft,
      activeDaysLeft: calendar.activeDaysLeft,
    }),
    message: Object.freeze(
      message(
        `${day} ${when.zh}（报名 ${windowText(signup)}，活动 ${windowText(active)}）`,
        `${day}: ${when.en} (signup ${windowTextEn(signup)}, active ${windowTextEn(active)})`,
      ),
    ),
  });
});

/** An unread requirement: met only once the merchant confirmed it for this campaign. */
function unreadTerm(sentence: string, campaign: Campaign): Term {
  const confirmed = campaign.confirmed?.includes(sentence) ?? false;
  return {
    id: 'unread',
    status: confirmed ? 'pass' : 'unknown',
    values: { requirement: sentence, confirmed },
    message: confirmed
      ? message(`已确认满足：「${sentence}」`, `Confirmed met: “${sentence}”`)
      : message(`待确认：「${sentence}」`, `To confirm: “${sentence}”`),
  };
}

/** The program's own terms: merchant terms beyond the baseline, then its product terms. */
function ownTerms(
  request: EvaluationRequest,
  program: Program,
  campaign: Campaign,
  terms: Term[],
): void {
  for (const term of program.merchantTerms) {
    if (!isBaselineTerm(campaign, term)) terms.push(judgeTerm(term, request));
  }
  if (request.product)
    for (const term of program.productTerms) terms.push(judgeTerm(term, request));
  for (const sentence of program.unread) terms.push(unreadTerm(sentence, campaign));
}

/**
 * A failed term as a short phrase: the window by its phase (「活动时间（已结束）」, its own message
 * spells out both windows), every other term by its own message (「未开通安心钱包」,
 * 「月GMV ¥80,000.00 低于 ¥100,000.00」), which already names what was compared.
 */
function failedTermText(term: Term): Message {
  if (term.id !== 'window') return term.message;
  const name = termName('window');
  if (term.values.signupFrom === null && term.values.activeFrom === null)
    return message(`${name.zh}（日期未定）`, `${name.en} (dates not announced)`);
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
  const campaign = pack.campaignOf[id];
  if (!program || !campaign) throw new Error(`no program ${id} in the pack`);
  const window = windowTerm(program, day);
  const phase = window.values.phase as CampaignPhase;
  const terms: Term[] = baselineTerms.slice();
  ownTerms(request, program, campaign, terms);
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
    campaign: campaign.name,
    campaignKey: campaign.key,
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
  check.source = program.source ?? pack.sources[id] ?? campaign.source ?? '';
  check.terms = terms;
  check.phase = phase;
  return check;
}
