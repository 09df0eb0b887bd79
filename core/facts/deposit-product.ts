/**
 * What makes an item a 意向金 product — which gates about fifteen checks (D-ENT … D-LIVE) — decided
 * once: a form or a spreadsheet row with a deposit term filled in (amount, deduction, balance or
 * presale quantity; 库存 alone does not), or a page that shows a 意向金 tag or the 意向金可抵 label.
 */
const depositTerms = ['amountFen', 'deductionFen', 'balanceFen', 'presaleQty'] as const;

/** A form or a row: any deposit term present. */
export function hasDepositTerm(deposit: object): boolean {
  return depositTerms.some((term) => term in deposit);
}

/** A page or a card: its 意向金 tag, its 意向金可抵 label, or (a detail page) the word anywhere. */
export function showsDeposit(page: { tag?: boolean; label?: boolean; text?: string }): boolean {
  return page.tag === true || page.label === true || /意向金/.test(page.text ?? '');
}
