/**
 * The small tags products carry on lists and carts — 先用后付, 分期免息 / 3期免息, 意向金 ¥50,
 * 讲解中 — turned into request pieces. One reading for every page kind.
 */
import { parsePrice } from '../money';
import type { InstallmentChoice } from '../request';

/**
 * `6期免息（商户贴息）`, `3期分期`, `分期免息` → how many periods, which program, and who pays —
 * only when the tag says so (免息 / 贴息: the merchant). A tag that does not say leaves the payer
 * out, so the core's one default (`payerOf`, core/installment) decides it.
 */
export function readInstallmentChoice(text: string | null): InstallmentChoice | null {
  if (!text || !/分期|免息|\d+\s*期/.test(text) || /不支持|不分期|关闭/.test(text)) return null;
  const periods = Number(/(\d+)\s*期/.exec(text)?.[1]);
  const program = /平台/.test(text)
    ? 'FI-PLAT3'
    : /商户贴息|商家贴息|联合贴息/.test(text)
      ? 'FI-COSUB'
      : null;
  return {
    ...(periods === 3 || periods === 6 || periods === 12 ? { periods } : {}),
    ...(/免息|贴息/.test(text) ? { payer: 'merchant' as const } : {}),
    ...(program ? { program } : {}),
  };
}

export interface TagReading {
  /** The deposit amount a tag states (`意向金 ¥300`), or null when it only says 意向金. */
  depositFen: number | null;
  hasDeposit: boolean;
  installment: InstallmentChoice | null;
  buyNowPayLater: boolean;
  explaining: boolean;
}

export function readTags(tags: readonly string[]): TagReading {
  const reading: TagReading = {
    depositFen: null,
    hasDeposit: false,
    installment: null,
    buyNowPayLater: false,
    explaining: false,
  };
  for (const tag of tags) {
    // 「意向金可抵200元」 is the deposit LABEL (its deduction), not a deposit amount.
    if (/意向金/.test(tag) && !/可抵/.test(tag)) {
      reading.hasDeposit = true;
      const amount = parsePrice(tag.replace(/^.*?意向金\s*/, ''));
      if (amount.ok) reading.depositFen = amount.minFen;
    }
    if (/先用后付/.test(tag)) reading.buyNowPayLater = true;
    if (/讲解中/.test(tag)) reading.explaining = true;
    reading.installment ??= readInstallmentChoice(tag);
  }
  return reading;
}

/** Tag-like texts inside an item: short leaves that name a tag we know. */
export const TAG_TEXT =
  /^(意向金(?!\s*可抵)|先用后付|分期免息|\d+\s*期(?:免息|分期)|花呗分期|讲解中|预售)/;
