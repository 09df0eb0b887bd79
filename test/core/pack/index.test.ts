import { describe, expect, it } from 'vitest';
import { campaignBaseline } from '@/core/rules/merchant';
import bundled from '@/core/pack/default-pack.json';
import { defaultPack, MAX_PACK_BYTES, parsePack } from '@/core/pack';
import { ruleIds } from '@/core/report';
import { variant, type PackJson } from './hostile-packs';

function issuePaths(json: unknown): string[] {
  const parsed = parsePack(json);
  return parsed.ok ? [] : parsed.issues.map((issue) => issue.path);
}

describe('the bundled pack holds the SPEC numbers', () => {
  it('is valid and names itself', () => {
    expect(parsePack(bundled).ok).toBe(true);
    expect(defaultPack.version).toMatch(/\S/);
    expect(defaultPack.name).toContain('2023年快手38节资金权益活动');
  });
  it('has a source for every rule ID', () => {
    for (const id of ruleIds) expect(defaultPack.sources[id]).toMatch(/^seed 00[04] §/);
  });
  it('has the §1–§8 numbers', () => {
    const p = defaultPack;
    // Format 1's shared baseline, migrated: terms every program of the campaign carries.
    expect(campaignBaseline(p.campaigns[0]!)).toEqual([
      { metric: 'experienceScore', op: '>=', value: 4.3 },
      { metric: 'violations90d', op: '<=', value: 0 },
      { metric: 'riskControlled', op: '=', value: false },
      { metric: 'onTimeShipRate30d', op: '>=', value: 0.9 },
      { metric: 'disputeRate30d', op: '<=', value: 0.000036 },
    ]);
    expect(p.programs['FI-PLAT3'].signup).toEqual({ from: '2023-02-15', to: '2023-03-14' });
    expect(p.programs['FI-COSUB'].active).toEqual({ from: '2023-02-20', to: '2023-03-10' });
    expect(p.programs['BNPL-SUB'].active).toEqual({ from: '2023-02-15', to: '2023-03-31' });
    expect(p.installment.feeRatesBp.consumer).toEqual({ 3: 230, 6: 450, 12: 750 });
    expect(p.programs['FI-COSUB'].subsidy).toEqual({
      periods: [3, 6],
      platformShareBp: 2000,
      platformCapFen: 10_000_000,
    });
    expect(p.depositAccess.tiers[1]).toEqual({
      minMonthlySalesFen: 50_000_000,
      minDsr: 4.8,
      certificate: '3C',
    });
    expect(p.deposit.ratioBp).toEqual({ min: 100, max: 2000 });
    expect(p.deposit.labelColour.hueDeg).toEqual({ min: 0, max: 30 });
    expect(p.depositFlow.forfeitServiceFeeBp).toBe(1500);
    expect(p.depositFlow.settlementDays).toEqual({ normal: 7, flagship: 3, 'cross-border': null });
    expect(p.history.lookbackDays).toBe(180);
    expect(p.depositAccess.reviewWorkingDays).toEqual({ min: 3, max: 7 });
  });
});

describe('parsePack rejects a bad pack, naming each bad field', () => {
  it.each([
    [
      'a swapped window',
      (p: PackJson) => (p.programs['FI-PLAT3'].signup = { from: '2023-03-15', to: '2023-02-15' }),
      'programs.FI-PLAT3.signup.from',
    ],
    [
      'a swapped band',
      (p: PackJson) => (p.deposit.ratioBp = { min: 2000, max: 100 }),
      'deposit.ratioBp.min',
    ],
    [
      'a fractional rate',
      (p: PackJson) => (p.installment.feeRatesBp.consumer['3'] = 2.3),
      'installment.feeRatesBp.consumer.3',
    ],
    [
      'a negative amount',
      (p: PackJson) => (p.depositAccess.minCategoryBondFen = -1),
      'depositAccess.minCategoryBondFen',
    ],
    [
      'a float fen',
      (p: PackJson) => (p.programs['FI-COSUB'].minSessionGmvFen = 99.5),
      'programs.FI-COSUB.minSessionGmvFen',
    ],
    [
      'an impossible day',
      (p: PackJson) => (p.programs['BNPL-SUB'].active.to = '2023-02-30'),
      'programs.BNPL-SUB.active.to',
    ],
    [
      'a swapped suggest band',
      (p: PackJson) => ((p.deposit.suggest.bands[0] ?? { toFen: 0 }).toFen = 0),
      'deposit.suggest.bands.0.fromFen',
    ],
    [
      'a swapped review range',
      (p: PackJson) => (p.depositAccess.reviewWorkingDays = { min: 8, max: 7 }),
      'depositAccess.reviewWorkingDays.min',
    ],
    [
      'an unknown certificate',
      (p: PackJson) => (p.depositAccess.tiers['2'].certificate = 'iso'),
      'depositAccess.tiers.2.certificate',
    ],
    [
      'a share above 100 %',
      (p: PackJson) => (p.installment.programs['FI-PLAT3'].platformShareBp = 10_001),
      'installment.programs.FI-PLAT3.platformShareBp',
    ],
  ])('%s', (_, edit, path) => {
    expect(issuePaths(variant(edit))).toContain(path);
  });
  it('lists every problem at once', () => {
    const paths = issuePaths(
      variant((p) => {
        p.version = '';
        p.history.lookbackDays = 0;
      }),
    );
    expect(paths).toEqual(expect.arrayContaining(['version', 'history.lookbackDays']));
  });
  it('rejects what is not a pack', () => {
    expect(issuePaths(null)).toEqual(['(root)']);
    expect(issuePaths({}).length).toBeGreaterThan(5);
  });
  it('accepts a wrapping hue range (red on both sides of 0°)', () => {
    expect(
      parsePack(variant((p) => (p.deposit.labelColour.hueDeg = { min: 340, max: 30 }))).ok,
    ).toBe(true);
  });
});

