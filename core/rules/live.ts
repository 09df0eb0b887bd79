/**
 * D-LIVE (SPEC §6, seed 004 §3): in a live room the deposit item must be the one being explained
 * (讲解中). Advisory (warn). In the report only for a deposit item with `product.live` given.
 */
import type { Check } from '../report';
import type { RulePack } from '../pack';
import { makeCheck, message, verdict } from './check';

export function checkLiveExplaining(live: { explaining?: boolean | null }, pack: RulePack): Check {
  const explaining = live.explaining ?? null;
  const values = { explaining };
  if (explaining === null) {
    return makeCheck(
      pack,
      'D-LIVE',
      'unknown',
      values,
      message(
        '无法判断该意向金商品是否在讲解中',
        'Cannot tell whether this deposit item is being explained',
      ),
    );
  }
  return makeCheck(
    pack,
    'D-LIVE',
    verdict(explaining, 'warn'),
    values,
    message(
      explaining
        ? '意向金商品正在讲解中'
        : '意向金商品未在讲解中：直播间挂载意向金须绑定该商品讲解时段',
      explaining
        ? 'The deposit item is being explained'
        : 'The deposit item is not being explained: a live deposit must run while it is explained',
    ),
  );
}
