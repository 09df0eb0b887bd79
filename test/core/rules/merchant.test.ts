import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from '@/core/pack';
import {
  checkDisputeRate,
  checkExperienceScore,
  checkOnTimeShipping,
  checkRiskControl,
  checkViolations,
  merchantBaseline,
} from '@/core/rules/merchant';

describe('M-EXP 购物体验分 ≥ 4.3', () => {
  it.each([
    [4.29, 'fail'],
    [4.3, 'pass'],
    [4.31, 'pass'],
    [0, 'fail'],
  ] as const)('%s → %s', (experienceScore, status) => {
    const check = checkExperienceScore({ experienceScore }, pack);
    expect(check.status).toBe(status);
    expect(check.values).toEqual({ experienceScore, minExperienceScore: 4.3 });
    expect(check.message.zh).toContain(String(experienceScore));
    expect(check.message.en).toContain('4.3');
    expect(check.source).toBe('seed 000 §3');
  });
  it('is unknown without a merchant or a score', () => {
    expect(checkExperienceScore(undefined, pack).status).toBe('unknown');
    expect(checkExperienceScore({ experienceScore: null }, pack).status).toBe('unknown');
  });
});

describe('M-VIOL no related violation in 90 days', () => {
  it.each([
    [0, 'pass'],
    [1, 'fail'],
    [null, 'unknown'],
  ] as const)('%s → %s', (violations90d, status) => {
    expect(checkViolations({ violations90d }, pack).status).toBe(status);
  });
});

describe('M-RISK not risk-controlled', () => {
  it.each([
    [false, 'pass'],
    [true, 'fail'],
    [null, 'unknown'],
  ] as const)('%s → %s', (riskControlled, status) => {
    expect(checkRiskControl({ riskControlled }, pack).status).toBe(status);
  });
});

describe('M-SHIP on-time shipping ≥ 90 %', () => {
  it.each([
    [0.8999, 'fail'],
    [0.9, 'pass'],
    [0.9001, 'pass'],
    [1, 'pass'],
  ] as const)('%s → %s', (onTimeShipRate30d, status) => {
    const check = checkOnTimeShipping({ onTimeShipRate30d }, pack);
    expect(check.status).toBe(status);
    expect(check.values.minOnTimeShipRatePpm).toBe(900_000);
    expect(check.message.zh).toContain('90%');
  });
  it('is unknown without the rate', () => {
    expect(checkOnTimeShipping({}, pack).status).toBe('unknown');
  });
});

describe('M-DISP dispute rate ≤ 0.36‱, exact at the boundary', () => {
  it.each([
    [0.0000359, 'pass'],
    [0.000036, 'pass'],
    [3.6e-5, 'pass'],
    [0.0000361, 'fail'],
    [0.00003600001, 'fail'],
    [0, 'pass'],
  ] as const)('%s → %s', (disputeRate30d, status) => {
    const check = checkDisputeRate({ disputeRate30d }, pack);
    expect(check.status).toBe(status);
    expect(check.values).toEqual({ disputeRate30d, maxDisputeRatePpm: 36 });
  });
  it('names the rate and the threshold in ‱', () => {
    const check = checkDisputeRate({ disputeRate30d: 0.00003 }, pack);
    expect(check.message.zh).toBe('近30天商责纠纷率 0.3‱ ≤ 0.36‱');
    expect(check.message.en).toContain('0.36‱');
  });
  it('is unknown without the rate', () => {
    expect(checkDisputeRate(null, pack).status).toBe('unknown');
  });
});

it('the baseline is the five checks in SPEC order', () => {
  expect(merchantBaseline(undefined, pack).map((check) => [check.id, check.status])).toEqual([
    ['M-EXP', 'unknown'],
    ['M-VIOL', 'unknown'],
    ['M-RISK', 'unknown'],
    ['M-SHIP', 'unknown'],
    ['M-DISP', 'unknown'],
  ]);
});
