/**
 * Activity signup: the merchant's eligibility for BNPL-SUB, FI-PLAT3, FI-COSUB and 意向金 access
 * (a request with no product: the worker adds the stored profile), each failed term with its value
 * and threshold, and the window the page states against today.
 */
import { addDays, daysBetween, shanghaiDay } from '@/core/dates';
import type { Hint } from '@/core/report';
import { readSignup } from '@/lib/adapters/signup';
import type { ContentEnv } from '../env';
import { runPanelPage, type PanelPage } from '../panel-page';

/** 报名中 (n days left) / 未开始 / 已结束, for the window as the page states it. */
export function windowHint(window: { from: string; to: string }, today: string): Hint {
  const range = `${window.from} 至 ${window.to}`;
  if (today < window.from) {
    const days = daysBetween(today, window.from);
    return {
      id: 'signup-window',
      message: {
        zh: `报名时间 ${range}：未开始（${days} 天后开始）`,
        en: `Signup ${window.from} – ${window.to}: not started (opens in ${days} days)`,
      },
      values: { from: window.from, to: window.to, today },
    };
  }
  if (today > window.to) {
    return {
      id: 'signup-window',
      message: {
        zh: `报名时间 ${range}：已结束`,
        en: `Signup ${window.from} – ${window.to}: ended`,
      },
      values: { from: window.from, to: window.to, today },
    };
  }
  const left = daysBetween(today, addDays(window.to, 1));
  return {
    id: 'signup-window',
    message: {
      zh: `报名时间 ${range}：报名中，还剩 ${left} 天`,
      en: `Signup ${window.from} – ${window.to}: open, ${left} days left`,
    },
    values: { from: window.from, to: window.to, today },
  };
}

export function runSignup(env: ContentEnv): PanelPage {
  return runPanelPage(env, {
    kind: 'signup',
    container: () =>
      env.doc.querySelector('h1')?.closest('[class*="card"], section, main') ?? env.doc.body,
    read: () => {
      const read = readSignup(env.doc, env.url());
      // A low the page states counts as history too (SPEC §8).
      if (read.pageLow)
        // A low the page states is of the ordinary price (历史最低价 / 近30天最低价).
        env.recorder.record(read.pageLow.itemId, read.pageLow.fen, 'signup', 'sale', 'page-low');
      const today = shanghaiDay(env.now());
      return {
        request: read.request,
        title: read.activityName
          ? { zh: `${read.activityName} · 资格检查`, en: `${read.activityName} · eligibility` }
          : undefined,
        hints: read.signupWindow ? [windowHint(read.signupWindow, today)] : [],
      };
    },
  });
}
