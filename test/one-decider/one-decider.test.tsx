/**
 * Issue 16, "one decider": the same item gives the same answer on every surface. One property over
 * generated requests and stored profiles (the pill, the panel, the CLI, the CSV and the options
 * batch agree on the item's status, each check's status and the numbers they print), then the six
 * disagreements the design review confirmed (DESIGN-REVIEW §2.0, P1–P6), one test each.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { defaultPack, type RulePack } from '@/core/pack';
import type { Check } from '@/core/report';
import { settingsSchema, type Settings } from '@/core/settings';
import { evaluate } from '@/core/evaluate';
import { makeRowReader } from '@/core/batch/columns';
import { readCategory } from '@/core/facts/category';
import { findGoodsForm, readGoodsForm } from '@/lib/adapters/goods-form';
import { formatValue } from '@/components/i18n';
import { Sparkline } from '@/components/sparkline';
import { lowCeiling } from '@/core/present/history';
import { DepositCalculator } from '@/components/popup/deposit-calculator';
import { realWorker, type TestWorker } from '../lib/content/harness';
import { loadFixture } from '../lib/adapters/fixture-page';
import {
  cli,
  countKey,
  csv,
  optionsBatch,
  panelReport,
  pill,
  shownChecks,
  type SurfaceAnswer,
} from './surfaces';

/** Inside the bundled 2023 campaign, and a day with no campaign current (DESIGN-REVIEW P6). */
const CAMPAIGN = Date.parse('2023-02-20T04:00:00Z');
const NO_CAMPAIGN = Date.parse('2026-12-07T04:00:00Z');

let worker: TestWorker;
beforeEach(() => {
  fakeBrowser.reset();
  worker = realWorker(CAMPAIGN);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(CAMPAIGN);
});
afterEach(() => vi.useRealTimers());

/** A fresh worker and storage holding exactly this profile (a settings patch would merge). */
async function storeProfile(merchant: Record<string, unknown>): Promise<Settings> {
  const nowMs = worker.nowMs;
  fakeBrowser.reset();
  worker = realWorker(nowMs);
  return worker.patchSettings({ merchant });
}

function at(nowMs: number) {
  worker.nowMs = nowMs;
  vi.setSystemTime(nowMs);
}

/** Every surface's answer for one request under one stored merchant profile. */
async function everySurface(request: unknown, stored: Record<string, unknown>, pack: RulePack) {
  const settings = await storeProfile(stored);
  const run = cli(request, { pack, merchant: stored, now: new Date(worker.nowMs) });
  const batch = await optionsBatch(request, settings, pack);
  return {
    pill: await pill(worker, request),
    cli: run.answer,
    csv: csv(run.result),
    'options batch': { status: batch.status, checks: batch.checks } as SurfaceAnswer,
    run,
    batch,
  };
}

function expectAgreement(answers: Record<string, SurfaceAnswer>, reference = 'pill') {
  const expected = answers[reference]!;
  for (const [surface, answer] of Object.entries(answers)) {
    expect({ surface, ...answer }).toEqual({ surface, ...expected });
  }
}

/** `96.56%`, `0.3612‱`, `¥1,299.00`: the numbers with a unit a message or a table prints. */
const unitNumbers = (text: string) => text.match(/¥[\d,]+(?:\.\d+)?|[\d.]+\s?[%‱]/g) ?? [];

/**
 * The panel's numbers agree: every rate or amount in a merchant check's message is one its value
 * table shows, and the CLI's value line prints each number as the value table does.
 */
function expectSameNumbers(checks: Check[], valueLines: Map<string, Map<string, string>>) {
  const shown = shownChecks(checks);
  for (const check of checks) {
    const card = shown.get(check.id);
    if (card && check.id.startsWith('M-')) {
      for (const number of unitNumbers(card.message))
        expect({ id: check.id, number, table: card.values }).toEqual({
          id: check.id,
          number,
          table: expect.arrayContaining([number]),
        });
    }
    const line = valueLines.get(check.id);
    for (const [key, value] of Object.entries(check.values)) {
      if (typeof value !== 'number' || !line?.has(key)) continue;
      expect({ id: check.id, key, cli: line.get(key) }).toEqual({
        id: check.id,
        key,
        cli: formatValue('zh', key, value),
      });
    }
  }
}

