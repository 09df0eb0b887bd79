/**
 * Activity signup: the merchant's eligibility for BNPL-SUB, FI-PLAT3, FI-COSUB and 意向金 access
 * (a request with no product: the worker adds the stored profile), each failed term with its value
 * and threshold, and the window the page states against today.
 */
import { readSignup } from '@/lib/adapters/signup';
import type { ContentEnv } from '../env';
import { runPanelPage, type PanelPage } from '../panel-page';

/**
 * The signup panel is about one activity whatever the day, so it asks for every program
 * (`programScope: 'all'`) and hands the core the window the page states; the core counts the days.
 */
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
      const activity =
        read.activityName || read.signupWindow
          ? {
              ...(read.activityName && { name: read.activityName.slice(0, 200) }),
              ...(read.signupWindow && { signupWindow: read.signupWindow }),
            }
          : undefined;
      return {
        // Every program with its phase: the assembler's scope for a signup page (core/prepare).
        request: { ...read.request, ...(activity && { activity }) },
        title: read.activityName
          ? { zh: `${read.activityName} · 资格检查`, en: `${read.activityName} · eligibility` }
          : undefined,
      };
    },
  });
}
