/**
 * What the price-history sparkline shows beside the low (DESIGN-REVIEW V18, P5): D-LOW90's
 * ceiling — the highest whole-fen price that still passes — at the pack's share, computed as the
 * rule computes it, and named with that share.
 */
import type { Message } from '../report';
import type { RulePack } from '../pack';
import { lowCeilingFen } from '../rules/deposit-price';
import { shiftDecimal } from './format';

export interface LowCeiling {
  fen: number;
  /** The pack's share of the low, in basis points (9000 → 90 %). */
  bp: number;
  label: Message;
}

export function lowCeiling(lowFen: number | null, pack: RulePack): LowCeiling | null {
  if (lowFen === null) return null;
  const bp = pack.deposit.maxOfHistoricalLowBp;
  const share = shiftDecimal(bp, -2);
  return {
    fen: lowCeilingFen(lowFen, bp),
    bp,
    label: { zh: `最低价的${share}%`, en: `${share} % of low` },
  };
}
