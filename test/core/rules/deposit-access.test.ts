import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from '@/core/pack';
import type { Merchant } from '@/core/request';
import {
  checkCategoryBond,
  checkEnterprise,
  checkLicence,
  checkTier,
} from '@/core/rules/deposit-access';

describe('D-ENT enterprise-certified', () => {
  it.each([
    [true, 'pass'],
    [false, 'fail'],
    [null, 'unknown'],
  ] as const)('%s → %s', (enterprise, status) => {
    expect(checkEnterprise({ enterprise }, pack).status).toBe(status);
  });
});

describe('D-BOND category bond ≥ 20 000 元', () => {
  it.each([
    [1_999_999, 'fail'],
    [2_000_000, 'pass'],
    [2_000_001, 'pass'],
    [null, 'unknown'],
  ] as const)('%s fen → %s', (categoryBondFen, status) => {
    const check = checkCategoryBond({ categoryBondFen }, pack);
    expect(check.status).toBe(status);
    expect(check.values.minCategoryBondFen).toBe(2_000_000);
  });
  it('names both amounts', () => {
    expect(checkCategoryBond({ categoryBondFen: 1_999_999 }, pack).message.zh).toBe(
      '类目保证金 ¥19,999.99 低于 ¥20,000.00',
    );
  });
});

describe('D-LIC only for food / medical', () => {
  it.each([
    ['food', ['licence'], 'pass'],
    ['medical', ['licence', '3C'], 'pass'],
    ['food', [], 'fail'],
    ['medical', ['3C'], 'fail'],
    ['food', null, 'unknown'],
  ] as const)('%s with %j → %s', (kind, certificates, status) => {
    const merchant = { certificates: certificates === null ? null : [...certificates] };
    expect(checkLicence({ kind }, merchant, pack)?.status).toBe(status);
  });
  it('is left out for other kinds', () => {
    expect(checkLicence({ kind: 'apparel' }, { certificates: [] }, pack)).toBeNull();
    expect(checkLicence({ kind: 'appliance' }, {}, pack)).toBeNull();
  });
  it('is unknown when the kind is unknown (the licence might be needed)', () => {
    expect(checkLicence(null, { certificates: ['licence'] }, pack)?.status).toBe('unknown');
  });
});

describe('D-TIER1 level 1: sales ≥ 500 000 元, DSR ≥ 4.8, 3C', () => {
  const good = { monthlySalesFen: 50_000_000, dsr: 4.8, certificates: ['3C'] };
  it.each([
    [{}, 'pass'],
    [{ monthlySalesFen: 49_999_999 }, 'fail'],
    [{ monthlySalesFen: 50_000_001 }, 'pass'],
    [{ dsr: 4.79 }, 'fail'],
    [{ dsr: 4.81 }, 'pass'],
    [{ certificates: ['quality-report'] }, 'fail'],
    [{ certificates: null }, 'unknown'],
    [{ dsr: null }, 'unknown'],
    [{ dsr: null, monthlySalesFen: 1 }, 'fail'],
  ] as const)('%j → %s', (change, status) => {
    const check = checkTier(1, { ...good, ...change } as Merchant, pack);
    expect(check.id).toBe('D-TIER1');
    expect(check.status).toBe(status);
    expect(check.terms?.map((term) => term.id)).toEqual(['monthly-sales', 'dsr', 'certificate']);
  });
  it('names values and thresholds', () => {
    const check = checkTier(1, { ...good, dsr: 4.79 }, pack);
    expect(check.message.zh).toContain('DSR 4.79（需 ≥ 4.8）');
    expect(check.values).toMatchObject({ minMonthlySalesFen: 50_000_000, minDsr: 4.8 });
  });
});

describe('D-TIER2 level 2: sales ≥ 200 000 元, DSR ≥ 4.6, quality report', () => {
  const good = { monthlySalesFen: 20_000_000, dsr: 4.6, certificates: ['quality-report'] };
  it.each([
    [{}, 'pass'],
    [{ monthlySalesFen: 19_999_999 }, 'fail'],
    [{ dsr: 4.59 }, 'fail'],
    [{ dsr: 4.61 }, 'pass'],
    [{ certificates: ['3C'] }, 'fail'],
  ] as const)('%j → %s', (change, status) => {
    const check = checkTier(2, { ...good, ...change } as Merchant, pack);
    expect(check.id).toBe('D-TIER2');
    expect(check.status).toBe(status);
  });
  it('is unknown with no merchant', () => {
    expect(checkTier(2, undefined, pack).status).toBe('unknown');
  });
});
