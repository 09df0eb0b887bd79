import { describe, expect, it } from 'vitest';
import { readMerchantMetrics } from '@/lib/adapters/merchant-metrics';
import { loadFixture } from './fixture-page';

describe('merchant metrics', () => {
  it('reads the workbench cards as SPEC §9 merchant fields (rates as fractions, money in fen)', () => {
    loadFixture('workbench-home.html', { url: 'https://s.kwaixiaodian.com/zone/home' });
    expect(readMerchantMetrics(document.body)).toEqual({
      experienceScore: 4.62,
      onTimeShipRate30d: 0.965,
      disputeRate30d: 0.000002,
      violations90d: 0,
      monthlyGmvFen: 128_650_000,
      maxSessionGmvFen: 152_000_000,
      dsr: 4.81,
    });
  });

  it('returns only what the page shows', () => {
    loadFixture('workbench-home.html', {
      url: 'https://s.kwaixiaodian.com/zone/home',
      renamed: true,
    });
    for (const card of Array.from(document.querySelectorAll('[class^="metric-card--"]')).slice(1))
      card.remove();
    expect(readMerchantMetrics(document.body)).toEqual({ experienceScore: 4.62 });
  });

  it('ignores a value that is not a number (no NaN)', () => {
    loadFixture('workbench-home.html');
    const value = document.querySelector('[class^="metric-value--"]');
    if (value) value.textContent = '--';
    const metrics = readMerchantMetrics(document.body);
    expect(metrics).not.toHaveProperty('experienceScore');
    expect(JSON.stringify(metrics)).not.toContain('NaN');
  });
});
