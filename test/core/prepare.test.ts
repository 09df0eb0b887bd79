import { describe, expect, it } from 'vitest';
import { defaultPack } from '@/core/pack';
import {
  evaluateIn,
  overlayProfile,
  prepareRequest,
  type EvaluationContext,
  type HistorySummary,
} from '@/core/prepare';

const recorded: HistorySummary = { lowFen: 800, highFen: 1500, count: 4 };
const enrich = (request: unknown, history: HistorySummary) =>
  prepareRequest(request, { pack: defaultPack }, history);

describe('overlayProfile', () => {
  it('lets each field the request states win, and keeps the stored one where it is null', () => {
    expect(overlayProfile({ dsr: 4.8, enterprise: true }, { dsr: 4.5, enterprise: null })).toEqual({
      dsr: 4.5,
      enterprise: true,
    });
  });

  it('leaves a malformed side as it is, for validation to name', () => {
    expect(overlayProfile({ dsr: 4.8 }, 'oops')).toBe('oops');
  });

  it('adds nothing when nothing is stored and nothing given', () => {
    expect(overlayProfile({}, undefined)).toBeUndefined();
    expect(overlayProfile({ sesameScore: null }, null)).toBeNull();
    expect(overlayProfile({ sesameScore: 600 }, undefined)).toEqual({ sesameScore: 600 });
  });
});

describe('prepareRequest: the history fill', () => {
  it('fills the recorded low, its count and source, and the high, when the page gave none', () => {
    const enriched = enrich({ product: { itemId: 'A', priceFen: 900 } }, recorded);
    expect(enriched).toEqual({
      product: {
        itemId: 'A',
        priceFen: 900,
        historicalLowFen: 800,
        historicalLowSource: 'history',
        historicalLowCount: 4,
        historicalHighFen: 1500,
      },
    });
  });

  it('keeps a low the page stated, and fills nothing without an item id or without records', () => {
    const stated = {
      itemId: 'A',
      historicalLowFen: 700,
      historicalLowSource: 'page',
      historicalHighFen: 2000,
    };
    expect(enrich({ product: stated }, recorded)).toEqual({ product: stated });
    expect(enrich({ product: { priceFen: 1 } }, recorded)).toEqual({
      product: { priceFen: 1 },
    });
    const none = { lowFen: null, highFen: null, count: 0 };
    expect(enrich({ product: { itemId: 'A' } }, none)).toEqual({
      product: { itemId: 'A' },
    });
  });

  it('with only activity prices recorded: no low, the high for D-ORIG, and their count', () => {
    const activityOnly = { lowFen: null, highFen: 299_900, count: 0, otherCount: 3 };
    expect(enrich({ product: { itemId: 'A' } }, activityOnly)).toEqual({
      product: { itemId: 'A', historicalActivityCount: 3, historicalHighFen: 299_900 },
    });
  });

  it('passes a request that is not an object through untouched', () => {
    expect(enrich([1, 2], recorded)).toEqual([1, 2]);
  });
});

describe('prepareRequest: day, scope and hidden checks', () => {
  const context: EvaluationContext = { pack: defaultPack, asOfDate: '2023-02-20' };

  it('keeps the request’s own day over the user’s “check as of” day; a forced day wins over both', () => {
    const own = evaluateIn({ date: '2023-03-01', merchant: {} }, context);
    expect(own.ok && own.report.date).toBe('2023-03-01');
    const asOf = evaluateIn({ merchant: {} }, context);
    expect(asOf.ok && asOf.report.date).toBe('2023-02-20');
    const forced = evaluateIn({ date: '2023-03-01' }, { ...context, forcedDate: '2023-01-05' });
    expect(forced.ok && forced.report.date).toBe('2023-01-05');
  });

  it('lists every program on the signup page unless the request says otherwise', () => {
    const signup = { ...context, pageKind: 'signup' as const };
    expect(prepareRequest({ product: {} }, signup)).toMatchObject({ programScope: 'all' });
    expect(prepareRequest({ programScope: 'current' }, signup)).toMatchObject({
      programScope: 'current',
    });
    expect(prepareRequest({ product: {} }, context)).not.toHaveProperty('programScope');
  });

  it('hides a hidden check together with the hint that only serves it', () => {
    const request = { date: '2023-02-20', product: { priceFen: 100, buyNowPayLater: true } };
    const shown = evaluateIn(request, context);
    expect(shown.ok && shown.report.hints.map((hint) => hint.id)).toContain('bnpl-buyer-scores');
    const hidden = evaluateIn(request, { ...context, hiddenChecks: ['C-BNPL'] });
    expect(hidden.ok && hidden.report.hints.map((hint) => hint.id)).not.toContain(
      'bnpl-buyer-scores',
    );
  });

  it('invents no input: a deposit without a balance leaves D-HIKE unknown (P4)', () => {
    const result = evaluateIn(
      {
        date: '2023-02-20',
        product: { priceFen: 29_900, deposit: { amountFen: 3_000, deductionFen: 5_000 } },
      },
      context,
    );
    const hike = result.ok ? result.report.checks.find((check) => check.id === 'D-HIKE') : null;
    expect(hike?.status).toBe('unknown');
  });
});
