/**
 * The command line end to end: spawned as a user runs it. Spawns are slow (~1 s each), so each
 * one checks several things.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundled from '@/core/pack/default-pack.json';

const root = join(__dirname, '..', '..');

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each test spawns the CLI (~1 s alone, several under a loaded machine): no speed is assumed.
describe('scripts/check.ts', { timeout: 60_000 }, () => {
  it('prints the §9 example as JSON and exits 0 (no fail)', () => {
    const { code, stdout, stderr } = check('--json', 'examples/spec-example.json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary).toEqual({ pass: 23, fail: 0, warn: 0, unknown: 1 });
    expect(report.installment.feeFen).toBe(4_496);
  });

  it('evaluates an array item by item, overrides the day, exits 1 on a fail', () => {
    const { code, stdout } = check('--json', '--date', '2023-03-01', 'examples/batch.json');
    expect(code).toBe(1);
    const reports = JSON.parse(stdout);
    expect(reports).toHaveLength(3);
    expect(reports.map((report: { date: string }) => report.date)).toEqual([
      '2023-03-01',
      '2023-03-01',
      '2023-03-01',
    ]);
    const third = Object.fromEntries(
      reports[2].checks.map((c: { id: string; status: string }) => [c.id, c.status]),
    );
    expect(third).toMatchObject({ 'D-MARK': 'fail', 'D-STYLE': 'fail', 'D-SHIPTIME': 'warn' });
  });

  it('prints a readable zh-CN table by default', () => {
    const { code, stdout } = check('examples/merchant-only.json');
    // The example merchant's best session (¥900 000) is below FI-COSUB's ¥1 000 000.
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /FI-COSUB\s+不通过\s+商户贴息专属补贴：不满足 单场GMV ¥900,000\.00 低于 ¥1,000,000\.00/,
    );
    expect(stdout).toContain('日期 2023-03-01');
    expect(stdout).toMatch(/M-EXP\s+通过\s+购物体验分 4\.3 ≥ 4\.3/);
    expect(stdout).toMatch(/D-TIER2\s+通过/);
    expect(stdout).toContain('categoryBondFen=¥20,000.00');
  });

  it('exits 2 naming the field paths of an invalid request', () => {
    const { code, stdout, stderr } = check('--json', 'examples/invalid.json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('product.deposit.amountFen: must be whole fen');
    expect(stderr).toContain('date: is not a real calendar day');
  });

  it('exits 2 on a bad pack, naming its field, and uses a good one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        ...bundled,
        deposit: { ...bundled.deposit, ratioBp: { min: 300, max: 200 } },
      }),
    );
    const rejected = check('--pack', bad, 'examples/spec-example.json');
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toContain('deposit.ratioBp.min: min must not exceed max');

    const strict = join(dir, 'strict.json');
    writeFileSync(
      strict,
      JSON.stringify({ ...bundled, merchant: { ...bundled.merchant, minExperienceScore: 4.6 } }),
    );
    const { code, stdout } = check('--lang', 'en', '--pack', strict, 'examples/spec-example.json');
    expect(code).toBe(1);
    expect(stdout).toMatch(/M-EXP\s+fail\s+Shopping-experience score 4\.5 is below 4\.6/);
  });
});
