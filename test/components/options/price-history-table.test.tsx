import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { PriceHistoryTable } from '@/components/options/price-history-table';
import { sendMessage } from '@/lib/messaging';
import { click, field, textOf, type } from '../popup/helpers';
import { buttonNamed, captureDownloads, useOptionsTest } from './helpers';

const now = Date.UTC(2023, 1, 20, 2, 0, 0); // 2023-02-20 10:00 Beijing
const day = 86_400_000;
const { mount } = useOptionsTest(now);

beforeEach(async () => {
  await sendMessage({
    type: 'record-observations',
    observations: [
      {
        itemId: '25812911614326',
        fen: 990,
        at: now - 2 * day,
        pageKind: 'goods-list',
        priceKind: 'sale',
      },
      { itemId: '25812911614326', fen: 880, at: now - day, pageKind: 'detail', priceKind: 'sale' },
      {
        itemId: '25812911614326',
        fen: 1200,
        at: now,
        pageKind: 'live-room',
        priceKind: 'activity',
      },
      { itemId: '25800000000009', fen: 5000, at: now, pageKind: 'detail', priceKind: 'sale' },
    ],
  });
});

async function search(root: HTMLElement, itemId: string) {
  await type(field(root, '#history-item'), itemId);
  await act(() => {
    field<HTMLFormElement>(root, 'form').dispatchEvent(
      new Event('submit', { bubbles: true, cancelable: true }),
    );
  });
}

describe('PriceHistoryTable', () => {
  it('finds an item by id and lists its prices newest first, in Beijing time, with the low', async () => {
    const root = await mount(<PriceHistoryTable lang="zh" />);
    await vi.waitFor(() => expect(textOf(root)).toContain('已记录商品数：2'));
    await search(root, ' 25812911614326 ');
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="history-table"]')).not.toBeNull(),
    );
    const rows = [...root.querySelectorAll('tbody tr')].map(textOf);
    expect(rows).toEqual([
      '2023-02-20 10:00:00¥12.00活动价',
      '2023-02-19 10:00:00¥8.80日常价',
      '2023-02-18 10:00:00¥9.90日常价',
    ]);
    // The low rests on the two ordinary prices; the activity price is shown, not counted.
    expect(field(root, '[data-testid="history-caption"]').textContent).toBe(
      '基于 2 次记录的历史最低价 ¥8.80（近 180 天）',
    );
  });

  it('says when an item has no records', async () => {
    const root = await mount(<PriceHistoryTable lang="zh" />);
    await search(root, '25800000000000');
    await vi.waitFor(() => expect(textOf(root)).toContain('该商品暂无价格记录'));
  });

  it('says an item id is digits only, rather than asking the worker', async () => {
    const root = await mount(<PriceHistoryTable lang="zh" />);
    await search(root, '=HYPERLINK("x")');
    await vi.waitFor(() => expect(textOf(root)).toContain('商品ID只含数字'));
  });

  it('exports every record as a CSV with a BOM', async () => {
    const downloads = captureDownloads();
    const root = await mount(<PriceHistoryTable lang="zh" />);
    await click(buttonNamed(root, '导出全部记录（CSV）'));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.filename).toBe('price-history.csv');
    const csv = (await downloads[0]?.text()) ?? '';
    // Blob.text() decodes UTF-8 and keeps the BOM as U+FEFF.
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('25812911614326,2023-02-19 10:00:00,8.80,detail,sale,page');
    expect(textOf(root)).toContain('已导出记录条数：4');
  });

  it('clears one item, and all only after a second, explicit click', async () => {
    const root = await mount(<PriceHistoryTable lang="zh" />);
    await search(root, '25812911614326');
    await vi.waitFor(() => expect(root.querySelector('tbody')).not.toBeNull());
    await click(buttonNamed(root, '清除该商品记录'));
    await vi.waitFor(() => expect(textOf(root)).toContain('已清除记录条数：3'));
    await vi.waitFor(() => expect(textOf(root)).toContain('该商品暂无价格记录'));

    await click(buttonNamed(root, '清除全部价格记录'));
    expect((await sendMessage({ type: 'price-history', itemId: '25800000000009' })).count).toBe(1);
    await click(buttonNamed(root, '确认清除全部价格记录'));
    await vi.waitFor(() => expect(textOf(root)).toContain('已清除记录条数：1'));
    expect((await sendMessage({ type: 'price-history', itemId: '25800000000009' })).count).toBe(0);
  });
});
