import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { defaultPack } from '@/core/pack';
import type { EvaluationResult, MessageType, Response, ResponseData } from '@/core/messages';
import { createWorker } from '@/lib/worker/handlers';
import { settingsKey } from '@/lib/storage/settings';

const now = Date.UTC(2023, 1, 20, 2, 0, 0); // 2023-02-20 10:00 Shanghai
const day = 86_400_000;
const self = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id/' };
const popup = { id: self.id, url: `${self.origin}popup.html` };

let worker: ReturnType<typeof createWorker>;
beforeEach(() => {
  fakeBrowser.reset();
  worker = createWorker(undefined, () => now);
});

async function ok<T extends MessageType>(message: { type: T } & Record<string, unknown>) {
  const reply = (await worker.handle(message)) as Response<T>;
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error} ${JSON.stringify(reply.issues)}`);
  return reply.data as ResponseData[T];
}
const reportOf = (result: EvaluationResult | undefined) => {
  if (!result?.ok) throw new Error(`expected a report, got ${JSON.stringify(result)}`);
  return result.report;
};
const check = (result: EvaluationResult | undefined, id: string) =>
  reportOf(result).checks.find((candidate) => candidate.id === id);

describe('message validation', () => {
  it('answers a valid message', async () => {
    expect((await ok({ type: 'get-settings' })).lookbackDays).toBe(180);
  });

  it('refuses a malformed message, naming the field', async () => {
    const reply = await worker.handle({ type: 'price-history', itemId: '' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/malformed/) });
    expect(!reply.ok && reply.issues?.[0]?.path).toBe('itemId');
  });

  it('refuses an unknown type and a non-object', async () => {
    expect(await worker.handle({ type: 'format-disk' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('format-disk'),
    });
    expect(await worker.handle('get-settings')).toMatchObject({ ok: false });
    expect(await worker.handle(null)).toMatchObject({ ok: false });
  });

  it('refuses a foreign sender and changes nothing', async () => {
    const foreign = { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' };
    const reply = await worker.answer(
      { type: 'set-settings', patch: { lookbackDays: 7 } },
      foreign,
      self,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/refused/) });
    const page = {
      id: self.id,
      url: 'https://evil.example/',
      tab: { url: 'https://evil.example/' } as never,
    };
    expect(await worker.answer({ type: 'reset-all' }, page, self)).toMatchObject({ ok: false });
    expect(await storage.getItem(settingsKey)).toBeNull();

    expect(await worker.answer({ type: 'get-settings' }, popup, self)).toMatchObject({ ok: true });
  });

  it('keeps the stored settings when a patch is invalid', async () => {
    await ok({ type: 'set-settings', patch: { lookbackDays: 30 } });
    const reply = await worker.handle({ type: 'set-settings', patch: { lookbackDays: 'ninety' } });
    expect(reply).toMatchObject({ ok: false, issues: [{ path: 'lookbackDays' }] });
    expect((await ok({ type: 'get-settings' })).lookbackDays).toBe(30);
  });
});

describe('verdicts', () => {
  it("answers each check's id and status only, with the 每日 figures, in the order of the report", async () => {
    const request = { date: '2023-02-20', product: { itemId: '2580000000002', priceFen: 12_000 } };
    const [report] = await ok({ type: 'evaluate', requests: [request], dailyFrom100: true });
    const [verdicts] = await ok({ type: 'verdicts', requests: [request], dailyFrom100: true });
    if (!report?.ok || !verdicts?.ok) throw new Error('not evaluated');
    expect(verdicts.verdicts).toEqual(
      report.report.checks.map(({ id, status }) => ({ id, status })),
    );
    expect(verdicts.dailyPlans).toEqual(report.dailyPlans);
    expect(verdicts.dailyPlans.map((plan) => plan.periods)).toEqual([3, 6, 12]);
    expect(JSON.stringify(verdicts).length).toBeLessThan(JSON.stringify(report).length / 10);
  });

  it('refuses a malformed request with its field paths, like evaluate', async () => {
    const [refused] = await ok({ type: 'verdicts', requests: [{ product: { priceFen: -1 } }] });
    expect(refused?.ok).toBe(false);
  });
});

describe('evaluate', () => {
  it('fills the stored merchant profile; the request wins field by field', async () => {
    await ok({
      type: 'set-settings',
      patch: { merchant: { experienceScore: 4.5, onTimeShipRate30d: 0.95 } },
    });
    const [stored, overridden] = await ok({
      type: 'evaluate',
      requests: [
        { date: '2023-02-20' },
        { date: '2023-02-20', merchant: { experienceScore: 4.0, dsr: null } },
      ],
    });
    expect(check(stored, 'M-EXP')?.status).toBe('pass');
    expect(check(overridden, 'M-EXP')?.status).toBe('fail');
    expect(check(overridden, 'M-SHIP')?.status).toBe('pass');
  });

  it('derives the historical low from recorded prices when the page gives none', async () => {
    await ok({
      type: 'record-observations',
      observations: [
        {
          itemId: '2580000000001',
          fen: 12000,
          at: now - 3 * day,
          pageKind: 'goods-list',
          priceKind: 'sale',
        },
        {
          itemId: '2580000000001',
          fen: 10000,
          at: now - 2 * day,
          pageKind: 'detail',
          priceKind: 'sale',
        },
      ],
    });
    const product = (itemId: string) => ({
      itemId,
      priceFen: 9000,
      deposit: { amountFen: 900, deductionFen: 1800 },
    });
    const [known, unknown] = await ok({
      type: 'evaluate',
      requests: [
        { date: '2023-02-20', product: product('2580000000001') },
        { date: '2023-02-20', product: product('I2') },
      ],
    });
    // 9000 ≤ 90 % × 10000: a pass that only recorded history can give.
    expect(check(known, 'D-LOW90')?.status).toBe('pass');
    expect(check(unknown, 'D-LOW90')?.status).toBe('unknown');
  });

  it('answers a bad request in a batch with its issues, the others still with reports', async () => {
    const [bad, good] = await ok({
      type: 'evaluate',
      requests: [{ product: { priceFen: -1 } }, { date: '2023-02-20' }],
    });
    expect(bad).toMatchObject({ ok: false, issues: [{ path: 'product.priceFen' }] });
    expect(good?.ok).toBe(true);
  });

  it('leaves out the checks hidden on the page kind, and recounts', async () => {
    await ok({ type: 'set-settings', patch: { hiddenChecks: { 'goods-list': ['M-EXP'] } } });
    const [onList] = await ok({
      type: 'evaluate',
      requests: [{ date: '2023-02-20' }],
      pageKind: 'goods-list',
    });
    const [onDetail] = await ok({
      type: 'evaluate',
      requests: [{ date: '2023-02-20' }],
      pageKind: 'detail',
    });
    expect(check(onList, 'M-EXP')).toBeUndefined();
    expect(check(onDetail, 'M-EXP')).toBeDefined();
    const summary = reportOf(onList).summary;
    expect(summary.pass + summary.fail + summary.warn + summary.unknown).toBe(
      reportOf(onList).checks.length,
    );
  });
});

describe('the other messages', () => {
  it.each([
    [
      'the SPEC worked example: ¥1,000.00, 3 periods, consumer → ¥341.02 + 2 × ¥340.99, 每日 ¥11.37',
      null,
      { periods: 3, payer: 'consumer' },
      { feeFen: 2300, instalmentsFen: [34102, 34099, 34099], dailyFen: 1137 },
    ],
    [
      'FI-COSUB with the stored subsidy already used',
      10_000_000 - 500,
      { periods: 6, program: 'FI-COSUB' },
      { feeFen: 4500, subsidyRemainingFen: 500, platformFeeFen: 500, merchantFeeFen: 4000 },
    ],
  ] as const)('plans %s', async (_name, cosubsidyUsedFen, choice, expected) => {
    if (cosubsidyUsedFen !== null) {
      await ok({ type: 'set-settings', patch: { merchant: { cosubsidyUsedFen } } });
    }
    const plan = await ok({
      type: 'plan-installment',
      priceFen: 100000,
      choice,
      date: '2023-02-21',
    });
    expect(plan).toMatchObject(expected);
  });

  it('plans on the "check as of" day, else today: a program pays only in its active window', async () => {
    const choice = { periods: 3, program: 'FI-PLAT3' } as const;
    // The worker's today here is 2023-02-20, FI-PLAT3's first active day.
    const today = await ok({ type: 'plan-installment', priceFen: 100000, choice });
    expect(today).toMatchObject({ program: 'FI-PLAT3', platformFeeFen: 1800, merchantFeeFen: 0 });
    await ok({ type: 'set-settings', patch: { asOfDate: '2023-02-19' } });
    const before = await ok({ type: 'plan-installment', priceFen: 100000, choice });
    expect(before).toMatchObject({
      programNote: 'not-running',
      platformFeeFen: 0,
      merchantFeeFen: 1800,
    });
  });

  it('refuses a plan without a period count, naming the field', async () => {
    expect(
      await worker.handle({ type: 'plan-installment', priceFen: 1, choice: {} }),
    ).toMatchObject({
      ok: false,
      issues: [{ path: 'choice.periods' }],
    });
  });

  it('answers the price history of an item within the look-back window', async () => {
    await ok({ type: 'set-settings', patch: { lookbackDays: 30 } });
    const stored = await ok({
      type: 'record-observations',
      observations: [
        {
          itemId: '2580000000001',
          fen: 500,
          at: now - 40 * day,
          pageKind: 'detail',
          priceKind: 'sale',
        },
        { itemId: '2580000000001', fen: 700, at: now - day, pageKind: 'detail', priceKind: 'sale' },
        {
          itemId: '2580000000001',
          fen: 800,
          at: now,
          pageKind: 'detail',
          priceKind: 'sale',
          source: 'merchant',
        },
      ],
    });
    expect(stored).toEqual({ stored: 2, refused: 0 });
    expect(await ok({ type: 'price-history', itemId: '2580000000001' })).toEqual({
      itemId: '2580000000001',
      points: [
        { at: now - day, fen: 700, kind: 'sale' },
        { at: now, fen: 800, kind: 'sale' },
      ],
      lowFen: 700,
      highFen: 800,
      count: 2,
      lookbackDays: 30,
      // D-LOW90's line for the sparkline, from the pack in force.
      ceiling: { fen: 630, bp: 9000, label: { zh: '最低价的90%', en: '90 % of low' } },
    });
  });

  it('imports a valid pack, refuses a bad one without replacing the good one, and resets', async () => {
    const custom = { ...defaultPack, version: 'custom-1' };
    expect(await ok({ type: 'import-pack', pack: custom })).toEqual({ version: 'custom-1' });

    const reply = await worker.handle({
      type: 'import-pack',
      pack: { ...custom, version: 2, history: {} },
    });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['version', 'history.lookbackDays']),
    );
    // A fresh worker (as after an MV3 restart) still runs the good pack.
    const restarted = createWorker(undefined, () => now);
    const pack = await restarted.handle({ type: 'get-pack' });
    expect(pack.ok && (pack.data as { version: string }).version).toBe('custom-1');

    expect(await ok({ type: 'reset-pack' })).toEqual({ version: defaultPack.version });
    expect(((await ok({ type: 'get-pack' })) as { version: string }).version).toBe(
      defaultPack.version,
    );
  });

  it('exports, clears and resets everything', async () => {
    await ok({
      type: 'record-observations',
      observations: [
        {
          itemId: '2580000000001',
          fen: 990,
          at: now,
          pageKind: 'live-room',
          priceKind: 'activity',
        },
      ],
    });
    const { csv, rows } = await ok({ type: 'export-history-csv' });
    expect(rows).toBe(1);
    expect(csv).toContain('2580000000001,2023-02-20 10:00:00,9.90,live-room,activity,page');

    await ok({ type: 'set-settings', patch: { lookbackDays: 60 } });
    expect(await ok({ type: 'reset-all' })).toEqual({});
    expect((await ok({ type: 'get-settings' })).lookbackDays).toBe(180);
    expect((await ok({ type: 'price-history', itemId: '2580000000001' })).count).toBe(0);
    expect(await ok({ type: 'clear-history' })).toEqual({ removed: 0 });
  });
});
