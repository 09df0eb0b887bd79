/**
 * Restoring settings from a file in the options page (issue 21's audit): what is not a settings
 * file is refused with why and offers no confirmation; a newer version's file is refused; invalid
 * values are listed and keep the current value; a 100 MB file is refused unread.
 */
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { DataTools } from '@/components/options/data-tools';
import { sendMessage } from '@/lib/messaging';
import { click, field, textOf } from '../popup/helpers';
import { buttonNamed, pickFile, useOptionsTest } from './helpers';

const { mount } = useOptionsTest();

const jsonFile = (value: unknown) =>
  new File([typeof value === 'string' ? value : JSON.stringify(value)], 'settings.json', {
    type: 'application/json',
  });

async function restoreFrom(file: File, lang: 'zh' | 'en' = 'zh') {
  const root = await mount(<DataTools lang={lang} onReset={() => undefined} />);
  await act(() => pickFile(field(root, '#settings-file'), file));
  return root;
}

const confirmOffered = (root: HTMLElement) =>
  [...root.querySelectorAll('button')].some((button) => button.textContent === '确认恢复');

describe('restoring settings from a file', () => {
  it('refuses [1,2,3], saying why, and changes nothing', async () => {
    await sendMessage({ type: 'set-settings', patch: { language: 'en', lookbackDays: 42 } });
    const before = await sendMessage({ type: 'get-settings' });
    const root = await restoreFrom(jsonFile([1, 2, 3]));
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="restore-refused"]')?.textContent).toContain(
        '不是设置文件：内容是一个数组',
      ),
    );
    expect(confirmOffered(root)).toBe(false);
    expect(await sendMessage({ type: 'get-settings' })).toEqual(before);
  });

  it('says it in English on an English page', async () => {
    const root = await restoreFrom(jsonFile([1, 2, 3]), 'en');
    await vi.waitFor(() =>
      expect(textOf(root)).toContain('Not a settings file: it holds an array'),
    );
  });

  it('refuses a file from a newer version', async () => {
    const root = await restoreFrom(jsonFile({ settingsVersion: 3, language: 'en', theme: 'dark' }));
    await vi.waitFor(() => expect(textOf(root)).toContain('此文件来自更新版本的扩展（设置版本 3'));
    expect(confirmOffered(root)).toBe(false);
  });

  it('lists invalid values, keeps the current ones, and writes only what it named', async () => {
    await sendMessage({ type: 'set-settings', patch: { language: 'en', lookbackDays: 42 } });
    const root = await restoreFrom(
      jsonFile({ language: 'fr', lookbackDays: 90, theme: 'dark', merchant: { dsr: 'high' } }),
    );
    await vi.waitFor(() => expect(confirmOffered(root)).toBe(true));
    const codes = (id: string) =>
      [...root.querySelectorAll(`[data-testid="${id}"] code`)].map((code) => code.textContent);
    expect(codes('restore-changes')).toEqual(['lookbackDays']);
    expect(codes('restore-invalid')).toEqual(['language', 'merchant.dsr']);
    expect(codes('restore-unknown')).toEqual(['theme']);
    expect(textOf(root)).toContain('以下字段无效，不会恢复（保留当前值）');
    await click(buttonNamed(root, '确认恢复'));
    await vi.waitFor(async () =>
      expect(await sendMessage({ type: 'get-settings' })).toMatchObject({
        language: 'en',
        lookbackDays: 90,
      }),
    );
  });

  it('refuses a 100 MB file by its size, without reading it', async () => {
    const huge = jsonFile({ language: 'en' });
    Object.defineProperty(huge, 'size', { value: 100 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    const root = await restoreFrom(huge);
    await vi.waitFor(() =>
      expect(root.querySelector('.pp-error')?.textContent).toContain('文件有 102400 KB'),
    );
    expect(read).not.toHaveBeenCalled();
    expect(confirmOffered(root)).toBe(false);
  });
});

describe('a second file chosen while a preview is open', () => {
  it('is planned anew, not shown with the first file’s plan', async () => {
    const root = await restoreFrom(jsonFile({ lookbackDays: 90 }));
    await vi.waitFor(() => expect(confirmOffered(root)).toBe(true));
    await act(() => pickFile(field(root, '#settings-file'), jsonFile([1, 2, 3])));
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="restore-refused"]')).not.toBeNull(),
    );
    expect(confirmOffered(root)).toBe(false);
  });
});
