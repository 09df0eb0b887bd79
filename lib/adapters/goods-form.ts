/**
 * The goods create/edit form (`/zone/goods/config/release/add`, `…/detail?itemId=`): inputs found
 * by placeholder or label, Ant selects by their shown text. Read only — the merchant's form is
 * never written to. An empty field is absent from the request (→ `unknown`); a field that is
 * filled but unreadable is reported as a problem, never turned into a number.
 */
import { parseYuanToFen } from '@/core/money';
import { urlItemId } from '@/core/page-kind';
import type { Product } from '@/core/request';
import { readCategory } from '@/core/facts/category';
import { hasDepositTerm } from '@/core/facts/deposit-product';
import { readInstallmentChoice } from '@/core/facts/tags';
import { inputByLabel, selectText } from './read-text';
import type { DepositRead } from './types';

interface FieldProblem {
  field: string;
  text: string;
}

export interface GoodsFormRead {
  itemId: string | null;
  product: Product;
  problems: FieldProblem[];
}

/** The form root: the Ant form that holds the 价格 section, else the document. */
export function findGoodsForm(root: ParentNode): Element | null {
  return root.querySelector('#Price')?.closest('form') ?? root.querySelector('form.ant-form, form');
}

function fieldText(root: ParentNode, label: string): string | null {
  const value = inputByLabel(root, label)?.value.trim();
  return value ? value : null;
}

export function readGoodsForm(root: ParentNode, url: string): GoodsFormRead {
  const problems: FieldProblem[] = [];
  const money = (label: string): number | undefined => {
    const text = fieldText(root, label);
    if (text === null) return undefined;
    const fen = parseYuanToFen(text);
    if (fen === null) problems.push({ field: label, text });
    return fen ?? undefined;
  };
  const count = (label: string): number | undefined => {
    const text = fieldText(root, label);
    if (text === null) return undefined;
    const plain = text.replace(/,/g, '');
    if (!/^\d{1,12}$/.test(plain)) {
      problems.push({ field: label, text });
      return undefined;
    }
    return Number(plain);
  };

  const itemId = urlItemId(url);
  const product: Product = {};
  if (itemId) product.itemId = itemId;
  const title = fieldText(root, '商品标题');
  if (title) product.title = title;
  const category = readCategory(selectText(root, '商品类目') ?? selectText(root, '类目'));
  if (category) product.category = category;
  const priceFen = money('价格');
  if (priceFen !== undefined) product.priceFen = priceFen;
  const activityPriceFen = money('活动价');
  if (activityPriceFen !== undefined) product.activityPriceFen = activityPriceFen;
  const installment = readInstallmentChoice(selectText(root, '分期'));
  if (installment) product.installment = installment;

  const deposit: DepositRead = {};
  const amountFen = money('意向金');
  if (amountFen !== undefined) deposit.amountFen = amountFen;
  const deductionFen = money('可抵金额');
  if (deductionFen !== undefined) deposit.deductionFen = deductionFen;
  const balanceFen = money('尾款');
  if (balanceFen !== undefined) deposit.balanceFen = balanceFen;
  const presaleQty = count('预售数量');
  if (presaleQty !== undefined) deposit.presaleQty = presaleQty;
  const stock = count('总库存');
  if (stock !== undefined) deposit.stock = stock;
  const capacity = count('产能');
  if (capacity !== undefined) deposit.capacity = capacity;
  const labelText = fieldText(root, '主图标注文案');
  if (labelText) deposit.labelText = labelText;
  if (hasDepositTerm(deposit)) product.deposit = deposit;
  return { itemId, product, problems };
}
