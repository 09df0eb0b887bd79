import { describe, expect, it } from 'vitest';
import specExample from '@/examples/spec-example.json';
import bundled from '@/core/pack/default-pack.json';
import { evaluate } from '@/core/evaluate';
import { parsePack } from '@/core/pack';
import type { Report } from '@/core/report';

function report(input: unknown, options?: Parameters<typeof evaluate>[1]): Report {
  const result = evaluate(input, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.report;
}

const statuses = (r: Report) =>
  Object.fromEntries(r.checks.map((check) => [check.id, check.status]));

describe('the SPEC §9 example request', () => {
  const r = report(specExample);

  it('gets the verdicts SPEC implies (worked by hand)', () => {
    expect(statuses(r)).toEqual({
      'M-EXP': 'pass', // 4.5 ≥ 4.3
      'M-VIOL': 'pass', // 0
      'M-RISK': 'pass', // false
      'M-SHIP': 'pass', // 95 % ≥ 90 %
      'M-DISP': 'pass', // 0.3‱ ≤ 0.36‱
      'BNPL-SUB': 'pass', // wallet opened; 2023-02-20 in 02-15…03-31
      'FI-PLAT3': 'pass', // 月GMV ¥120 000 ≥ ¥100 000; ¥999 ≥ ¥100; non-virtual; active from 02-20
      'FI-COSUB': 'pass', // 单场 ¥1 500 000 ≥ ¥1 000 000; active from 02-20
      'C-BNPL': 'pass', // 芝麻 560 > 550
      'D-ENT': 'pass',
      'D-BOND': 'pass', // ¥20 000 ≥ ¥20 000
      'D-TIER1': 'pass', // 家电 level 1: ¥600 000 ≥ ¥500 000, DSR 4.8 ≥ 4.8, 3C
      'D-RATIO': 'pass', // ¥100 ÷ ¥999 = 10.01 %
      'D-LOW90': 'pass', // ¥999 ≤ 90 % × ¥1 120 = ¥1 008
      'D-LABEL-TEXT': 'pass', // 可抵200元 = deduction ¥200
      'D-HIKE': 'pass', // ¥100 + ¥799 = ¥899 ≤ ¥1 299
      'D-STOCK': 'pass', // 300 ≥ 20 % × 1 000
      'D-CAP': 'pass', // 1 000 ≤ 120 % × 900 = 1 080
      'D-SHIPTIME': 'pass',
      'D-MARK': 'pass',
      'D-STYLE': 'pass', // #FF4500 hue 16°, 21 px = 150 % × 14 px
      'D-SUGGEST': 'pass', // ¥999 in the ¥200–¥1 000 band: 8–12 %, 10.01 %
      'D-ORIG': 'unknown', // ¥1 999 above every page price and no recorded high to compare
      'D-LIVE': 'pass', // explaining
    });
    expect(r.checks.some((check) => check.id === 'D-LIC')).toBe(false); // appliance
    expect(r.summary).toEqual({ pass: 23, fail: 0, warn: 0, unknown: 1 });
    expect(r.date).toBe('2023-02-20');
  });

  it('plans the FI-COSUB installment on the activity price', () => {
    // ¥999 × 4.5 % = ¥44.955 → ¥44.96; platform 20 % = ¥8.992 → ¥8.99; merchant ¥35.97.
    expect(r.installment).toMatchObject({
      priceFen: 99_900,
      periods: 6,
      program: 'FI-COSUB',
      feeFen: 4_496,
      platformFeeFen: 899,
      merchantFeeFen: 3_597,
      instalmentsFen: [16_650, 16_650, 16_650, 16_650, 16_650, 16_650],
      dailyFen: 555,
    });
  });

  it('gives the hints that bear on it', () => {
    expect(r.hints.map((hint) => hint.id)).toEqual([
      'review-time',
      'fresh-seal',
      'forfeit',
      'reminders',
      'settlement',
      'cosubsidy-remaining',
      'bnpl-pairing',
      'signup-entry',
    ]);
    const review = r.hints[0];
    // 2023-02-20 is a Monday: 3 working days → Thu 02-23, 7 → Wed 03-01.
    expect(review?.values).toMatchObject({ fromDay: '2023-02-23', toDay: '2023-03-01' });
    expect(r.hints.find((hint) => hint.id === 'forfeit')?.values?.netFen).toBe(8_500);
    expect(r.hints.find((hint) => hint.id === 'signup-entry')?.message.zh).toContain(
      's.kwaixiaodian.com/zone/business-invitation/business/singleList?id=1119',
    );
  });

  it('every check carries values, both languages and a source', () => {
    for (const check of r.checks) {
      expect(check.message.zh.length).toBeGreaterThan(2);
      expect(check.message.en.length).toBeGreaterThan(2);
      expect(check.source).toMatch(/^seed 00[04] §/);
      for (const key of Object.keys(check.values)) {
        if (/fen/i.test(key)) expect(key.endsWith('Fen')).toBe(true);
      }
    }
  });
});

describe('which checks appear', () => {
  const ids = (input: unknown) => report(input).checks.map((check) => check.id);

  it('M-* and the programs always; nothing else for an empty request', () => {
    expect(ids({ date: '2023-02-20' })).toEqual([
      'M-EXP',
      'M-VIOL',
      'M-RISK',
      'M-SHIP',
      'M-DISP',
      'BNPL-SUB',
      'FI-PLAT3',
      'FI-COSUB',
    ]);
    expect(statuses(report({ date: '2023-02-20' }))).toMatchObject({
      'M-EXP': 'unknown',
      'BNPL-SUB': 'unknown',
    });
  });
  it('programs fail once the campaign has ended', () => {
    expect(statuses(report({ date: '2023-04-01' }))['BNPL-SUB']).toBe('fail');
  });
  it('C-BNPL only with a consumer', () => {
    expect(ids({ consumer: {} })).toContain('C-BNPL');
    expect(ids({})).not.toContain('C-BNPL');
  });
  it('§5 from the merchant main category when there is no product', () => {
    const merchant = { mainCategory: { level: 2, kind: 'apparel' } };
    expect(ids({ merchant })).toEqual(expect.arrayContaining(['D-ENT', 'D-BOND', 'D-TIER2']));
    expect(ids({ merchant })).not.toContain('D-TIER1');
    expect(ids({ merchant })).not.toContain('D-LIC');
    expect(ids({ merchant })).not.toContain('D-RATIO');
  });
  it('no §5 or §6 for a product without a deposit, even with a main category', () => {
    const list = ids({ merchant: { mainCategory: { level: 1 } }, product: { priceFen: 100 } });
    expect(list.filter((id) => id.startsWith('D-'))).toEqual([]);
  });
  it('the product category beats the main category', () => {
    const list = ids({
      merchant: { mainCategory: { level: 1, kind: 'appliance' } },
      product: { category: { level: 2, kind: 'food' }, deposit: {} },
    });
    expect(list).toEqual(expect.arrayContaining(['D-LIC', 'D-TIER2']));
    expect(list).not.toContain('D-TIER1');
  });
  it('an unknown category level reports both tiers unknown; an unknown kind, D-LIC unknown', () => {
    const r = report({ product: { deposit: {} } });
    expect(statuses(r)).toMatchObject({
      'D-LIC': 'unknown',
      'D-TIER1': 'unknown',
      'D-TIER2': 'unknown',
    });
  });
  it('D-ORIG only with an original price, D-LIVE only with product.live', () => {
    const list = ids({ product: { priceFen: 10_000, deposit: { amountFen: 1_000 } } });
    expect(list).not.toContain('D-ORIG');
    expect(list).not.toContain('D-LIVE');
    expect(list).toContain('D-SUGGEST');
  });
  it('D-SUGGEST left out from ¥1 000 for a category with no range', () => {
    expect(ids({ product: { priceFen: 100_000, deposit: { amountFen: 1_000 } } })).not.toContain(
      'D-SUGGEST',
    );
  });
  it('a beauty deposit item gets the 15-day hold hint', () => {
    const r = report({ product: { category: { kind: 'beauty' }, deposit: { amountFen: 5_000 } } });
    expect(r.hints.find((hint) => hint.id === 'beauty-hold')?.values).toEqual({ holdDays: 15 });
    expect(r.hints.find((hint) => hint.id === 'forfeit')?.values?.netFen).toBe(4_250);
  });
});

describe('options and defaults', () => {
  it('the day defaults to today in Shanghai', () => {
    // 16:30 UTC on 02-19 is 00:30 on 02-20 in Shanghai.
    expect(report({}, { now: new Date('2023-02-19T16:30:00Z') }).date).toBe('2023-02-20');
    expect(report({ date: '2023-03-01' }, { now: new Date('2023-02-19T16:30:00Z') }).date).toBe(
      '2023-03-01',
    );
  });
  it('another pack changes the thresholds', () => {
    const stricter = structuredClone(bundled);
    stricter.merchant.minExperienceScore = 4.6;
    const parsed = parsePack(stricter);
    if (!parsed.ok) throw new Error('pack');
    expect(statuses(report(specExample, { pack: parsed.value }))['M-EXP']).toBe('fail');
  });
  it('fee-rate overrides reach the plan', () => {
    const input = { product: { priceFen: 100_000, installment: { periods: 3 } } };
    expect(report(input).installment?.feeFen).toBe(2_300);
    expect(
      report(input, { feeRatesBp: { consumer: { 3: 0, 6: 0, 12: 0 } } }).installment?.feeFen,
    ).toBe(0);
  });
  it('a merchant-set 免息 outside the activities is charged the normal rate (hint)', () => {
    const r = report({
      product: { priceFen: 100_000, installment: { periods: 3, payer: 'merchant' } },
    });
    // The merchant-borne default 3-period rate is 1.8 % (SPEC §4).
    expect(r.hints.find((hint) => hint.id === 'installment-normal-rate')?.values).toEqual({
      rateBp: 180,
      merchantFeeFen: 1_800,
    });
  });
  it('FI-COSUB at 12 periods says it is not covered', () => {
    const r = report({
      product: { priceFen: 100_000, installment: { periods: 12, program: 'FI-COSUB' } },
    });
    expect(r.hints.map((hint) => hint.id)).toContain('installment-not-covered');
    expect(r.installment?.merchantFeeFen).toBe(7_500);
  });
});

describe('invalid requests get field paths, never a partial report', () => {
  it.each([
    [{ product: { deposit: { amountFen: 99.5 } } }, 'product.deposit.amountFen'],
    [{ date: '2023-02-30' }, 'date'],
    [{ merchant: { onTimeShipRate30d: 1.5 } }, 'merchant.onTimeShipRate30d'],
    [{ product: { installment: { periods: 4 } } }, 'product.installment.periods'],
    [{ merchant: { shopType: 'kiosk' } }, 'merchant.shopType'],
    ['not an object', '(root)'],
  ])('%j → %s', (input, path) => {
    const result = evaluate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain(path);
    expect('report' in result).toBe(false);
  });
  it('says "whole fen" for a fractional amount', () => {
    const result = evaluate({ product: { deposit: { amountFen: 99.5 } } });
    expect(result.ok ? '' : result.issues[0]?.message).toMatch(/whole fen/);
  });
});

it('shared memoised parts of one report cannot leak into the next', () => {
  const first = report(specExample);
  const window = first.checks.find((check) => check.id === 'BNPL-SUB')?.terms?.at(-1);
  expect(() => {
    if (window) window.values.phase = 'ended';
  }).toThrow();
  expect(report(specExample).checks.find((check) => check.id === 'BNPL-SUB')?.phase).toBe('active');
});

describe('campaign time: which programs a report carries (SPEC §2)', () => {
  const merchant = specExample.merchant;
  const product = { itemId: '1', priceFen: 50_000, category: { virtual: false } };
  const ids = (r: Report) => r.checks.map((check) => check.id);
  const programs = ['BNPL-SUB', 'FI-PLAT3', 'FI-COSUB'];
  const baseline = ['M-EXP', 'M-VIOL', 'M-RISK', 'M-SHIP', 'M-DISP'];

  it.each([
    ['2023-02-14', []], // the day before any window opens
    ['2023-02-15', programs], // signup opens for all three
    ['2023-03-09', programs], // FI-COSUB signup's last day
    ['2023-03-10', programs], // FI-COSUB active's last day
    ['2023-03-11', ['BNPL-SUB', 'FI-PLAT3']],
    ['2023-03-15', ['BNPL-SUB', 'FI-PLAT3']], // FI-PLAT3 active's last day
    ['2023-03-16', ['BNPL-SUB']],
    ['2023-03-31', ['BNPL-SUB']], // BNPL-SUB active's last day
    ['2023-04-01', []],
    ['2026-12-01', []], // today
  ])('an item on %s carries %j', (date, expected) => {
    const r = report({ date, merchant, product });
    expect(ids(r).filter((id) => programs.includes(id))).toEqual(expected);
    // M-* only beside a current program; otherwise the hint says why nothing is there.
    expect(ids(r).filter((id) => id.startsWith('M-'))).toEqual(expected.length ? baseline : []);
    const hint = r.hints.find((h) => h.id === 'no-current-campaign');
    expect(hint !== undefined).toBe(expected.length === 0);
  });

  it('today an item with nothing wrong is not red: no program can colour its verdict', () => {
    const r = report({ date: '2026-12-01', product });
    expect(r.summary.fail).toBe(0);
    expect(r.hints.find((h) => h.id === 'no-current-campaign')?.values?.lastDay).toBe('2023-03-31');
  });

  it('without a product every program is listed with its phase, and fails outside its windows', () => {
    const r = report({ date: '2026-12-01', merchant });
    // (the merchant's main category adds the 意向金 access checks D-*)
    expect(ids(r).filter((id) => !id.startsWith('D-'))).toEqual([...baseline, ...programs]);
    for (const check of r.checks.filter((c) => programs.includes(c.id))) {
      expect(check.status).toBe('fail');
      expect(check.phase).toBe('ended');
    }
    expect(r.hints.some((h) => h.id === 'no-current-campaign')).toBe(false);
  });

  it('programScope overrides: all with a product, current without one', () => {
    const all = report({ date: '2026-12-01', merchant, product, programScope: 'all' });
    expect(ids(all).filter((id) => programs.includes(id))).toEqual(programs);
    const current = report({ date: '2026-12-01', merchant, programScope: 'current' });
    expect(ids(current).filter((id) => !id.startsWith('D-'))).toEqual([]);
    expect(current.hints.some((h) => h.id === 'no-current-campaign')).toBe(true);
  });

  it('the plan gets a program share only inside its active window', () => {
    const choice = { periods: 6 as const, program: 'FI-COSUB' as const };
    const on = report({ date: '2023-02-21', product: { priceFen: 100_000, installment: choice } });
    expect(on.installment).toMatchObject({ program: 'FI-COSUB', platformFeeFen: 900 });
    const off = report({ date: '2026-12-01', product: { priceFen: 100_000, installment: choice } });
    expect(off.installment).toMatchObject({
      program: null,
      programNote: 'not-running',
      platformFeeFen: 0,
      merchantFeeFen: 4_500,
    });
    expect(off.hints.map((h) => h.id)).toContain('installment-not-running');
  });

  it('the "check as of" day stands in for today, and the request date beats it', () => {
    expect(report({ product }, { day: '2023-02-21' }).date).toBe('2023-02-21');
    expect(report({ date: '2023-03-01', product }, { day: '2023-02-21' }).date).toBe('2023-03-01');
  });
});

describe('facts the page reports, decided here (SPEC §3)', () => {
  it('a 先用后付 item without buyer scores gets the hint, not an unknown C-BNPL', () => {
    const r = report({ date: '2026-12-01', product: { priceFen: 100, buyNowPayLater: true } });
    expect(r.checks.some((check) => check.id === 'C-BNPL')).toBe(false);
    expect(r.hints.map((h) => h.id)).toEqual(
      expect.arrayContaining(['bnpl-buyer-scores', 'bnpl-pairing']),
    );
  });
  it('with the user’s own buyer scores C-BNPL is checked', () => {
    const r = report({
      product: { priceFen: 100, buyNowPayLater: true },
      consumer: { sesameScore: 551 },
    });
    expect(r.checks.find((check) => check.id === 'C-BNPL')?.status).toBe('pass');
    expect(r.hints.some((h) => h.id === 'bnpl-buyer-scores')).toBe(false);
  });
  it('off air D-LIVE does not apply; on air or unknown it does', () => {
    const deposit = { amountFen: 1_000 };
    const live = (onAir: boolean | null) =>
      report({ product: { priceFen: 10_000, deposit, live: { explaining: false, onAir } } });
    expect(live(false).checks.some((check) => check.id === 'D-LIVE')).toBe(false);
    expect(live(true).checks.find((check) => check.id === 'D-LIVE')?.status).toBe('warn');
    expect(live(null).checks.find((check) => check.id === 'D-LIVE')?.status).toBe('warn');
  });
  it('an unreadable price becomes a hint naming the text', () => {
    const r = report({
      product: { unreadable: [{ field: 'price', text: '价格待定', reason: 'not a price' }] },
    });
    expect(r.hints.find((h) => h.id === 'price-unreadable')?.values).toMatchObject({
      text: '价格待定',
    });
  });
  it('a stated signup window is counted by the core', () => {
    const r = report({
      date: '2023-03-09',
      activity: { signupWindow: { from: '2023-02-15', to: '2023-03-09' } },
    });
    expect(r.hints.find((h) => h.id === 'signup-window')?.message.zh).toContain('今天截止');
  });
  it('every unknown says where to give the missing input', () => {
    const r = report({ date: '2023-02-21', product: { deposit: {}, itemId: '1' } });
    const unknowns = r.checks.filter((check) => check.status === 'unknown');
    expect(unknowns.length).toBeGreaterThan(10);
    for (const check of unknowns) {
      expect(check.action, check.id).toBeTruthy();
      expect(check.message.zh, check.id).toMatch(/。请/);
      expect(check.message.en, check.id).toMatch(/To fix:/);
    }
    expect(r.checks.find((check) => check.id === 'M-EXP')?.message.zh).toContain('存入');
    expect(r.checks.find((check) => check.id === 'D-STYLE')?.action).toBe('detail');
    expect(r.checks.find((check) => check.id === 'D-LOW90')?.action).toBe('history');
  });
});
