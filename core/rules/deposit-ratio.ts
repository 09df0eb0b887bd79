/**
 * D-RATIO (SPEC §6, seed 004 §2): deposit ÷ total price ∈ [1 %, 20 %], both ends inclusive.
 * The total price is the activity price, else the normal price. Integer cross-multiplication, so
 * ¥2.00 on ¥200.00 is exactly 1 % and passes.
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
  shareBp,
  verdict,
} from './check';

/** Whether amount ÷ total lies in [min, max] bp; null when either is missing or the total is 0. */
export function shareWithin(
  amountFen: number | null,
  totalFen: number | null,
  range: { min: number; max: number },
): boolean | null {
  if (amountFen === null || totalFen === null || totalFen === 0) return null;
  return (
    compareShare(amountFen, totalFen, range.min) >= 0 &&
    compareShare(amountFen, totalFen, range.max) <= 0
  );
}

export function checkDepositRatio(product: Product, pack: RulePack): Check {
  const amount = product.deposit?.amountFen ?? null;
  const total = payablePriceFen(product);
  const { min, max } = pack.deposit.ratioBp;
  const ok = shareWithin(amount, total, pack.deposit.ratioBp);
  const ratio = amount === null || total === null ? null : shareBp(amount, total);
  const values = {
    amountFen: amount,
    totalPriceFen: total,
    ratioBp: ratio,
    minRatioBp: min,
    maxRatioBp: max,
  };
  const band = `${bpText(min)}～${bpText(max)}`;
  if (ok === null || amount === null || total === null) {
    return makeCheck(
      pack,
      'D-RATIO',
      'unknown',
      values,
      message(
        `意向金或商品总价未知（比例需在 ${band}）`,
        `Deposit or total price unknown (ratio must be ${band})`,
      ),
    );
  }
  const shown = `${fenText(amount)} ÷ ${fenText(total)} = ${bpText(ratio ?? 0)}`;
  return makeCheck(
    pack,
    'D-RATIO',
    verdict(ok),
    values,
    message(
      `意向金比例 ${shown}，${ok ? '在' : '不在'} ${band} 内`,
      `Deposit ratio ${shown}, ${ok ? 'within' : 'outside'} ${band}`,
    ),
  );
}
