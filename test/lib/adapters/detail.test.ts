import { beforeEach, describe, expect, it } from 'vitest';
import { readDetail } from '@/lib/adapters/detail';
import { loadFixture } from './fixture-page';

const URL = 'https://app.kwaixiaodian.com/web/kwaishop-goods-detail-page-app?id=25801234567822';

describe('detail adapter', () => {
  beforeEach(() => loadFixture('detail.html', { url: URL }));

  it('reads price, struck-through 原价, mark, ship time and the RENDERED label style', () => {
    const { itemId, product, priceProblem } = readDetail(document, URL);
    expect(itemId).toBe('25801234567822');
    expect(priceProblem).toBeNull();
    expect(product).toMatchObject({
      itemId: '25801234567822',
      title: '格力 云佳 1.5匹新一级能效变频冷暖空调 预售',
      priceFen: 299900,
      activityPriceFen: 299900,
      originalPriceFen: 459900,
    });
    expect(product.deposit).toMatchObject({
      hasMark: true,
      shipTimeStated: true,
      labelText: '意向金可抵200元',
      labelFontPx: 21,
      bodyFontPx: 14,
      amountFen: 10000,
      deductionFen: 20000,
      balanceFen: 279900,
    });
    expect(product.deposit?.labelColor?.toLowerCase()).toMatch(/#ff4500|rgb\(255, ?69, ?0\)/);
  });

  it('measures what is rendered: a stylesheet change is seen', () => {
    const style = document.createElement('style');
    style.textContent = '[class^="deposit-label--"] { color: #1677ff; font-size: 14px; }';
    document.head.append(style);
    const deposit = readDetail(document, URL).product.deposit;
    expect(deposit?.labelFontPx).toBe(14);
    expect(deposit?.labelColor?.toLowerCase()).toMatch(/#1677ff|rgb\(22, ?119, ?255\)/);
  });

  it('reports a missing mark and ship time as false, not as unknown', () => {
    document.querySelector('[aria-label="意向金专属标识"]')?.remove();
    const service = document.querySelector('[class^="service--"]');
    service?.firstElementChild?.remove();
    const deposit = readDetail(document, URL).product.deposit;
    expect(deposit?.hasMark).toBe(false);
    expect(deposit?.shipTimeStated).toBe(false);
  });

  it('has no deposit on a page that never mentions 意向金', () => {
    for (const element of Array.from(
      document.querySelectorAll(
        '[class^="deposit-box--"], [class^="exclusive-mark--"], [class^="bottom-bar--"]',
      ),
    ))
      element.remove();
    expect(readDetail(document, URL).product).not.toHaveProperty('deposit');
  });

  it('reads the renamed page alike', () => {
    const before = readDetail(document, URL).product;
    loadFixture('detail.html', { url: URL, renamed: true });
    expect(readDetail(document, URL).product).toEqual(before);
  });
});
