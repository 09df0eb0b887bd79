/**
 * The merchant's own metrics as the workbench shows them (购物体验分 4.62, 近30天及时发货率
 * 96.5%, 商责纠纷率 0.02‱, GMV …), read by their labels, to be offered to the stored profile.
 * Only what the page shows is returned: nothing is guessed.
 */
import { parsePrice } from '@/core/money';
import { EXPERIENCE_SCORE_MAX, RATE_MAX } from '@/core/ranges';
import type { Merchant } from '@/core/request';
import { firstNumber, labelValue, shiftDecimal } from './read-text';

/** `96.5%` → 0.965, `0.02‱` → 0.000002; exact decimal shifts, never float division. */
function readRate(text: string | null): number | null {
  if (!text) return null;
  const digits = firstNumber(text);
  if (digits === null) return null;
  const places = /‱/.test(text) ? 4 : /%|％/.test(text) ? 2 : null;
  if (places === null) return null;
  const rate = shiftDecimal(digits, places);
  return rate !== null && rate <= RATE_MAX ? rate : null;
}

function readScore(text: string | null): number | null {
  const digits = firstNumber(text);
  if (digits === null) return null;
  const score = Number(digits);
  return Number.isFinite(score) && score <= EXPERIENCE_SCORE_MAX ? score : null;
}

function readFen(text: string | null): number | null {
  if (!text) return null;
  const parsed = parsePrice(text);
  return parsed.ok ? parsed.minFen : null;
}

function readCount(text: string | null): number | null {
  const digits = firstNumber(text);
  return digits !== null && /^\d+$/.test(digits) ? Number(digits) : null;
}

const readers: readonly {
  key: keyof Merchant;
  label: RegExp;
  read: (text: string | null) => number | null;
}[] = [
  { key: 'experienceScore', label: /购物体验分/, read: readScore },
  { key: 'onTimeShipRate30d', label: /及时发货率/, read: readRate },
  { key: 'disputeRate30d', label: /纠纷率/, read: readRate },
  { key: 'violations90d', label: /违规(记录|次数)?/, read: readCount },
  { key: 'monthlyGmvFen', label: /(近30天|月)(支付)?GMV/i, read: readFen },
  { key: 'maxSessionGmvFen', label: /单场(最高)?GMV/i, read: readFen },
  { key: 'dsr', label: /DSR/i, read: readScore },
];

export function readMerchantMetrics(root: ParentNode): Partial<Merchant> {
  const metrics: Partial<Record<keyof Merchant, number>> = {};
  for (const { key, label, read } of readers) {
    const value = read(labelValue(root, label));
    if (value !== null) metrics[key] = value;
  }
  return metrics as Partial<Merchant>;
}