describe('sizes and sense (hostile or careless packs)', () => {
  it.each<[string, (pack: PackJson) => void, string]>([
    ['a 9.5 MB name', (p) => (p.name = 'x'.repeat(9_500_000)), '(root)'],
    ['a 201-character name', (p) => (p.name = 'x'.repeat(201)), 'name'],
    [
      '100 000 reminders',
      (p) =>
        (p.depositFlow.reminders = Array.from({ length: 100_000 }, () => ({
          channel: 'sms',
          anchor: 'deposit-paid',
          offsetHours: 1,
        }))),
      '(root)',
    ],
    [
      '21 reminders',
      (p) =>
        (p.depositFlow.reminders = Array.from({ length: 21 }, () => ({
          channel: 'sms',
          anchor: 'deposit-paid',
          offsetHours: 1,
        }))),
      'depositFlow.reminders',
    ],
    [
      'a fee rate of 1 000 000 bp',
      (p) => (p.installment.feeRatesBp.consumer[3] = 1_000_000),
      'installment.feeRatesBp.consumer.3',
    ],
    [
      'a fee rate of 10 001 bp',
      (p) => (p.installment.feeRatesBp.merchant[12] = 10_001),
      'installment.feeRatesBp.merchant.12',
    ],
    [
      'a sesame threshold of 1e308',
      (p) => (p.consumer.sesameScoreAbove = 1e308),
      'consumer.sesameScoreAbove',
    ],
    [
      'a WeChat Pay threshold of 851',
      (p) => (p.consumer.wechatPayScoreAbove = 851),
      'consumer.wechatPayScoreAbove',
    ],
    [
      'an experience score of 5.01',
      (p) => (p.merchant.minExperienceScore = 5.01),
      'merchant.minExperienceScore',
    ],
    ['a DSR of 6', (p) => (p.depositAccess.tiers[1].minDsr = 6), 'depositAccess.tiers.1.minDsr'],
    [
      'an active window ending before signup opens',
      (p) => {
        p.programs['BNPL-SUB'].signup = { from: '2023-04-01', to: '2023-04-10' };
        p.programs['BNPL-SUB'].active = { from: '2023-03-01', to: '2023-03-31' };
      },
      'programs.BNPL-SUB.signup.from',
    ],
    [
      'overlapping bands',
      (p) => (p.deposit.suggest.bands[1]!.fromFen = 19_999),
      'deposit.suggest.bands.1.fromFen',
    ],
    ['unsorted bands', (p) => p.deposit.suggest.bands.reverse(), 'deposit.suggest.bands.1.fromFen'],
    [
      'periods: []',
      (p) => (p.installment.programs['FI-PLAT3'].periods = []),
      'installment.programs.FI-PLAT3.periods',
    ],
    [
      'a period listed twice',
      (p) => (p.installment.programs['FI-COSUB'].periods = [3, 3]),
      'installment.programs.FI-COSUB.periods',
    ],
    [
      'a 100 % forfeit fee plus one',
      (p) => (p.depositFlow.forfeitServiceFeeBp = 10_001),
      'depositFlow.forfeitServiceFeeBp',
    ],
  ])('refuses %s, naming the field', (_, edit, path) => {
    expect(issuePaths(variant(edit))).toContain(path);
  });

  it('keeps what is right at the bounds', () => {
    const atBounds = variant((p) => {
      p.name = 'x'.repeat(200);
      p.installment.feeRatesBp.consumer[3] = 10_000;
      p.consumer.sesameScoreAbove = 950;
      p.merchant.minExperienceScore = 5;
      // Signup may open on the very day the active window ends.
      p.programs['BNPL-SUB'].signup = { from: '2023-03-31', to: '2023-03-31' };
      p.programs['BNPL-SUB'].active = { from: '2023-03-01', to: '2023-03-31' };
      // Touching bands are disjoint: `toFen` is exclusive.
      p.deposit.suggest.bands[1]!.fromFen = p.deposit.suggest.bands[0]!.toFen!;
      p.depositFlow.reminders = Array.from({ length: 20 }, () => ({
        channel: 'sms',
        anchor: 'deposit-paid',
        offsetHours: 1,
      }));
    });
    const parsed = parsePack(atBounds);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('refuses a pack above MAX_PACK_BYTES before validating it', () => {
    const big = variant((p) => (p.name = 'x'.repeat(MAX_PACK_BYTES)));
    const parsed = parsePack(big);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues).toEqual([{ path: '(root)', message: expect.stringContaining('KB') }]);
  });
});

describe('a pack written before a rule or a field existed (issue 17)', () => {
  it('stays valid without a source for a later rule: the bundled source stands in', () => {
    const parsed = parsePack(variant((p) => Reflect.deleteProperty(p.sources, 'D-LIVE')));
    expect(parsed.ok && parsed.value.sources['D-LIVE']).toBe(defaultPack.sources['D-LIVE']);
  });
  it('stays valid with a source or a field this release does not know', () => {
    const parsed = parsePack(
      variant((p) =>
        Object.assign(p, { sources: { ...p.sources, 'X-NEW': 'seed 009 §1' }, extra: 1 }),
      ),
    );
    expect(parsed.ok).toBe(true);
  });
});
