import { describe, expect, it } from 'vitest';
import {
  campaignCalendar,
  campaignPhase,
  daysLeft,
  daysUntil,
  isCurrent,
  phaseDaysText,
  programCalendar,
} from '@/core/campaign';
import { defaultPack as pack } from '@/core/pack';

const window = { from: '2023-02-15', to: '2023-03-09' };

describe('days left count today (SPEC §2)', () => {
  it.each([
    ['2023-02-14', null], // before it opens
    ['2023-02-15', 23],
    ['2023-03-08', 2],
    ['2023-03-09', 1], // its last day: 今天截止
    ['2023-03-10', 0], // the day after: 已结束
    ['2026-12-01', 0],
  ])('%s → %s', (day, left) => {
    expect(daysLeft(day, window)).toBe(left);
  });
  it('days until a window opens: 1 the day before, 0 once open', () => {
    expect(daysUntil('2023-02-13', window)).toBe(2);
    expect(daysUntil('2023-02-14', window)).toBe(1);
    expect(daysUntil('2023-02-15', window)).toBe(0);
    expect(daysUntil('2023-03-20', window)).toBe(0);
  });
});

describe('current programs', () => {
  const cosub = pack.programs['FI-COSUB']; // signup 02-15…03-09, active 02-20…03-10
  it.each([
    ['2023-02-14', false, 'not-started'],
    ['2023-02-15', true, 'signup'],
    ['2023-02-19', true, 'signup'],
    ['2023-02-20', true, 'active'],
    ['2023-03-10', true, 'active'],
    ['2023-03-11', false, 'ended'],
  ])('FI-COSUB on %s: current %s, %s', (day, current, phase) => {
    expect(isCurrent(day, cosub)).toBe(current);
    expect(campaignPhase(day, cosub)).toBe(phase);
  });
});

describe('the calendar', () => {
  it('today (2026-12-01) nothing is current and the campaign has ended on 2023-03-31', () => {
    const calendar = campaignCalendar(pack, '2026-12-01');
    expect(calendar).toMatchObject({
      current: false,
      phase: 'ended',
      firstDay: '2023-02-15',
      lastDay: '2023-03-31',
      nextOpensOn: null,
    });
    expect(calendar.programs.map((program) => program.phase)).toEqual(['ended', 'ended', 'ended']);
    expect(calendar.programs.map((program) => program.activeDaysLeft)).toEqual([0, 0, 0]);
  });
  it('on 2023-02-21 every program is active, with its own days left', () => {
    const calendar = campaignCalendar(pack, '2023-02-21');
    expect(calendar.current).toBe(true);
    expect(calendar.programs.map((program) => [program.id, program.activeDaysLeft])).toEqual([
      ['BNPL-SUB', 39],
      ['FI-PLAT3', 23],
      ['FI-COSUB', 18],
    ]);
  });
  it('before the campaign it names the first day to come', () => {
    expect(campaignCalendar(pack, '2023-01-01')).toMatchObject({
      current: false,
      phase: 'not-started',
      nextOpensOn: '2023-02-15',
    });
  });
  it.each([
    ['2023-02-16', '报名中：报名还剩 22 天'],
    ['2023-03-09', '活动中：活动还剩 2 天，报名今天截止'],
    ['2023-03-10', '活动中：活动今天截止'],
    ['2023-03-11', '已结束：2023-03-10 结束'],
    ['2023-02-10', '未开始：5 天后开始报名'],
  ])('FI-COSUB on %s reads 「%s」', (day, words) => {
    expect(phaseDaysText(programCalendar(day, 'FI-COSUB', pack.programs['FI-COSUB'])).zh).toBe(
      words,
    );
  });
  it('between the end of signup and the start of the active window', () => {
    const program = {
      ...pack.programs['FI-COSUB'],
      signup: { from: '2023-02-01', to: '2023-02-10' },
    };
    expect(phaseDaysText(programCalendar('2023-02-15', 'FI-COSUB', program)).zh).toBe(
      '未开始：报名已截止，活动 5 天后开始',
    );
  });
});