const days = fc.constantFrom('2023-02-20', '2023-03-01', '2026-12-07', undefined);
const rate7 = fc.integer({ min: 9_000_000, max: 10_000_000 }).map((n) => n / 10_000_000);
const dispute = fc.integer({ min: 0, max: 1_000 }).map((n) => n / 10_000_000);
const merchantFields = {
  experienceScore: fc.constantFrom(3.9, 4.3, 4.8),
  violations90d: fc.integer({ min: 0, max: 3 }),
  riskControlled: fc.boolean(),
  onTimeShipRate30d: rate7,
  disputeRate30d: dispute,
  walletOpened: fc.boolean(),
  enterprise: fc.boolean(),
  categoryBondFen: fc.constantFrom(0, 1_000_000, 2_000_000),
};
const stored = fc.record(merchantFields, { requiredKeys: [] });
/** A page's merchant: each field read, not read (null) or absent. */
const given = fc.record(
  Object.fromEntries(
    Object.entries(merchantFields).map(([key, arb]) => [
      key,
      fc.option(arb as fc.Arbitrary<unknown>, { nil: null }),
    ]),
  ),
  { requiredKeys: [] },
);
const categoryKinds = fc.constantFrom('appliance', 'apparel', 'food', 'home');
const product = fc.record(
  {
    itemId: fc.integer({ min: 1, max: 999_999 }).map((n) => String(25_800_000_000_000 + n)),
    title: fc.constantFrom('空调 预售', '大衣', '零食礼包'),
    priceFen: fc.integer({ min: 100, max: 500_000 }),
    category: fc.record(
      { kind: categoryKinds, level: fc.constantFrom(1, 2) },
      { requiredKeys: [] },
    ),
    deposit: fc.record(
      {
        amountFen: fc.integer({ min: 100, max: 50_000 }),
        deductionFen: fc.integer({ min: 100, max: 100_000 }),
        balanceFen: fc.integer({ min: 0, max: 500_000 }),
      },
      { requiredKeys: ['amountFen'] },
    ),
  },
  { requiredKeys: ['itemId', 'title'] },
);
const request = fc.record({ date: days, merchant: given, product }, { requiredKeys: ['merchant'] });

