/**
 * Stock honesty of a deposit item (SPEC §6, seed 004 §6): D-STOCK 虚假库存 (real stock ≥ 20 % of
 * the presale quantity, fail) and D-CAP (presale ≤ 120 % of production capacity, advisory warn).
 * Integer cross-multiplication, both ends inclusive.
 */
import type { Check } from '../report';
import type { Deposit } from '../request';
import type { RulePack } from '../pack';
import { bpText, compareShare, makeCheck, message, verdict } from './check';

export function checkRealStock(deposit: Deposit, pack: RulePack): Check {
  const stock = deposit.stock ?? null;
  const presale = deposit.presaleQty ?? null;
  const bp = pack.deposit.minStockOfPresaleBp;
  const values = { stock, presaleQty: presale, minStockOfPresaleBp: bp };
  if (stock === null || presale === null) {
    return makeCheck(
      pack,
      'D-STOCK',
      'unknown',
      values,
      message(
        `实际库存或预售量未知（库存需 ≥ 预售量的 ${bpText(bp)}）`,
        `Stock or presale quantity unknown (stock must be ≥ ${bpText(bp)} of presale)`,
      ),
    );
  }
  const ok = compareShare(stock, presale, bp) >= 0;
  return makeCheck(
    pack,
    'D-STOCK',
    verdict(ok),
    values,
    message(
      `实际库存 ${stock} ${ok ? '≥' : '不足'} 预售量 ${presale} 的 ${bpText(bp)}${ok ? '' : '（虚假库存）'}`,
      `Stock ${stock} is ${ok ? 'at least' : 'below'} ${bpText(bp)} of the presale quantity ${presale}${ok ? '' : ' (false stock)'}`,
    ),
  );
}

export function checkCapacity(deposit: Deposit, pack: RulePack): Check {
  const presale = deposit.presaleQty ?? null;
  const capacity = deposit.capacity ?? null;
  const bp = pack.deposit.maxPresaleOfCapacityBp;
  const values = { presaleQty: presale, capacity, maxPresaleOfCapacityBp: bp };
  if (presale === null || capacity === null) {
    return makeCheck(
      pack,
      'D-CAP',
      'unknown',
      values,
      message(
        `预售量或产能未知（预售量建议 ≤ 产能的 ${bpText(bp)}）`,
        `Presale quantity or capacity unknown (presale should be ≤ ${bpText(bp)} of capacity)`,
      ),
    );
  }
  const ok = compareShare(presale, capacity, bp) <= 0;
  return makeCheck(
    pack,
    'D-CAP',
    verdict(ok, 'warn'),
    values,
    message(
      `预售量 ${presale} ${ok ? '≤' : '超过'} 产能 ${capacity} 的 ${bpText(bp)}`,
      `Presale quantity ${presale} is ${ok ? 'within' : 'above'} ${bpText(bp)} of capacity ${capacity}`,
    ),
  );
}
