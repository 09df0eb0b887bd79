import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { defaultPack, MAX_PACK_DEPTH } from '@/core/pack';
import { PackManager } from '@/components/options/pack-manager';
import { click, field, textOf } from '../popup/helpers';
import { allZeroPack, nestedJson } from '../../core/pack/hostile-packs';
import { buttonNamed, captureDownloads, pickFile, useOptionsTest } from './helpers';

const { mount } = useOptionsTest();

const jsonFile = (value: unknown, name = 'pack.json') =>
  new File([typeof value === 'string' ? value : JSON.stringify(value)], name, {
    type: 'application/json',
  });
const current = (root: HTMLElement) =>
  field(root, '[data-testid="pack-current"]').textContent ?? '';

async function choose(root: HTMLElement, file: File) {
  await act(() => pickFile(field(root, '#pack-file'), file));
}

describe('PackManager', () => {
  it('imports a valid pack and shows its version', async () => {
    const root = await mount(<PackManager lang="zh" />);
    await vi.waitFor(() => expect(current(root)).toContain(defaultPack.version));
    await choose(root, jsonFile({ ...defaultPack, version: '2024.1' }));
    await vi.waitFor(() => expect(textOf(root)).toContain('已导入规则包 2024.1'));
    await vi.waitFor(() => expect(current(root)).toContain('2024.1'));
  });

  it('lists every problem of a bad pack by field path and keeps the good one', async () => {
    const root = await mount(<PackManager lang="zh" />);
    await choose(root, jsonFile({ ...defaultPack, version: '2024.1' }));
    await vi.waitFor(() => expect(current(root)).toContain('2024.1'));

    const bad = structuredClone(defaultPack) as unknown as Record<string, Record<string, unknown>>;
    bad.history = { lookbackDays: 0 };
    (bad as Record<string, unknown>).version = 7;
    await choose(root, jsonFile(bad));
    await vi.waitFor(() => expect(root.querySelector('.pp-issues')).not.toBeNull());
    const paths = [...root.querySelectorAll('.pp-issues code')].map((code) => code.textContent);
    expect(paths).toEqual(expect.arrayContaining(['version', 'history.lookbackDays']));
    expect(textOf(root)).toContain('当前规则包保持不变');
    expect(current(root)).toContain('2024.1');
  });

  it('says a file is not JSON', async () => {
    const root = await mount(<PackManager lang="zh" />);
    await choose(root, jsonFile('{ "name": '));
    await vi.waitFor(() => expect(textOf(root)).toContain('不是有效的JSON文件'));
  });

  it('exports the current pack and resets to the bundled one', async () => {
    const downloads = captureDownloads();
    const root = await mount(<PackManager lang="zh" />);
    await choose(root, jsonFile({ ...defaultPack, version: 'mine' }));
    await vi.waitFor(() => expect(current(root)).toContain('mine'));
    await click(field<HTMLButtonElement>(root, '.pp-actions button:first-child'));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.filename).toBe('rule-pack-mine.json');
    expect(JSON.parse(await (downloads[0]?.text() ?? Promise.resolve('')))).toMatchObject({
      version: 'mine',
    });

    await click(field<HTMLButtonElement>(root, '.pp-actions button:last-child'));
    await vi.waitFor(() => expect(current(root)).toContain(defaultPack.version));
  });
});

describe('PackManager and hostile packs', () => {
  it('refuses a pack nested 10 000 deep as invalid, naming the depth, before sending it', async () => {
    const root = await mount(<PackManager lang="zh" />);
    await vi.waitFor(() => expect(current(root)).toContain(defaultPack.version));
    await choose(root, jsonFile(nestedJson(10_000)));
    await vi.waitFor(() => expect(textOf(root)).toContain('规则包无效，未导入'));
    expect(textOf(root)).toContain(`嵌套 10000 层，规则包最多嵌套 ${MAX_PACK_DEPTH} 层`);
    expect(textOf(root)).not.toContain('未能保存');
  });

  it('refuses the all-zero pack, naming each senseless field', async () => {
    const root = await mount(<PackManager lang="zh" />);
    await choose(root, jsonFile(allZeroPack()));
    await vi.waitFor(() => expect(root.querySelector('.pp-issues')).not.toBeNull());
    const paths = [...root.querySelectorAll('.pp-issues code')].map((code) => code.textContent);
    expect(paths).toEqual(
      expect.arrayContaining(['deposit.ratioBp.max', 'deposit.labelColour.hueDeg.max']),
    );
    expect(current(root)).toContain(defaultPack.version);
  });

  it('shows the thresholds that ask nothing and imports only once confirmed', async () => {
    const root = await mount(<PackManager lang="zh" />);
    await vi.waitFor(() => expect(current(root)).toContain(defaultPack.version));
    const pack = structuredClone(defaultPack);
    pack.version = 'lenient';
    pack.deposit.minStockOfPresaleBp = 0;
    await choose(root, jsonFile(pack));
    await vi.waitFor(() => expect(textOf(root)).toContain('门槛为 0、等于不设要求'));
    expect(root.querySelector('.pp-issues code')?.textContent).toBe('deposit.minStockOfPresaleBp');
    expect(current(root)).toContain(defaultPack.version);
    await click(buttonNamed(root, '取消'));
    expect(textOf(root)).not.toContain('门槛为 0');
    await choose(root, jsonFile(pack));
    await vi.waitFor(() => expect(textOf(root)).toContain('门槛为 0'));
    await click(buttonNamed(root, '确认无误，仍然导入'));
    await vi.waitFor(() => expect(current(root)).toContain('lenient'));
    expect(textOf(root)).toContain('已导入规则包 lenient');
  });
});
