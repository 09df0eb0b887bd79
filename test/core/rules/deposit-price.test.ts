import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from '@/core/pack';
import {
  checkBelowHistoricalLow,
  checkHiddenPriceRise,
  checkOriginalPrice,
} from '@/core/rules/deposit-price';

describe('D-LOW90 activity price ≤ 90 % of the historical low', () => {
  it.each([
    [89_999, 'pass'],
    [90_000, 'pass'],
    [90_001, 'fail'],
  ] as const)('%s fen on a 100 000 fen low → %s', (activityPriceFen, status) => {
    const check = checkBelowHistoricalLow(
      { priceFen: 200_000, activityPriceFen, historicalLowFen: 100_000 },
      pack,
    );
    expect(check.status).toBe(status);
    expect(check.values).toMatchObject({ limitFen: 90_000, maxOfHistoricalLowBp: 9000 });
  });
  it('is exact where 90 % is not a whole fen: 9 × 11 111 = 99 999 → limit 9 999.9', () => {
    expect(
      checkBelowHistoricalLow({ priceFen: 9_999, historicalLowFen: 11_111 }, pack).status,
    ).toBe('pass');
    expect(
      checkBelowHistoricalLow({ priceFen: 10_000, historicalLowFen: 11_111 }, pack).status,
    ).toBe('fail');
  });
  it('names the source of the low', () => {
    const check = checkBelowHistoricalLow(
      {
        priceFen: 1,
        historicalLowFen: 100,
        historicalLowSource: 'history',
        historicalLowCount: 12,
      },
      pack,
    );
    expect(check.message.zh).toContain('本地记录');
    expect(check.values.historicalLowCount).toBe(12);
  });
  it('with only activity prices recorded, is unknown and says where to see the ordinary price', () => {
    const check = checkBelowHistoricalLow(
      { priceFen: 299_900, activityPriceFen: 299_900, historicalActivityCount: 3 },
      pack,
    );
    expect(check.status).toBe('unknown');
    expect(check.message.zh).toContain('只记录到该商品的活动价（3 次），尚未见过其日常售价');
    expect(check.message.zh).toContain('请打开商品列表或该商品的普通详情页');
    expect(check.message.en).toContain('not its ordinary price yet');
    expect(check.message.en).toContain('To fix: open the goods list');
    expect(check.values.historicalActivityCount).toBe(3);
  });
  it('with nothing recorded, says the ordinary price has not been seen', () => {
    const check = checkBelowHistoricalLow({ priceFen: 100 }, pack);
    expect(check.message.zh).toContain('尚未见过该商品的日常售价');
    expect(check.message.en).toContain('ordinary price has not been seen yet');
  });
  it('is unknown without a history', () => {
    expect(checkBelowHistoricalLow({ priceFen: 100 }, pack).status).toBe('unknown');
    expect(checkBelowHistoricalLow({ historicalLowFen: 100 }, pack).status).toBe('unknown');
  });
});

describe('D-HIKE deposit + balance ≤ normal price', () => {
  it.each([
    [10_000, 89_999, 'pass'],
    [10_000, 90_000, 'pass'],
    [10_000, 90_001, 'fail'],
  ] as const)('%s + %s on 100 000 → %s', (amountFen, balanceFen, status) => {
    const check = checkHiddenPriceRise(
      { priceFen: 100_000, deposit: { amountFen, balanceFen } },
      pack,
    );
    expect(check.status).toBe(status);
    expect(check.values.finalPriceFen).toBe(amountFen + balanceFen);
  });
  it('is unknown without the balance or the normal price', () => {
    expect(checkHiddenPriceRise({ priceFen: 1, deposit: { amountFen: 1 } }, pack).status).toBe(
      'unknown',
    );
    expect(checkHiddenPriceRise({ deposit: { amountFen: 1, balanceFen: 1 } }, pack).status).toBe(
      'unknown',
    );
  });
});

describe('D-ORIG struck-through price not above any price ever seen (warn)', () => {
  it.each([
    [199_999, 200_000, 'pass'],
    [200_000, 200_000, 'pass'],
    [200_001, 200_000, 'warn'],
  ] as const)(
    'original %s vs recorded high %s → %s',
    (originalPriceFen, historicalHighFen, status) => {
      const check = checkOriginalPrice(
        { priceFen: 150_000, originalPriceFen, historicalHighFen },
        pack,
      );
      expect(check.status).toBe(status);
    },
  );
  it('counts the prices on the page as seen', () => {
    expect(checkOriginalPrice({ priceFen: 150_000, originalPriceFen: 150_000 }, pack).status).toBe(
      'pass',
    );
  });
  it('is unknown above the page prices when there is no history', () => {
    const check = checkOriginalPrice({ priceFen: 150_000, originalPriceFen: 150_001 }, pack);
    expect(check.status).toBe('unknown');
    expect(check.values.observedHighFen).toBe(150_000);
  });
});
