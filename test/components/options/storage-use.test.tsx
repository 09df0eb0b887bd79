import { describe, expect, it, vi } from 'vitest';
import { formatBytes, StorageUse } from '@/components/options/storage-use';
import { sendMessage } from '@/lib/messaging';
import { click, textOf } from '../popup/helpers';
import { buttonNamed, useOptionsTest } from './helpers';

const now = Date.UTC(2023, 1, 20, 2);
const { mount } = useOptionsTest(now);

describe('StorageUse', () => {
  it('shows the price records against the 64 MB budget, and cleans up on one click', async () => {
    await sendMessage({
      type: 'record-observations',
      observations: [
        { itemId: '2580000000101', fen: 990, at: now, pageKind: 'goods-list', priceKind: 'sale' },
        { itemId: '2580000000102', fen: 1990, at: now, pageKind: 'detail', priceKind: 'activity' },
      ],
    });
    const root = await mount(<StorageUse lang="zh" />);
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="storage-use"]')).not.toBeNull(),
    );
    expect(textOf(root)).toMatch(/价格记录占用 \d+ KB，上限64\.0 MB（0%）· 已记录商品数：2/);
    await click(buttonNamed(root, '立即清理'));
    await vi.waitFor(() => expect(textOf(root)).toContain('已清理，现占用'));
  });

  it('formats bytes as a merchant reads them', () => {
    expect(formatBytes(830 * 1024)).toBe('830 KB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
