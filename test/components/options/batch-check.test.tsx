import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchCheck } from '@/components/options/batch-check';
import { sendMessage } from '@/lib/messaging';
import {
  exportHeader,
  sampleRequest,
  sampleRow,
  writeCsv,
  writeXlsx,
} from '@/scripts/batch-samples';
import { choose, click, field, type } from '../popup/helpers';
import { buttonNamed, captureDownloads, pickFile, useOptionsTest } from './helpers';

// 2023-03-01 in Shanghai, so the bundled 2023 campaign's programs are active.
const now = Date.UTC(2023, 2, 1, 4);
const test = useOptionsTest(now);
// The page checks with its own clock (today in Shanghai), like the worker.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

const rows = [exportHeader, sampleRow(1), sampleRow(9), sampleRow(3)];

async function checkFile(host: HTMLElement, file: File) {
  await act(() => pickFile(field(host, 'input[type=file]'), file));
  await vi.waitFor(() => expect(host.textContent).toContain('已检查'), { timeout: 5000 });
}

const bodyRows = (host: HTMLElement) => [...host.querySelectorAll('tbody tr')];

describe('BatchCheck', () => {
  it('checks an exported CSV with the stored merchant profile, worst first', async () => {
    const merchant = (sampleRequest(0) as { merchant: Record<string, unknown> }).merchant;
    await sendMessage({ type: 'set-settings', patch: { merchant } });
    const host = await test.mount(<BatchCheck lang="zh" />);
    await checkFile(host, new File([writeCsv(rows)], 'goods.csv', { type: 'text/csv' }));
    expect(host.textContent).toContain('共 3 项 · 不通过 1');
    expect(host.textContent).toContain('未使用的列：商品状态');
    const first = bodyRows(host)[0] as HTMLElement;
    expect(first.textContent).toContain('row 3');
    expect(first.textContent).toContain('25812911600009');
    expect(first.textContent).toContain('不通过');
  });

  it('reads an xlsx export; filters, searches and sorts the table; opens a full report', async () => {
    const host = await test.mount(<BatchCheck lang="zh" />);
    const bytes = writeXlsx(rows);
    await checkFile(host, new File([bytes as Uint8Array<ArrayBuffer>], 'goods.xlsx'));
    expect(bodyRows(host)).toHaveLength(3);
    await choose(field<HTMLSelectElement>(host, 'select'), 'fail');
    expect(bodyRows(host).map((row) => row.querySelector('td')?.textContent)).toEqual(['row 3']);
    await choose(field<HTMLSelectElement>(host, 'select'), 'all');
    await type(field(host, 'input[type=search]'), '600003');
    expect(bodyRows(host)).toHaveLength(1);
    await type(field(host, 'input[type=search]'), '');
    await click(buttonNamed(host, '位置'));
    expect(bodyRows(host).map((row) => row.querySelector('td')?.textContent)).toEqual([
      'row 2',
      'row 3',
      'row 4',
    ]);
    await click(bodyRows(host)[1] as HTMLElement);
    const detail = field<HTMLElement>(host, '.pp-batch-detail');
    expect(detail.textContent).toContain('D-RATIO');
    // The item's own D-* in full first, the shop's eligibility folded after.
    expect(detail.querySelectorAll('.ks-check-list').length).toBeGreaterThan(0);
    await click(buttonNamed(host, '关闭'));
    expect(host.querySelector('.pp-batch-detail')).toBeNull();
  });

  it('downloads the verdicts as a CSV with a BOM, and lists a malformed row as 无法检查', async () => {
    const downloads = captureDownloads();
    const bad = sampleRow(2);
    bad[2] = '暂无报价';
    const host = await test.mount(<BatchCheck lang="zh" />);
    await checkFile(host, new File([writeCsv([exportHeader, sampleRow(1), bad])], 'goods.csv'));
    expect(host.textContent).toContain('无法检查 1');
    await click(bodyRows(host)[0] as HTMLElement);
    expect(field<HTMLElement>(host, '.pp-batch-detail').textContent).toContain(
      'product.priceFen: column 单价: "暂无报价" is not a price',
    );
    await click(buttonNamed(host, '下载检查结果（CSV）'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.filename).toBe('goods-verdicts.csv');
    const csv = (await downloads[0]?.text()) ?? '';
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toContain('位置,商品ID,商品名称,结果');
    expect(csv).toContain('row 3,25812911600002,,无法检查');
  });

  it('lists only the kept bound of a longer file, yet counts and downloads every item', async () => {
    const downloads = captureDownloads();
    const long = [exportHeader, ...Array.from({ length: 60 }, (_, i) => sampleRow(i))];
    const host = await test.mount(<BatchCheck lang="zh" keepPerStatus={4} />);
    await checkFile(host, new File([writeCsv(long)], 'goods.csv'));
    expect(host.textContent).toContain('共 60 项');
    // Four a result at most: fail, warn, unknown and pass are all over it here.
    expect(bodyRows(host).length).toBeLessThanOrEqual(16);
    const note = field<HTMLElement>(host, '.pp-batch-kept').textContent ?? '';
    expect(note).toContain(
      `最需要处理的 4 项（共列出 ${bodyRows(host).length} 项，另有 ${60 - bodyRows(host).length} 项未列出）`,
    );
    await click(buttonNamed(host, '下载检查结果（CSV）'));
    const csv = (await downloads[0]?.text()) ?? '';
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(61);
    expect(csv).toContain('row 61,25812911600059');
  });

  it('refuses a file type it cannot read, saying which', async () => {
    const host = await test.mount(<BatchCheck lang="en" />);
    await act(() => pickFile(field(host, 'input[type=file]'), new File(['x'], 'goods.xls')));
    await vi.waitFor(() =>
      expect(host.querySelector('[role=alert]')?.textContent).toContain('goods.xls'),
    );
    expect(host.querySelector('[role=alert]')?.textContent).toContain('Unsupported file type');
  });
});