describe('one decider: every surface gives the same answer', () => {
  it('the pill, the panel, the CLI, the CSV and the options batch agree on generated requests', async () => {
    await fc.assert(
      fc.asyncProperty(request, stored, async (generated, profile) => {
        const req = JSON.parse(JSON.stringify(generated)) as Record<string, unknown>;
        const answers = await everySurface(req, profile, defaultPack);
        expectAgreement({
          pill: answers.pill,
          cli: answers.cli,
          csv: answers.csv,
          'options batch': answers['options batch'],
        });
        // One counting rule: the batch counts the item under the status its pill shows.
        expect(
          (answers.batch.summary as unknown as Record<string, number>)[
            countKey[answers.pill.status]
          ],
        ).toBe(1);
        const report = await panelReport(worker, req);
        expect(report).not.toBeNull();
        const panelChecks = Object.fromEntries(report!.checks.map((c) => [c.id, c.status]));
        expect(panelChecks).toEqual(answers.pill.checks);
        expectSameNumbers(report!.checks, answers.run.valueLines);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('the six confirmed disagreements (DESIGN-REVIEW §2.0)', () => {
  it('P1: a card prints the same rate in its message and in its value table, and so does the CLI', async () => {
    const request = {
      date: '2023-02-20',
      merchant: { onTimeShipRate30d: 0.96555, disputeRate30d: 0.00003612345 },
      product: { itemId: '25800000000001', title: '空调', priceFen: 29_900 },
    };
    const answers = await everySurface(request, {}, defaultPack);
    const report = await panelReport(worker, request);
    expectSameNumbers(report!.checks, answers.run.valueLines);
  });

  it('P2: a stored 购物体验分 4.8 under a request whose experienceScore is null: M-EXP alike everywhere', async () => {
    const request = {
      date: '2023-02-20',
      merchant: { experienceScore: null },
      product: { itemId: '25800000000002', title: '大衣', priceFen: 29_900 },
    };
    const answers = await everySurface(request, { experienceScore: 4.8 }, defaultPack);
    expect(answers.pill.checks['M-EXP']).toBe('pass');
    expectAgreement({
      pill: answers.pill,
      cli: answers.cli,
      csv: answers.csv,
      'options batch': answers['options batch'],
    });
  });

  it('P3: a deposit product of an unrecognised category (图书 / 小说) gets D-LIC unknown, as with no category', async () => {
    const product = (category: unknown) => ({
      date: '2023-02-20',
      product: { priceFen: 29_900, category, deposit: { amountFen: 3_000 } },
    });
    const lic = (request: unknown) => {
      const result = evaluate(request);
      if (!result.ok) throw new Error('invalid');
      return result.report.checks.find((check) => check.id === 'D-LIC')?.status ?? 'absent';
    };
    expect(lic(product(null))).toBe('unknown');
    // The page: the goods form's adapter reading its category select.
    loadFixture('goods-form.html', {
      url: 'https://s.kwaixiaodian.com/zone/goods/config/release/detail?itemId=25801234567822',
    });
    const shown = document.querySelector('[data-select="category"] .ant-select-selection-item')!;
    shown.textContent = '图书 / 小说';
    shown.setAttribute('title', '图书 / 小说');
    const page = readGoodsForm(findGoodsForm(document)!, location.href).product;
    expect(lic({ date: '2023-02-20', product: page })).toBe('unknown');
    // The spreadsheet: the same words in the 类目 column, read as the CLI and the options page do.
    const sheet = makeRowReader(['商品ID', '价格', '意向金', '类目'], { readCategory });
    const input = sheet.toInput(['25800000000003', '299', '30', '图书 / 小说'], {
      unit: 'row',
      n: 2,
    });
    expect(input && 'request' in input).toBe(true);
    const row = (input as { request: { product: unknown } }).request;
    expect(lic({ date: '2023-02-20', ...row })).toBe('unknown');
  });

  it('P4: the popup deposit calculator and the goods-form panel agree on D-HIKE without a balance', async () => {
    const settings = settingsSchema.parse({});
    const host = document.createElement('div');
    document.body.append(host);
    act(() =>
      render(
        <DepositCalculator lang="zh" pack={defaultPack} settings={settings} today="2023-02-20" />,
        host,
      ),
    );
    const typeInto = (id: string, value: string) => {
      const input = host.querySelector<HTMLInputElement>(`#${id}`)!;
      act(() => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    };
    typeInto('dep-price', '299');
    typeInto('dep-amount', '30');
    typeInto('dep-deduction', '50');
    const popup = [...host.querySelectorAll('.ks-check')].find(
      (item) => item.querySelector('.ks-id')?.textContent === 'D-HIKE',
    );
    act(() => render(null, host));
    host.remove();
    const report = await panelReport(worker, {
      date: '2023-02-20',
      product: { priceFen: 29_900, deposit: { amountFen: 3_000, deductionFen: 5_000 } },
    });
    const panel = report!.checks.find((check) => check.id === 'D-HIKE')!.status;
    expect(panel).toBe('unknown');
    expect(popup?.className ?? 'D-HIKE not shown').toContain(`ks-check-${panel}`);
  });

  it('P5: the sparkline draws and names its ceiling at the pack’s D-LOW90 share', () => {
    const pack = structuredClone(defaultPack) as RulePack;
    pack.deposit.maxOfHistoricalLowBp = 8_500;
    const result = evaluate(
      {
        date: '2023-02-20',
        product: {
          priceFen: 10_000,
          activityPriceFen: 8_600,
          historicalLowFen: 10_000,
          deposit: { amountFen: 1_000 },
        },
      },
      { pack },
    );
    const low90 = result.ok ? result.report.checks.find((check) => check.id === 'D-LOW90') : null;
    expect(low90?.values.limitFen).toBe(8_500);
    const host = document.createElement('div');
    document.body.append(host);
    act(() =>
      render(
        <Sparkline
          points={[{ at: 1, fen: 10_000, kind: 'sale' }]}
          lowFen={10_000}
          ceiling={lowCeiling(10_000, pack)}
          lang="zh"
        />,
        host,
      ),
    );
    const label = host.querySelector('[role=img]')?.getAttribute('aria-label') ?? '';
    act(() => render(null, host));
    host.remove();
    expect(label).toContain('最低价的85% ¥85.00');
    expect(label).not.toContain('90%');
  });

  it('P6: an item no check applies to is `none` on the pill, the CLI, the CSV and the options batch, and counted so', async () => {
    at(NO_CAMPAIGN);
    const request = { product: { itemId: '25800000000006', title: '零食礼包', priceFen: 2_990 } };
    const answers = await everySurface(request, {}, defaultPack);
    expect(answers.pill).toEqual({ status: 'none', checks: {} });
    expectAgreement({
      pill: answers.pill,
      cli: answers.cli,
      csv: answers.csv,
      'options batch': answers['options batch'],
    });
    expect(answers.batch.summary).toMatchObject({ items: 1, passes: 0, nones: 1 });
    expect(answers.run.summary).toMatchObject({ items: 1, passes: 0, nones: 1 });
  });
});
