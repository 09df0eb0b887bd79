import { describe, expect, it } from 'vitest';
import { checkItem, type BatchResult } from '@/core/batch/engine';
import { BatchTally } from '@/core/batch/tally';
import type { Check, Report, Status } from '@/core/report';

function result(n: number, statuses: Status[]): BatchResult {
  const checks = statuses.map((status, i) => ({ id: `X-${i}`, status }) as unknown as Check);
  const summary = { pass: 0, fail: 0, warn: 0, unknown: 0 };
  for (const status of statuses) summary[status] += 1;
  const report = { date: '2023-03-01', checks, installment: null, hints: [], summary } as Report;
  return { ok: true, at: { unit: 'row', n }, itemId: `id${n}`, title: `t${n}`, report };
}

describe('BatchTally', () => {
  it('counts items by their worst status, and the ones that could not be checked', () => {
    const tally = new BatchTally();
    tally.add(result(2, ['pass', 'fail', 'warn']));
    tally.add(result(3, ['pass', 'warn', 'unknown']));
    tally.add(result(4, ['pass', 'unknown']));
    tally.add(result(5, ['pass']));
    tally.add(
      checkItem({ at: { unit: 'row', n: 6 }, itemId: null, issues: [{ path: 'p', message: 'm' }] }),
    );
    expect(tally.result()).toMatchObject({
      items: 5,
      fails: 1,
      warns: 1,
      unknowns: 1,
      passes: 1,
      invalid: 1,
    });
  });

  it('keeps only the worst N, most fails first, then warnings, ties in input order', () => {
    const tally = new BatchTally(3);
    tally.add(result(1, ['warn']));
    tally.add(result(2, ['fail']));
    tally.add(result(3, ['fail', 'fail']));
    tally.add(result(4, ['fail', 'warn']));
    tally.add(result(5, ['fail']));
    tally.add(result(6, ['pass', 'unknown']));
    const worst = tally.result().worst;
    expect(worst.map((item) => item.at.n)).toEqual([3, 4, 2]);
    expect(worst[1]).toMatchObject({
      itemId: 'id4',
      title: 't4',
      fail: 1,
      warn: 1,
      ids: ['X-0', 'X-1'],
    });
  });

  it('lists no item without a fail or a warning among the worst', () => {
    const tally = new BatchTally();
    tally.add(result(1, ['unknown', 'pass']));
    expect(tally.result().worst).toEqual([]);
  });
});
