/**
 * The command line on catalogues: every input form, the outputs, malformed rows and exit codes.
 * Spawned as a user runs it (~1 s a spawn), so each test checks several things.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exportHeader,
  hugeCellCsv,
  sampleRequest,
  sampleRow,
  writeCsv,
  writeXlsx,
  xlsxWithHugeCell,
} from '@/scripts/batch-samples';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'check-batch-'));

function check(args: string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    input,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const lines = (text: string) => text.trimEnd().split('\n');
const merchant = file(
  'merchant.json',
  JSON.stringify((sampleRequest(0) as { merchant: unknown }).merchant),
);
const ndjson = [1, 2, 3, 9].map((i) => JSON.stringify(sampleRequest(i))).join('\n');

describe('check: streamed inputs', { timeout: 30_000 }, () => {
  it('NDJSON: --verdicts prints one compact line an item; exit 1 when an item fails', () => {
    const path = file('items.ndjson', `${ndjson}\n`);
    const { code, stdout, stderr } = check(['--verdicts', path]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const verdicts = lines(stdout).map((line) => JSON.parse(line));
    expect(verdicts.map((v) => v.itemId)).toEqual([
      '25812911600001',
      '25812911600002',
      '25812911600003',
      '25812911600009',
    ]);
    expect(verdicts[3]).toMatchObject({ status: 'fail', checks: { 'D-RATIO': 'fail' } });
    expect(Object.keys(verdicts[0])).toEqual(['itemId', 'status', 'checks']);
  });

  it('.jsonl and standard input: --json prints one report a line; --only filters', () => {
    const path = file('items.jsonl', ndjson);
    const json = check(['--json', path]);
    const reports = lines(json.stdout).map((line) => JSON.parse(line));
    expect(reports).toHaveLength(4);
    expect(reports[0].summary).toBeDefined();
    const piped = check(['--verdicts', '--only', 'fail', '-'], ndjson);
    expect(piped.code).toBe(1);
    const ids = lines(piped.stdout).map((line) => JSON.parse(line).status);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set(['fail']));
  });

  it('a JSON array on standard input is an array; --json prints an array for it', () => {
    const { code, stdout } = check(
      ['--json', '-'],
      JSON.stringify([sampleRequest(1), sampleRequest(2)]),
    );
    expect(code).toBe(0);
    const reports = JSON.parse(stdout);
    expect(reports).toHaveLength(2);
  });

  it('a malformed line is reported with its number, the run goes on, and the exit is 2', () => {
    const path = file(
      'bad.ndjson',
      `${JSON.stringify(sampleRequest(1))}\n{oops\n{"product":{"priceFen":1.5}}\n${JSON.stringify(sampleRequest(2))}\n`,
    );
    const { code, stdout, stderr } = check(['--verdicts', path]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${path} line 2: (line): not JSON`);
    expect(stderr).toContain(`${path} line 3: product.priceFen: must be whole fen`);
    const verdicts = lines(stdout).map((line) => JSON.parse(line));
    expect(verdicts.map((v) => v.status)).toEqual(['pass', 'invalid', 'invalid', 'pass']);
    expect(verdicts[1]).toMatchObject({ at: 'line 2', issues: [{ path: '(line)' }] });
  });
});

describe('check: spreadsheets', { timeout: 90_000 }, () => {
  const rows = [exportHeader, sampleRow(1), sampleRow(3), sampleRow(9)];

  it('xlsx: a table with a line an item and a summary, worst first; --merchant for every row', () => {
    const path = file('export.xlsx', writeXlsx(rows));
    const { code, stdout, stderr } = check(['--merchant', merchant, '--date', '2023-03-01', path]);
    expect(code).toBe(1);
    expect(stderr).toBe(`${path}: columns not used: 商品状态\n`);
    const out = lines(stdout);
    expect(out[0]).toMatch(/^row 2\s+25812911600001\s+新年乔迁高档金箔纸杯/);
    expect(stdout).toContain('共 3 项 · 不通过 1');
    expect(stdout).toMatch(/最需处理：\n\s+row 4\s+25812911600009 .*D-RATIO/);
  });

  it('CSV: --lang en, --out writes the verdicts as CSV with a BOM, exit 0 / 1 as the items say', () => {
    const path = file('export.csv', writeCsv(rows));
    const out = join(dir, 'verdicts.csv');
    const { code, stdout } = check([
      '--lang',
      'en',
      '--date',
      '2023-03-01',
      '--merchant',
      merchant,
      '--out',
      out,
      path,
    ]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/3 items · 1 fail/);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\ufeffat,item id,title,status')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csv).toContain('row 4,25812911600009,"新年乔迁高档金箔纸杯, ""款式"" 9",fail,');
    const passing = check([
      '--date',
      '2023-03-01',
      '--merchant',
      merchant,
      file('one.csv', writeCsv(rows.slice(0, 2))),
    ]);
    expect(passing.code).toBe(0);
  });

  it('a malformed cell names its row and column; --columns maps other headers', () => {
    const path = file(
      'mine.csv',
      writeCsv([
        ['编码', '销售价格'],
        ['a1', '99'],
        ['a2', '暂无'],
        ['a3', '¥1,299.00'],
      ]),
    );
    const unmapped = check([path]);
    expect(unmapped.code).toBe(2);
    expect(unmapped.stderr).toContain('表头中没有可识别的列');
    expect(unmapped.stderr).toContain('（或用 --columns 映射你的表头）');
    const map = file('map.json', JSON.stringify({ 编码: '商品ID', 销售价格: 'priceFen' }));
    const { code, stdout, stderr } = check(['--columns', map, '--verdicts', path]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(`${path} row 3: product.priceFen: column 销售价格: "暂无" is not a price`),
    );
    expect(lines(stdout).map((line) => JSON.parse(line).itemId)).toEqual(['a1', 'a2', 'a3']);
  });

  it('exit 2 for bad arguments: unknown type, bad --only, bad merchant, bad column map', () => {
    expect(check([file('x.txt', 'a')]).stderr).toContain('unknown file type');
    expect(check(['--only', 'bad', '-'], '').stderr).toContain('--only takes');
    const bad = check(['--merchant', file('m.json', '{"experienceScore":"high"}'), '-'], '');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('merchant.experienceScore');
    const map = check(['--columns', file('c.json', '{"a":"颜色"}'), file('y.csv', 'a\n1\n')]);
    expect(map.code).toBe(2);
    expect(map.stderr).toContain('不是已知的列');
    const notZip = check([file('z.xlsx', 'not a zip')]);
    expect(notZip.code).toBe(2);
    expect(notZip.stderr).toContain('不是可读取的 .xlsx 文件');
  });

  it('refuses a hostile file with exit 2 and a message naming the file, the part and the bound', () => {
    const cell = file('cell.csv', [...hugeCellCsv(40_000)].join(''));
    const zh = check([cell]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      `${cell}: 单元格 B2：文字超过 32 767 个字符（Excel 单元格的上限）；文件未继续读取`,
    );
    const chunks: Uint8Array[] = [];
    xlsxWithHugeCell(8 << 20, (chunk) => chunks.push(chunk));
    const bomb = file('bomb.xlsx', Buffer.concat(chunks));
    const en = check(['--lang', 'en', bomb]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      `${bomb}: xl/worksheets/sheet1.xml, cell B2: a text or tag runs past 1 MiB of XML`,
    );
    for (const run of [zh, en]) expect(run.stderr).not.toMatch(/Invalid string length|unexpected/);
  });
});
