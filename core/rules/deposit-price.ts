/**
 * Price honesty of a deposit item (SPEC §6): D-LOW90 (seed 004 §1), D-HIKE 变相涨价 and D-ORIG
 * 虚标原价 (seed 004 §2, §6). Money compared in integer fen only.
 */
import type { Check } from '../report';
import type { Product } from '../request';
import type { RulePack } from '../pack';
import {
  bpText,
  compareShare,
  fenText,
  makeCheck,
  message,
  payablePriceFen,
  verdict,
} from './check';

const lowSourceText = {
  page: { zh: '页面标示', en: 'shown on the page' },
  merchant: { zh: '商家填写', en: 'entered by the merchant' },
  history: { zh: '本地记录', en: 'recorded history' },
} as const;

/** D-LOW90: activity price ≤ 90 % × historical low; unknown without a low. */
/** D-LOW90's ceiling: the highest whole-fen price ≤ the pack's share of the low. */
export const lowCeilingFen = (lowFen: number, bp: number): number =>
  Math.floor((lowFen * bp) / 10_000);

export function checkBelowHistoricalLow(product: Product, pack: RulePack): Check {
  const price = payablePriceFen(product);
  const low = product.historicalLowFen ?? null;
  const bp = pack.deposit.maxOfHistoricalLowBp;
  const source = product.historicalLowSource ?? null;
  const values = {
    activityPriceFen: price,
    historicalLowFen: low,
    maxOfHistoricalLowBp: bp,
    // The highest price that still passes: floor(low × 90 %).
    limitFen: low === null ? null : lowCeilingFen(low, bp),
    historicalLowSource: source,
    historicalLowCount: product.historicalLowCount ?? null,
    historicalActivityCount: product.historicalActivityCount ?? null,
  };
  const unknown = (zh: string, en: string) =>
    makeCheck(
      pack,
      'D-LOW90',
      'unknown',
      values,
      message(
        `${zh}（活动价需 ≤ 历史最低价的 ${bpText(bp)}）`,
        `${en} (activity price must be ≤ ${bpText(bp)} of the historical low)`,
      ),
    );
  if (price === null) return unknown('活动价未知', 'Activity price unknown');
  if (low === null) {
    // The low is of the ordinary (sale) price: an activity price seen is never its own reference.
    // Where to see that price is added by makeCheck (core/rules/where.ts: `history`).
    const seenActivity = product.historicalActivityCount ?? 0;
    return seenActivity > 0
      ? unknown(
          `历史最低价未知：只记录到该商品的活动价（${seenActivity} 次），尚未见过其日常售价`,
          `Historical low unknown: only the item's activity price has been recorded (${seenActivity}×), not its ordinary price yet`,
        )
      : unknown(
          '历史最低价未知：尚未见过该商品的日常售价',
          "Historical low unknown: the item's ordinary price has not been seen yet",
        );
  }
  const ok = compareShare(price, low, bp) <= 0;
  const from = source ? `（${lowSourceText[source].zh}）` : '';
  const fromEn = source ? ` (${lowSourceText[source].en})` : '';
  return makeCheck(
    pack,
    'D-LOW90',
    verdict(ok),
    values,
    message(
      `活动价 ${fenText(price)} ${ok ? '≤' : '高于'} 历史最低价 ${fenText(low)}${from} 的 ${bpText(bp)}（${fenText(values.limitFen ?? 0)}）`,
      `Activity price ${fenText(price)} ${ok ? '≤' : 'is above'} ${bpText(bp)} of the historical low ${fenText(low)}${fromEn} (${fenText(values.limitFen ?? 0)})`,
    ),
  );
}

/** D-HIKE: deposit + balance (the final presale price) must not exceed the normal selling price. */
export function checkHiddenPriceRise(product: Product, pack: RulePack): Check {
  const amount = product.deposit?.amountFen ?? null;
  const balance = product.deposit?.balanceFen ?? null;
  const normal = product.priceFen ?? null;
  const final = amount === null || balance === null ? null : amount + balance;
  const values = { amountFen: amount, balanceFen: balance, finalPriceFen: final, priceFen: normal };
  if (final === null || normal === null) {
    return makeCheck(
      pack,
      'D-HIKE',
      'unknown',
      values,
      message(
        '意向金、尾款或正常售价未知（意向金 + 尾款不得高于正常售价）',
        'Deposit, balance or normal price unknown (deposit + balance must not exceed the normal price)',
      ),
    );
  }
  const ok = final <= normal;
  return makeCheck(
    pack,
    'D-HIKE',
    verdict(ok),
    values,
    message(
      `意向金 + 尾款 = ${fenText(final)}，${ok ? '不高于' : '高于（变相涨价）'}正常售价 ${fenText(normal)}`,
      `Deposit + balance = ${fenText(final)}, ${ok ? 'not above' : 'above (a hidden price rise)'} the normal price ${fenText(normal)}`,
    ),
  );
}

/**
 * D-ORIG: the struck-through price must not exceed every price ever observed. The prices on the
 * page now count as observed too, so an original price at or below them passes without history;
 * above them, only recorded history can tell (unknown without it).
 */
export function checkOriginalPrice(product: Product, pack: RulePack): Check {
  const original = product.originalPriceFen ?? null;
  const recordedHigh = product.historicalHighFen ?? null;
  const seen = [recordedHigh, product.priceFen ?? null, product.activityPriceFen ?? null].filter(
    (fen): fen is number => fen !== null,
  );
  const observedHigh = seen.length > 0 ? Math.max(...seen) : null;
  const values = {
    originalPriceFen: original,
    historicalHighFen: recordedHigh,
    observedHighFen: observedHigh,
  };
  if (original === null) {
    return makeCheck(
      pack,
      'D-ORIG',
      'unknown',
      values,
      message('划线原价未知', 'Original price unknown'),
    );
  }
  if (observedHigh !== null && original <= observedHigh) {
    return makeCheck(
      pack,
      'D-ORIG',
      'pass',
      values,
      message(
        `划线原价 ${fenText(original)} 不高于见过的最高价 ${fenText(observedHigh)}`,
        `Original price ${fenText(original)} is not above the highest price seen, ${fenText(observedHigh)}`,
      ),
    );
  }
  if (recordedHigh === null || observedHigh === null) {
    return makeCheck(
      pack,
      'D-ORIG',
      'unknown',
      values,
      message(
        `划线原价 ${fenText(original)}：无历史价格记录，无法核实`,
        `Original price ${fenText(original)}: no price history to verify it`,
      ),
    );
  }
  return makeCheck(
    pack,
    'D-ORIG',
    'warn',
    values,
    message(
      `划线原价 ${fenText(original)} 高于见过的最高价 ${fenText(observedHigh)}（疑似虚标原价）`,
      `Original price ${fenText(original)} is above the highest price ever seen, ${fenText(observedHigh)} (possibly inflated)`,
    ),
  );
}
