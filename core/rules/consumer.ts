/**
 * C-BNPL (SPEC §3, seed 000 §3.1 注意事项): a buyer may use 先用后付 when 芝麻信用分 > 550 or
 * 微信支付分 > 600 — strictly greater ("高于"). Three-valued: pass when either known score passes,
 * fail only when both are known and both fail, otherwise unknown. In the report only when the
 * request has a `consumer`.
 */
import type { Check } from '../report';
import type { Consumer } from '../request';
import type { RulePack } from '../pack';
import { greaterThan, makeCheck, message } from './check';

function above(score: number | null, threshold: number): boolean | null {
  return score === null ? null : greaterThan(score, threshold);
}

export function checkConsumerBnpl(consumer: Consumer, pack: RulePack): Check {
  const sesame = consumer.sesameScore ?? null;
  const wechat = consumer.wechatPayScore ?? null;
  const { sesameScoreAbove, wechatPayScoreAbove } = pack.consumer;
  const sesameOk = above(sesame, sesameScoreAbove);
  const wechatOk = above(wechat, wechatPayScoreAbove);
  const values = {
    sesameScore: sesame,
    sesameScoreAbove,
    wechatPayScore: wechat,
    wechatPayScoreAbove,
  };
  const scores = `芝麻信用分 ${sesame ?? '未知'}，微信支付分 ${wechat ?? '未知'}`;
  const scoresEn = `Sesame credit ${sesame ?? 'unknown'}, WeChat Pay score ${wechat ?? 'unknown'}`;
  const rule = `需芝麻信用分高于 ${sesameScoreAbove} 或微信支付分高于 ${wechatPayScoreAbove}`;
  const ruleEn = `needs Sesame > ${sesameScoreAbove} or WeChat Pay > ${wechatPayScoreAbove}`;
  if (sesameOk === true || wechatOk === true) {
    return makeCheck(
      pack,
      'C-BNPL',
      'pass',
      values,
      message(
        `${scores}：可用先用后付（${rule}）`,
        `${scoresEn}: may use buy-now-pay-later (${ruleEn})`,
      ),
    );
  }
  if (sesameOk === false && wechatOk === false) {
    return makeCheck(
      pack,
      'C-BNPL',
      'fail',
      values,
      message(
        `${scores}：不可用先用后付（${rule}）`,
        `${scoresEn}: not eligible for buy-now-pay-later (${ruleEn})`,
      ),
    );
  }
  return makeCheck(
    pack,
    'C-BNPL',
    'unknown',
    values,
    message(`${scores}：无法判断（${rule}）`, `${scoresEn}: cannot tell (${ruleEn})`),
  );
}
