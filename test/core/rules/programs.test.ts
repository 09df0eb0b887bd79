import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from '@/core/pack';
import type { EvaluationRequest } from '@/core/request';
import { toTerm } from '@/core/rules/check';
import { merchantBaseline } from '@/core/rules/merchant';
import { campaignPhase, checkProgram } from '@/core/rules/programs';

const merchant = {
  experienceScore: 4.5,
  violations90d: 0,
  riskControlled: false,
  onTimeShipRate30d: 0.95,
  disputeRate30d: 0.00003,
  walletOpened: true,
  monthlyGmvFen: 10_000_000,
  maxSessionGmvFen: 100_000_000,
};
const product = { priceFen: 10_000, category: { virtual: false } };

function run(
  id: 'BNPL-SUB' | 'FI-PLAT3' | 'FI-COSUB',
  request: EvaluationRequest,
  day = '2023-02-20',
) {
  const baseline = merchantBaseline(request.merchant, pack).map(toTerm);
  return checkProgram(id, request, baseline, day, pack);
}

describe('phases: active wins when both windows hold, signup when only signup does', () => {
  it.each([
    ['BNPL-SUB', '2023-02-14', 'not-started'],
    ['BNPL-SUB', '2023-02-15', 'active'],
    ['BNPL-SUB', '2023-03-31', 'active'],
    ['BNPL-SUB', '2023-04-01', 'ended'],
    ['FI-PLAT3', '2023-02-14', 'not-started'],
    ['FI-PLAT3', '2023-02-15', 'signup'],
    ['FI-PLAT3', '2023-02-19', 'signup'],
    ['FI-PLAT3', '2023-02-20', 'active'],
    ['FI-PLAT3', '2023-03-15', 'active'],
    ['FI-PLAT3', '2023-03-16', 'ended'],
    ['FI-COSUB', '2023-02-19', 'signup'],
    ['FI-COSUB', '2023-03-10', 'active'],
    ['FI-COSUB', '2023-03-11', 'ended'],
  ] as const)('%s on %s → %s', (id, day, phase) => {
    expect(campaignPhase(day, pack.programs[id])).toBe(phase);
    const check = run(id, { merchant, product }, day);
    expect(check.phase).toBe(phase);
    const open = phase === 'active' || phase === 'signup';
    expect(check.status).toBe(open ? 'pass' : 'fail');
    expect(check.terms?.at(-1)?.id).toBe('window');
  });
});

describe('terms', () => {
  it('BNPL-SUB: baseline + wallet + window, no product terms', () => {
    const check = run('BNPL-SUB', { merchant, product });
    expect(check.terms?.map((term) => term.id)).toEqual([
      'M-EXP',
      'M-VIOL',
      'M-RISK',
      'M-SHIP',
      'M-DISP',
      'wallet',
      'window',
    ]);
    expect(check.source).toBe('seed 000 §3.1');
  });
  it('FI-PLAT3: monthly GMV and the product terms when a product is given', () => {
    expect(run('FI-PLAT3', { merchant, product }).terms?.map((term) => term.id)).toEqual([
      'M-EXP',
      'M-VIOL',
      'M-RISK',
      'M-SHIP',
      'M-DISP',
      'monthly-gmv',
      'non-virtual',
      'min-price',
      'window',
    ]);
    expect(run('FI-PLAT3', { merchant }).terms?.map((term) => term.id)).not.toContain('min-price');
  });
  it.each([
    ['FI-PLAT3', { monthlyGmvFen: 9_999_999 }, {}, 'fail', 'monthly-gmv'],
    ['FI-PLAT3', { monthlyGmvFen: 10_000_000 }, {}, 'pass', ''],
    ['FI-COSUB', { maxSessionGmvFen: 99_999_999 }, {}, 'fail', 'session-gmv'],
    ['FI-COSUB', { maxSessionGmvFen: 100_000_000 }, {}, 'pass', ''],
    ['FI-COSUB', {}, { priceFen: 9_999 }, 'fail', 'min-price'],
    ['FI-COSUB', {}, { priceFen: 10_000 }, 'pass', ''],
    ['FI-PLAT3', {}, { category: { virtual: true } }, 'fail', 'non-virtual'],
    ['FI-PLAT3', {}, { category: null }, 'unknown', ''],
    ['BNPL-SUB', { walletOpened: false }, {}, 'fail', 'wallet'],
    ['BNPL-SUB', { walletOpened: null }, {}, 'unknown', ''],
    ['BNPL-SUB', { experienceScore: 4.29 }, {}, 'fail', 'M-EXP'],
    ['FI-COSUB', { disputeRate30d: 0.0000361 }, {}, 'fail', 'M-DISP'],
  ] as const)('%s with %j / %j → %s', (id, merchantChange, productChange, status, failed) => {
    const check = run(id, {
      merchant: { ...merchant, ...merchantChange },
      product: { ...product, ...productChange },
    });
    expect(check.status).toBe(status);
    expect(check.values.failedTerms).toBe(failed);
  });
  it('fail beats unknown; unknown beats pass', () => {
    const both = run('BNPL-SUB', {
      merchant: { ...merchant, walletOpened: null, riskControlled: true },
    });
    expect(both.status).toBe('fail');
    // Terms in words, never their IDs: the failed term's own phrase, not the unknown wallet.
    expect(both.message.zh).toBe('先用后付补贴活动：不满足 风控商家，不可参加');
    expect(both.message.en).not.toMatch(/M-RISK|wallet\b/);
    const unknown = run('BNPL-SUB', {});
    expect(unknown.status).toBe('unknown');
    expect(unknown.message.zh).toContain(
      '缺少 购物体验分、近90天违规记录、风控商家、近30天及时发货率、近30天商责纠纷率、安心钱包 的信息',
    );
    expect(unknown.message.en).toContain(
      'missing Shopping-experience score, Violations, last 90 days, Risk-controlled merchant, On-time shipping, 30 days, Merchant-caused disputes, 30 days, Wallet (安心钱包)',
    );
  });
  it('names failed terms in words: the window by its phase, the others by their own phrase', () => {
    const ended = run('BNPL-SUB', { merchant: { ...merchant, walletOpened: false } }, '2023-04-01');
    expect(ended.values.failedTerms).toBe('wallet,window');
    expect(ended.message.zh).toBe('先用后付补贴活动：不满足 未开通安心钱包；活动时间（已结束）');
    expect(ended.message.en).toBe(
      `${pack.programs['BNPL-SUB'].title.en}: not met — Wallet (安心钱包) not opened; Campaign window (ended)`,
    );
    const gmv = run('FI-PLAT3', { merchant: { ...merchant, monthlyGmvFen: 8_000_000 }, product });
    expect(gmv.message.zh).toBe('瓜分千万分期免息额度：不满足 月GMV ¥80,000.00 低于 ¥100,000.00');
  });
  it('the activity price is the item price when shown', () => {
    const check = run('FI-PLAT3', {
      merchant,
      product: { ...product, priceFen: 20_000, activityPriceFen: 9_999 },
    });
    expect(check.status).toBe('fail');
    expect(check.values.failedTerms).toBe('min-price');
  });
});
