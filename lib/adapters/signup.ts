/**
 * Activity signup (`/zone/business-invitation/…?id=1119`): which activity, its 报名时间 as the page
 * states it, and a 历史最低价 the page may show for the chosen product (SPEC §8: a low the page
 * states is used too). The eligibility itself is a request with no product: the worker adds the
 * stored merchant profile.
 */
import { parsePrice } from '@/core/money';
import type { EvaluationRequest } from '@/core/request';
import { findLabel, inputByLabel, labelValue, readItemId, textOf } from './read-text';

export interface SignupRead {
  activityId: string | null;
  activityName: string | null;
  /** Days as the page states them (YYYY-MM-DD), or null when not shown. */
  signupWindow: { from: string; to: string } | null;
  /** A lowest price the page states for a product on the form. */
  pageLow: { itemId: string; fen: number } | null;
  request: EvaluationRequest;
}

function readWindow(text: string | null): { from: string; to: string } | null {
  const days = text?.match(/\d{4}-\d{2}-\d{2}/g);
  return days && days.length >= 2 && days[0] && days[1] ? { from: days[0], to: days[1] } : null;
}

export function readSignup(root: ParentNode, url: string): SignupRead {
  let activityId: string | null = null;
  try {
    activityId = new URL(url).searchParams.get('id');
  } catch {
    activityId = null;
  }
  const heading = root.querySelector('h1') ?? findLabel(root, /活动$/);
  const itemText = inputByLabel(root, '商品ID')?.value ?? labelValue(root, '商品ID');
  const itemId = itemText ? (readItemId(`ID:${itemText}`) ?? null) : null;
  const lowText = labelValue(root, /历史最低价|近30天最低价/);
  const low = lowText ? parsePrice(lowText) : null;
  return {
    activityId,
    activityName: heading ? textOf(heading) || null : null,
    signupWindow: readWindow(labelValue(root, '报名时间')),
    pageLow: itemId && low?.ok ? { itemId, fen: low.minFen } : null,
    request: {},
  };
}
