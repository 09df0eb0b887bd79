/**
 * SPEC §2 *Campaigns as data* and §4's revised lines (issue 17): every program kind, every term
 * operator at its boundary, a campaign whose programs differ in baseline, two campaigns current
 * on one day with programs of the same kind, a rate cut inside and outside its window, unread
 * requirements confirmed and not, and the format-1 migration.
 */
import { describe, expect, it } from 'vitest';
import example from '@/examples/campaign-pack-2026-1212.json';
import bundled from '@/core/pack/default-pack.json';
import { evaluate } from '@/core/evaluate';
import { campaignCalendars } from '@/core/campaign';
import { planInstallment } from '@/core/installment';
import { combinePacks, defaultPack, parsePack, type RulePack, type TermOp } from '@/core/pack';
import type { Report } from '@/core/report';
import { campaignBaseline } from '@/core/rules/merchant';
import { judgeTerm, meetsTerm } from '@/core/rules/term';

function packOf(json: unknown): RulePack {
  const parsed = parsePack(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}
const examplePack = packOf(example);
const DAY = '2026-12-08';
const merchant = {
  experienceScore: 4.6,
  violations90d: 0,
  riskControlled: false,
  onTimeShipRate30d: 0.95,
  disputeRate30d: 0.00003,
  walletOpened: true,
  monthlyGmvFen: 6_000_000,
  maxSessionGmvFen: 60_000_000,
  enterprise: true,
};
const product = { priceFen: 30_000, category: { virtual: false } };

function report(request: object, pack: RulePack): Report {
  const result = evaluate(request, { pack });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.report;
}
const byId = (r: Report) => new Map(r.checks.map((check) => [check.id, check]));

describe('the example pack: a made-up 2026 campaign of all five kinds', () => {
  it('is a valid format-2 pack; a campaigns-only file keeps the bundled rules outside it', () => {
    expect(examplePack.campaigns[0]?.programs.map((p) => p.kind)).toEqual([
      'bnpl-fee-subsidy',
      'interest-free-platform',
      'interest-free-cosubsidy',
      'interest-free-rate-cut',
      'activity',
    ]);
    expect(examplePack.statesRules).toBe(false);
    expect(examplePack.deposit).toEqual(defaultPack.deposit);
  });
  it('judges every program on a day inside it, each naming its campaign', () => {
    const checks = byId(report({ date: DAY, merchant, product }, examplePack));
    expect(checks.get('BNPL-1212')?.status).toBe('pass');
    expect(checks.get('FI-PLAT6')?.status).toBe('pass');
    expect(checks.get('FI-COSUB30')?.status).toBe('pass');
    expect(checks.get('RATE-1212')?.status).toBe('pass');
    expect(checks.get('FI-PLAT6')?.values.campaign).toBe('2026年快手双12支付权益活动（示例）');
    // Its baseline (experience ≥ 4.5, not 4.3) is reported once, as M-*.
    expect(checks.get('M-EXP')?.values).toEqual({ experienceScore: 4.6, minExperienceScore: 4.5 });
    expect(checks.get('M-SHIP')?.values.minOnTimeShipRatePpm).toBe(920_000);
  });
  it('a 4.4 score passes 2023’s 4.3 but fails the example’s 4.5', () => {
    const low = { ...merchant, experienceScore: 4.4 };
    expect(
      byId(report({ date: DAY, merchant: low, product }, examplePack)).get('M-EXP')?.status,
    ).toBe('fail');
    const in2023 = report({ date: '2023-02-20', merchant: low, product }, defaultPack);
    expect(byId(in2023).get('M-EXP')?.status).toBe('pass');
  });
  it('says nothing about an item outside its windows, and names it in no-current-campaign', () => {
    const r = report({ date: '2026-11-20', merchant, product }, examplePack);
    expect(r.checks.filter((c) => !c.id.startsWith('D-'))).toEqual([]);
    const hint = r.hints.find((h) => h.id === 'no-current-campaign');
    expect(hint?.values).toMatchObject({
      campaign: '2026年快手双12支付权益活动（示例）',
      firstDay: '2026-12-01',
    });
  });
});

describe('every operator at its boundary (one judge, SPEC conventions)', () => {
  const cases: [TermOp, number, boolean, boolean, boolean][] = [
    // op, bound, just below, at, just above
    ['>=', 4.5, false, true, true],
    ['>', 4.5, false, false, true],
    ['<=', 4.5, true, true, false],
    ['<', 4.5, true, false, false],
    ['=', 4.5, false, true, false],
  ];
  it.each(cases)('%s %s: below %s, at %s, above %s', (op, bound, below, at, above) => {
    expect(meetsTerm(4.49, op, bound)).toBe(below);
    expect(meetsTerm(4.5, op, bound)).toBe(at);
    expect(meetsTerm(4.51, op, bound)).toBe(above);
  });
  it('is exact on decimals: 0.36‱ passes ≤ 0.000036, 0.0000361 does not', () => {
    const term = { metric: 'disputeRate30d', op: '<=', value: 0.000036 } as const;
    expect(judgeTerm(term, { merchant: { disputeRate30d: 0.000036 } }).status).toBe('pass');
    expect(judgeTerm(term, { merchant: { disputeRate30d: 0.0000361 } }).status).toBe('fail');
  });
  it('money at the fen: ≥ ¥200.00 passes 20 000 fen, not 19 999', () => {
    const term = { metric: 'product.priceFen', op: '>=', value: 20_000 } as const;
    expect(judgeTerm(term, { product: { priceFen: 20_000 } }).status).toBe('pass');
    expect(judgeTerm(term, { product: { priceFen: 19_999 } }).status).toBe('fail');
  });
  it('a missing input is unknown, never a pass; booleans compare by =', () => {
    const term = { metric: 'enterprise', op: '=', value: true } as const;
    expect(judgeTerm(term, {}).status).toBe('unknown');
    expect(judgeTerm(term, { merchant: { enterprise: false } }).status).toBe('fail');
    expect(
      judgeTerm({ metric: 'dsr', op: '>', value: 4.7 }, { merchant: { dsr: 4.7 } }).message.zh,
    ).toBe('DSR 4.7 不高于 4.7');
  });
  it('a pack with a yes/no term under another op, or a value out of its range, is refused by path', () => {
    const bad = structuredClone(example);
    (bad.campaigns[0]!.programs[0]!.merchantTerms[2] as { op: string }).op = '>=';
    (bad.campaigns[0]!.programs[0]!.merchantTerms[0] as { value: number }).value = 6;
    const parsed = parsePack(bad);
    expect(!parsed.ok && parsed.issues.map((i) => i.path)).toEqual([
      'campaigns.0.programs.0.merchantTerms.0.value',
      'campaigns.0.programs.0.merchantTerms.2.op',
    ]);
  });
});

describe('a campaign whose programs have different baselines', () => {
  const json = structuredClone(example);
  // FI-PLAT6 asks 4.8: experienceScore is no longer shared, so it is FI-PLAT6's own term.
  json.campaigns[0]!.programs[1]!.merchantTerms[0] = {
    metric: 'experienceScore',
    op: '>=',
    value: 4.8,
  };
  const pack = packOf(json);
  it('reports only the shared terms as M-*; the differing one inside each program', () => {
    expect(campaignBaseline(pack.campaigns[0]!).map((t) => t.metric)).not.toContain(
      'experienceScore',
    );
    const checks = byId(report({ date: DAY, merchant, product }, pack));
    expect(checks.has('M-EXP')).toBe(false);
    expect(checks.get('M-VIOL')?.status).toBe('pass');
    const plat6 = checks.get('FI-PLAT6');
    expect(plat6?.status).toBe('fail');
    expect(plat6?.values.failedTerms).toBe('M-EXP');
    expect(checks.get('FI-COSUB30')?.terms?.find((t) => t.id === 'M-EXP')?.values).toEqual({
      experienceScore: 4.6,
      minExperienceScore: 4.5,
    });
  });
});

describe('two campaigns current on the same day, with programs of the same kind', () => {
  const second = structuredClone(example);
  second.campaigns[0]!.key = 'dec2026b';
  second.campaigns[0]!.name = '2026年另一场双12活动（示例）';
  const library = combinePacks([defaultPack, examplePack, packOf(second)]);
  const r = report({ date: DAY, merchant, product }, library);
  const ids = r.checks.map((c) => c.id).filter((id) => !id.startsWith('D-'));
  it('makes the later campaign’s program and M-* ids distinct with its key', () => {
    expect(ids).toContain('FI-PLAT6');
    expect(ids).toContain('FI-PLAT6-dec2026b');
    expect(ids).toContain('M-EXP');
    expect(ids).toContain('M-EXP-dec2026b');
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('names the campaign of every M-* and every program check', () => {
    const checks = byId(r);
    expect(checks.get('M-EXP')?.values.campaign).toBe('2026年快手双12支付权益活动（示例）');
    expect(checks.get('M-EXP-dec2026b')?.values.campaign).toBe('2026年另一场双12活动（示例）');
    expect(checks.get('FI-PLAT6-dec2026b')?.values.campaign).toBe('2026年另一场双12活动（示例）');
  });
  it('keeps the bundled ids and says nothing of 2023 on a 2026 day', () => {
    expect(ids).not.toContain('FI-PLAT3');
    const in2023 = report({ date: '2023-02-20', merchant, product }, library);
    expect(in2023.checks.map((c) => c.id)).toContain('FI-PLAT3');
    expect(in2023.checks.map((c) => c.id)).not.toContain('M-EXP-dec2026');
  });
  it('lists every campaign in the calendar: current first, past after', () => {
    expect(campaignCalendars(library, DAY).map((c) => [c.key, c.phase])).toEqual([
      ['dec2026', 'running'],
      ['dec2026b', 'running'],
      [defaultPack.campaigns[0]!.key, 'ended'],
    ]);
  });
});

describe('plans: platform for any periods, cosubsidy any share and cap, the rate cut', () => {
  const base = { priceFen: 100_000, payer: 'merchant' as const, day: DAY };
  it('FI-PLAT6 pays the whole 6-period fee inside its window, nothing for 3 periods', () => {
    const plan = planInstallment({ ...base, periods: 6, program: 'FI-PLAT6' }, examplePack);
    expect([plan.feeFen, plan.platformFeeFen, plan.merchantFeeFen]).toEqual([4_500, 4_500, 0]);
    expect(
      planInstallment({ ...base, periods: 3, program: 'FI-PLAT6' }, examplePack).programNote,
    ).toBe('not-covered');
  });
  it('FI-COSUB30 pays 30 % of the 12-period fee, up to what is left of its cap', () => {
    const plan = planInstallment({ ...base, periods: 12, program: 'FI-COSUB30' }, examplePack);
    expect([plan.feeFen, plan.platformFeeFen, plan.merchantFeeFen]).toEqual([7_500, 2_250, 5_250]);
    const nearCap = planInstallment(
      { ...base, periods: 12, program: 'FI-COSUB30', cosubsidyUsedFen: 4_999_000 },
      examplePack,
    );
    expect([nearCap.platformFeeFen, nearCap.subsidyRemainingAfterFen]).toEqual([1_000, 0]);
  });
  it('RATE-1212 lowers the merchant rate inside its active window and says so', () => {
    const plan = planInstallment({ ...base, periods: 6 }, examplePack);
    expect([plan.rateBp, plan.feeFen, plan.program, plan.rateCutFromBp]).toEqual([
      300,
      3_000,
      'RATE-1212',
      450,
    ]);
    const r = report(
      { date: DAY, product: { priceFen: 100_000, installment: { periods: 6, payer: 'merchant' } } },
      examplePack,
    );
    expect(r.hints.find((h) => h.id === 'installment-rate-cut')?.values).toMatchObject({
      rateBp: 300,
      normalRateBp: 450,
    });
  });
  it('outside its window the normal merchant rate applies, as before', () => {
    const plan = planInstallment({ ...base, periods: 6, day: '2026-12-15' }, examplePack);
    expect([plan.rateBp, plan.feeFen, plan.program]).toEqual([450, 4_500, null]);
    const named = planInstallment(
      { ...base, periods: 6, day: '2026-12-15', program: 'RATE-1212' },
      examplePack,
    );
    expect(named.programNote).toBe('not-running');
  });
  it('a buyer-paid plan keeps the consumer rate (a rate cut is the merchant’s)', () => {
    expect(planInstallment({ ...base, payer: 'consumer', periods: 6 }, examplePack).rateBp).toBe(
      450,
    );
  });
});

describe('unread requirements', () => {
  const request = { date: '2026-12-09', merchant, product, programScope: 'all' };
  it('unconfirmed: the program is unknown, with the action to confirm it', () => {
    const check = byId(report(request, examplePack)).get('ACT-NEW1212');
    expect(check?.status).toBe('unknown');
    expect(check?.action).toBe('confirm');
    expect(check?.values.unknownTerms).toBe('unread');
    expect(check?.message.zh).toContain('我已满足');
  });
  it('confirmed (stored per campaign): the requirement passes', () => {
    const campaign = examplePack.campaigns[0]!;
    const confirmed = { ...campaign, confirmed: ['报名商品需为2026年11月1日后上新的商品'] };
    const pack = combinePacks([defaultPack, { ...examplePack, campaigns: [confirmed] }]);
    const check = byId(report(request, pack)).get('ACT-NEW1212');
    expect(check?.status).toBe('pass');
  });
});

describe('format 1 (today’s format) migrated without loss', () => {
  it('the bundled file gives the 2023 programs with their terms, subsidies and sources', () => {
    const [campaign] = defaultPack.campaigns;
    expect(campaign?.programs.map((p) => [p.id, p.kind])).toEqual([
      ['BNPL-SUB', 'bnpl-fee-subsidy'],
      ['FI-PLAT3', 'interest-free-platform'],
      ['FI-COSUB', 'interest-free-cosubsidy'],
    ]);
    expect(defaultPack.programs['FI-PLAT3'].merchantTerms.at(-1)).toEqual({
      metric: 'monthlyGmvFen',
      op: '>=',
      value: bundled.programs['FI-PLAT3'].minMonthlyGmvFen,
    });
    expect(defaultPack.programs['FI-COSUB'].productTerms).toEqual([
      { metric: 'product.nonVirtual', op: '=', value: true },
      { metric: 'product.priceFen', op: '>=', value: 10_000 },
    ]);
    expect(defaultPack.programs['FI-PLAT3'].subsidy).toEqual(
      bundled.installment.programs['FI-PLAT3'],
    );
    expect(campaign?.signupUrl).toBe(bundled.campaign.signupUrl);
  });
  it('a migrated pack re-read as format 2 judges the same', () => {
    const again = packOf(JSON.parse(JSON.stringify(defaultPack)));
    const request = { date: '2023-02-20', merchant, product };
    expect(report(request, again)).toEqual(report(request, defaultPack));
  });
});

describe('no-current-campaign over every installed campaign', () => {
  const library = combinePacks([defaultPack, examplePack]);
  const hintOn = (date: string) =>
    report({ date, product }, library).hints.find((h) => h.id === 'no-current-campaign')?.values;
  it('names the next campaign to open', () => {
    expect(hintOn('2026-11-20')).toMatchObject({ firstDay: '2026-12-01', phase: 'not-started' });
    expect(hintOn('2020-01-01')).toMatchObject({ campaign: defaultPack.campaigns[0]!.name });
  });
  it('else the last one to end', () => {
    expect(hintOn('2027-01-10')).toMatchObject({ lastDay: '2026-12-14', phase: 'ended' });
    // Between them the next to open wins over the last to end.
    expect(hintOn('2024-06-01')?.campaign).toBe(example.campaigns[0]!.name);
  });
  it('is not said for a pack with no campaign at all', () => {
    const empty = packOf({ ...example, name: 'none', campaigns: [] });
    expect(report({ date: '2026-12-08', product }, empty).hints.map((h) => h.id)).not.toContain(
      'no-current-campaign',
    );
  });
});
