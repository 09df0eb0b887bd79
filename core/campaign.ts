/**
 * Campaign time (SPEC §2): where a day stands in each program's windows, and how many days are
 * left. Computed here once; the program checks, the signup panel, the popup's calendar and the
 * `no-current-campaign` hint all read these figures, so every surface shows the same count.
 *
 * Days left count today: on a window's last day 1 (今天截止), the day after 0 (已结束).
 */
import { daysBetween, inWindow, type DayWindow } from './dates';
import type { Campaign, ProgramId, ProgramTerms, RulePack } from './pack';
import type { CampaignPhase } from './report';
import { perObjectMemo } from './rules/check';

/** The bundled campaign's program ids (SPEC §2: they stay these whatever else is installed). */
export const bundledProgramIds: readonly ProgramId[] = ['BNPL-SUB', 'FI-PLAT3', 'FI-COSUB'];

/** Every program id of a pack, campaign by campaign. */
export const programIdsOf = perObjectMemo((pack: RulePack, _: null): readonly ProgramId[] =>
  Object.freeze(pack.campaigns.flatMap((campaign) => campaign.programs.map((p) => p.id))),
);

const inOptionalWindow = (day: string, window: DayWindow | null | undefined) =>
  window ? inWindow(day, window) : false;

/** A program's windows as one list (absent ones left out). */
const windowsOf = (program: ProgramTerms): DayWindow[] =>
  [program.signup, program.active].filter((w): w is DayWindow => Boolean(w));

/** A program with neither window: never current, the calendar says 日期未定 (SPEC §2). */
export const isUndated = (program: ProgramTerms) => windowsOf(program).length === 0;

/**
 * 'active' when the day lies in the active window (even while signup is still open: the benefit is
 * live), else 'signup', else 'not-started' before the program's last window ends, else 'ended'.
 * An undated program is 'not-started' (its window term says 日期未定).
 */
export function campaignPhase(day: string, program: ProgramTerms): CampaignPhase {
  if (inOptionalWindow(day, program.active)) return 'active';
  if (inOptionalWindow(day, program.signup)) return 'signup';
  const starts = program.active?.from ?? program.signup?.from;
  if (!starts) return 'not-started';
  return day < starts ? 'not-started' : 'ended';
}

/** A program is current on a day inside its signup window or its active window. */
export function isCurrent(day: string, program: ProgramTerms): boolean {
  return inOptionalWindow(day, program.signup) || inOptionalWindow(day, program.active);
}

/**
 * The programs current on a day, per pack: asked once per evaluation, and the same few days recur
 * call after call (parsing 18 day strings per call halved the evaluate rate).
 */
export const currentProgramIds = perObjectMemo(
  (pack: RulePack, day: string): readonly ProgramId[] =>
    Object.freeze(programIdsOf(pack, null).filter((id) => isCurrent(day, pack.programs[id]!))),
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
  /** Absent when the announcement does not state it; with neither the program is 日期未定. */
  signup: DayWindow | null;
  active: DayWindow | null;
  undated: boolean;
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
  key: string;
  name: string;
  signupUrl: string | null;
  programs: ProgramCalendar[];
  /** Some program is current (inside its signup or active window). */
  current: boolean;
  /** The campaign's first and last day over every program window (null: no program is dated). */
  firstDay: string | null;
  lastDay: string | null;
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
  const signup = program.signup ?? null;
  const active = program.active ?? null;
  return {
    id,
    title: program.title,
    phase: campaignPhase(day, program),
    signup,
    active,
    undated: !signup && !active,
    signupDaysLeft: signup ? daysLeft(day, signup) : null,
    activeDaysLeft: active ? daysLeft(day, active) : null,
    daysUntilSignup: signup ? daysUntil(day, signup) : 0,
    daysUntilActive: active ? daysUntil(day, active) : 0,
  };
}

const earliest = (days: string[]) => (days.length ? days.reduce((a, b) => (b < a ? b : a)) : null);
const latest = (days: string[]) => (days.length ? days.reduce((a, b) => (b > a ? b : a)) : null);

/** One campaign on a day (the pack's first when none is named: the bundled one alone). */
export function campaignCalendar(
  pack: RulePack,
  day: string,
  campaign: Campaign | undefined = pack.campaigns[0],
): CampaignCalendar {
  const listed = campaign?.programs ?? [];
  const programs = listed.map((p) => programCalendar(day, p.id, p));
  const windows = listed.flatMap(windowsOf);
  const firstDay = earliest(windows.map((w) => w.from));
  const lastDay = latest(windows.map((w) => w.to));
  const current = listed.some((p) => isCurrent(day, p));
  const nextOpensOn = earliest(windows.map((w) => w.from).filter((from) => from > day));
  return {
    day,
    key: campaign?.key ?? '',
    name: campaign?.name ?? '',
    signupUrl: campaign?.signupUrl ?? null,
    programs,
    current,
    firstDay,
    lastDay,
    nextOpensOn,
    phase: current
      ? 'running'
      : nextOpensOn !== null || firstDay === null
        ? 'not-started'
        : 'ended',
  };
}

const phaseOrder = { running: 0, 'not-started': 1, ended: 2 } as const;

/**
 * Every installed campaign on a day, by date (SPEC §2, the popup's calendar): current first, then
 * upcoming by the day they open, then past by the day they ended (latest first); undated last
 * among the upcoming.
 */
export function campaignCalendars(pack: RulePack, day: string): CampaignCalendar[] {
  const sortDay = (c: CampaignCalendar) =>
    c.phase === 'ended'
      ? (c.lastDay ?? '')
      : c.phase === 'running'
        ? (c.firstDay ?? '')
        : (c.nextOpensOn ?? '9999');
  return pack.campaigns
    .map((campaign) => campaignCalendar(pack, day, campaign))
    .sort((a, b) => {
      const byPhase = phaseOrder[a.phase] - phaseOrder[b.phase];
      if (byPhase !== 0) return byPhase;
      const order = sortDay(a).localeCompare(sortDay(b));
      return a.phase === 'ended' ? -order : order;
    });
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
  if (program.undated) return { zh: '日期未定', en: 'dates not announced' };
  if (phase === 'not-started') {
    const days = program.daysUntilSignup;
    if (days > 0) return { zh: `${days} 天后开始报名`, en: `signup opens in ${days} days` };
    const start = program.daysUntilActive;
    return {
      zh: `报名已截止，活动 ${start} 天后开始`,
      en: `signup closed, active in ${start} days`,
    };
  }
  const last = latest([program.active?.to, program.signup?.to].filter((d): d is string => !!d));
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
