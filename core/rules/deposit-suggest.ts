/**
 * D-SUGGEST (SPEC §6, seed 004 §2): advisory deposit ratio. A category range (家居 5–10 %,
 * 数码 from ¥1,000 1–3 %) beats the price band (< ¥200 15–20 %, ¥200 to < ¥1,000 8–12 %);
 * nothing applies from ¥1,000 for other categories → not applicable (left out). Outside → warn.
 * With no total price the band cannot be chosen → unknown.
 */
import type { Check } from '../report';
import type { Product } from '../request';
import type { BpRange, RulePack } from '../pack';
import { bpText, fenText, makeCheck, message, payablePriceFen, shareBp, verdict } from './check';
import { shareWithin } from './deposit-ratio';

function suggestedRange(
  totalFen: number,
  kind: string | null,
  pack: RulePack,
): { range: BpRange; basis: 'category' | 'band' } | null {
  const { categories, bands } = pack.deposit.suggest;
  const byCategory = categories.find((c) => c.kind === kind && totalFen >= c.minPriceFen);
  if (byCategory) return { range: byCategory.ratioBp, basis: 'category' };
  const band = bands.find((b) => totalFen >= b.fromFen && (b.toFen === null || totalFen < b.toFen));
  return band ? { range: band.ratioBp, basis: 'band' } : null;
}

export function checkSuggestedRatio(product: Product, pack: RulePack): Check | null {
  const amount = product.deposit?.amountFen ?? null;
  const total = payablePriceFen(product);
  const kind = product.category?.kind ?? null;
  if (total === null) {
    return makeCheck(
      pack,
      'D-SUGGEST',
      'unknown',
      { amountFen: amount, totalPriceFen: null, kind },
      message('商品总价未知，无法给出建议比例', 'Total price unknown: no suggested ratio'),
    );
  }
  const suggestion = suggestedRange(total, kind, pack);
  if (!suggestion) return null;
  const { range, basis } = suggestion;
  const ok = shareWithin(amount, total, range);
  const values = {
    amountFen: amount,
    totalPriceFen: total,
    kind,
    basis,
    ratioBp: amount === null ? null : shareBp(amount, total),
    minRatioBp: range.min,
    maxRatioBp: range.max,
  };
  const band = `${bpText(range.min)}～${bpText(range.max)}`;
  const basisZh = basis === 'category' ? '该类目' : `总价 ${fenText(total)}`;
  const basisEn = basis === 'category' ? 'this category' : `a total of ${fenText(total)}`;
  if (ok === null) {
    return makeCheck(
      pack,
      'D-SUGGEST',
      'unknown',
      values,
      message(
        `意向金未知（${basisZh}建议比例 ${band}）`,
        `Deposit unknown (suggested ratio for ${basisEn}: ${band})`,
      ),
    );
  }
  const ratio = bpText(values.ratioBp ?? 0);
  return makeCheck(
    pack,
    'D-SUGGEST',
    verdict(ok, 'warn'),
    values,
    message(
      `意向金比例 ${ratio}，${ok ? '在' : '不在'}${basisZh}建议区间 ${band} 内`,
      `Deposit ratio ${ratio} is ${ok ? 'within' : 'outside'} the suggested ${band} for ${basisEn}`,
    ),
  );
}
