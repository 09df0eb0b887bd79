/**
 * Campaign time (SPEC §2): where a day stands in each program's windows, and how many days are
 * left. Computed here once; the program checks, the signup panel, the popup's calendar and the
 * `no-current-campaign` hint all read these figures, so every surface shows the same count.
 *
 * Days left count today: on a window's last day 1 (今天截止), the day after 0 (已结束).
 */
import { daysBetween, inWindow, type DayWindow } from './dates';
import type { ProgramId, ProgramTerms, RulePack } from './pack';
import type { CampaignPhase } from './report';
import { perObjectMemo } from './rules/check';

export const programIds: readonly ProgramId[] = ['BNPL-SUB', 'FI-PLAT3', 'FI-COSUB'];

/**
 * 'active' when the day lies in the active window (even while signup is still open: the benefit is
 * live), else 'signup', else 'not-started' before the active window begins, else 'ended'.
 */
export function campaignPhase(day: string, program: ProgramTerms): CampaignPhase {
  if (inWindow(day, program.active)) return 'active';
  if (inWindow(day, program.signup)) return 'signup';
  return day < program.active.from ? 'not-started' : 'ended';
}

/** A program is current on a day inside its signup window or its active window. */
export function isCurrent(day: string, program: ProgramTerms): boolean {
  return inWindow(day, program.signup) || inWindow(day, program.active);
}

/**
 * The programs current on a day, per pack: asked once per evaluation, and the same few days recur
 * call after call (parsing 18 day strings per call halved the evaluate rate).
 */
export const currentProgramIds = perObjectMemo(
  (pack: RulePack, day: string): readonly ProgramId[] =>
    Object.freeze(programIds.filter((id) => isCurrent(day, pack.programs[id]))),
);

/** Days left in a window, today included: 1 on its last day, 0 after it; null before it opens. */
export function daysLeft(day: string, window: DayWindow): number | null {
  if (day < window.from) return null;
  return Math.max(0, daysBetween(day, window.to) + 1);
}

/** Days until a window opens (0 once it has); 1 the day before. */
export function daysUntil(day: string, window: DayWindow): number {
  return Math.max(0, daysBetween(day, window.from));
}

export interface ProgramCalendar {
  id: ProgramId;
  title: { zh: string; en: string };
  phase: CampaignPhase;
  signup: DayWindow;
  active: DayWindow;
  /** Days left to sign up (null before signup opens, 0 once closed). */
  signupDaysLeft: number | null;
  /** Days left of the active window (null before it starts, 0 once over). */
  activeDaysLeft: number | null;
  /** Days until signup opens, and until the active window starts: 0 once they have. */
  daysUntilSignup: number;
  daysUntilActive: number;
}

export interface CampaignCalendar {
  day: string;
  name: string;
  signupUrl: string;
  programs: ProgramCalendar[];
  /** Some program is current (inside its signup or active window). */
  current: boolean;
  /** The campaign's first and last day over every program window. */
  firstDay: string;
  lastDay: string;
  /** The first day of the next window to open after this day, if any opens later. */
  nextOpensOn: string | null;
  /**
   * Where the whole campaign stands: some program current (running), none current but one still
   * to open (not-started), or every window past (ended).
   */
  phase: 'not-started' | 'running' | 'ended';
}

export function programCalendar(
  day: string,
  id: ProgramId,
  program: ProgramTerms,
): ProgramCalendar {
  return {
    id,
    title: program.title,
    phase: campaignPhase(day, program),
    signup: program.signup,
    active: program.active,
    signupDaysLeft: daysLeft(day, program.signup),
    activeDaysLeft: daysLeft(day, program.active),
    daysUntilSignup: daysUntil(day, program.signup),
    daysUntilActive: daysUntil(day, program.active),
  };
}

export function campaignCalendar(pack: RulePack, day: string): CampaignCalendar {
  const programs = programIds.map((id) => programCalendar(day, id, pack.programs[id]));
  const days = programs.flatMap((p) => [p.signup.from, p.signup.to, p.active.from, p.active.to]);
  const firstDay = days.reduce((a, b) => (b < a ? b : a));
  const lastDay = days.reduce((a, b) => (b > a ? b : a));
  const current = currentProgramIds(pack, day).length > 0;
  const later = programs
    .flatMap((p) => [p.signup.from, p.active.from])
    .filter((from) => from > day);
  const nextOpensOn = later.length > 0 ? later.reduce((a, b) => (b < a ? b : a)) : null;
  return {
    day,
    name: pack.campaign.name,
    signupUrl: pack.campaign.signupUrl,
    programs,
    current,
    firstDay,
    lastDay,
    nextOpensOn,
    phase: current ? 'running' : nextOpensOn !== null ? 'not-started' : 'ended',
  };
}

const countText = (left: number, zh: string, en: string) =>
  left === 1
    ? { zh: `${zh}今天截止`, en: `${en} closes today` }
    : { zh: `${zh}还剩 ${left} 天`, en: `${en}: ${left} days left` };

/**
 * What follows the phase, in words — 「活动还剩 5 天」, 「报名今天截止」, 「3 天后开始报名」,
 * 「2023-03-31 结束」 — for a surface that shows the phase as a chip beside it.
 */
export function phaseDetailText(program: ProgramCalendar): { zh: string; en: string } {
  const { phase, signupDaysLeft, activeDaysLeft } = program;
  if (phase === 'active') {
    const active = countText(activeDaysLeft ?? 0, '活动', 'active');
    const signup =
      signupDaysLeft !== null && signupDaysLeft > 0
        ? countText(signupDaysLeft, '报名', 'signup')
        : null;
    return signup ? { zh: `${active.zh}，${signup.zh}`, en: `${active.en}; ${signup.en}` } : active;
  }
  if (phase === 'signup') return countText(signupDaysLeft ?? 0, '报名', 'signup');
  if (phase === 'not-started') {
    const days = program.daysUntilSignup;
    if (days > 0) return { zh: `${days} 天后开始报名`, en: `signup opens in ${days} days` };
    const start = program.daysUntilActive;
    return {
      zh: `报名已截止，活动 ${start} 天后开始`,
      en: `signup closed, active in ${start} days`,
    };
  }
  const last = program.active.to > program.signup.to ? program.active.to : program.signup.to;
  return { zh: `${last} 结束`, en: `ended ${last}` };
}

const phaseWords = {
  active: { zh: '活动中', en: 'Active' },
  signup: { zh: '报名中', en: 'Signup open' },
  'not-started': { zh: '未开始', en: 'Not started' },
  ended: { zh: '已结束', en: 'Ended' },
} as const;

/**
 * The phase with its count in words, one phrasing for every surface: 「活动中：活动还剩 5 天」,
 * 「报名中：报名今天截止」, 「未开始：3 天后开始报名」, 「已结束：2023-03-31 结束」.
 */
export function phaseDaysText(program: ProgramCalendar): { zh: string; en: string } {
  const detail = phaseDetailText(program);
  const phase = phaseWords[program.phase];
  return { zh: `${phase.zh}：${detail.zh}`, en: `${phase.en} (${detail.en})` };
}
