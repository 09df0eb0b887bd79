/**
 * Workbench goods list (`/zone/goods/v1/list`): an Ant Design table. Columns are found by their
 * header text (单价, 商品信息), rows by `tr` under the body minus the zero-height measure rows, the
 * id by its `ID:`/`ID：` text — no generated class name is needed.
 */
import type { Product } from '@/core/request';
import { byClassPrefix, leafElements, readItemId, readPrice, textOf } from './read-text';
import { isRowKeyId } from '@/core/facts/item-id';
import { shownPriceFen } from '@/core/facts/price';
import { readTags, TAG_TEXT } from '@/core/facts/tags';
import type { ItemRead } from './types';

/** Each goods-table body's header row (with a fixed header they sit in two different tables). */
const headerRows = new WeakMap<Element, Element>();

/**
 * The body of the goods table: the one whose header has a 单价 column. Ant Design puts the header
 * in a table of its own when the header is fixed (`.ant-table-header` + `.ant-table-body`), so
 * the body is looked for in the same table first, then in the same table container.
 */
export function findGoodsTableBody(root: ParentNode): HTMLTableSectionElement | null {
  for (const headerRow of Array.from(root.querySelectorAll('thead tr'))) {
    if (!Array.from(headerRow.children, (cell) => textOf(cell)).includes('单价')) continue;
    const table = headerRow.closest('table');
    // (children rather than tBodies/rows/cells: simpler DOMs, such as test ones, lack those)
    const body =
      table?.querySelector(':scope > tbody') ??
      table?.parentElement
        ?.closest('.ant-table, [class*="table-container"]')
        ?.querySelector('tbody') ??
      null;
    if (body instanceof HTMLTableSectionElement) {
      headerRows.set(body, headerRow);
      return body;
    }
  }
  return null;
}

function columnIndex(body: HTMLTableSectionElement, header: string): number {
  const row = headerRows.get(body) ?? body.parentElement?.querySelector('thead tr');
  return row ? Array.from(row.children).findIndex((cell) => textOf(cell) === header) : -1;
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');
}

/** Ant Design pads the body with zero-height measure rows that hold no product. */
function isMeasureRow(row: HTMLTableRowElement): boolean {
  return (
    row.getAttribute('aria-hidden') === 'true' ||
    row.className.includes('measure') ||
    cellsOf(row).every((cell) => /(^|;)\s*height:\s*0(px)?/.test(cell.getAttribute('style') ?? ''))
  );
}

/** The element holding the price text: the badge goes right after it. */
function priceElement(cell: Element): Element {
  const leaves = leafElements(cell).filter((leaf) => textOf(leaf) !== '');
  return leaves.find((leaf) => /[¥￥\d-]/.test(textOf(leaf))) ?? leaves[0] ?? cell;
}

function readRow(
  row: HTMLTableRowElement,
  priceColumn: number,
  infoColumn: number,
): ItemRead | null {
  const rowKey = row.getAttribute('data-row-key');
  const itemId = readItemId(textOf(row)) ?? (rowKey && isRowKeyId(rowKey) ? rowKey : null);
  if (!itemId) return null;
  const cells = cellsOf(row);
  const priceCell = cells[priceColumn];
  if (!priceCell) return null;
  const info = cells[infoColumn] ?? row;
  const titled = byClassPrefix(info, 'title')[0] ?? info.querySelector('[title]');
  const title = titled ? (titled.getAttribute('title') ?? textOf(titled)) : null;
  const tags = leafElements(info)
    .map((leaf) => textOf(leaf))
    .filter((text) => TAG_TEXT.test(text));
  const anchor = priceElement(priceCell);
  const priceText = textOf(priceCell);
  const price = readPrice(priceText);
  const tagReading = readTags(tags);
  const product: Product = { itemId };
  if (title) product.title = title;
  const priceFen = shownPriceFen(price);
  if (priceFen !== null) product.priceFen = priceFen;
  if (tagReading.hasDeposit) {
    product.deposit = tagReading.depositFen === null ? {} : { amountFen: tagReading.depositFen };
  }
  if (tagReading.installment) product.installment = tagReading.installment;
  return {
    itemId,
    anchor,
    product,
    priceText,
    priceProblem: price.ok ? null : price.reason,
    tags,
    buyNowPayLater: tagReading.buyNowPayLater,
    // The 单价 column is the ordinary price, also of a deposit item (its presale price is set
    // on the form and shown on its detail page).
    priceKind: 'sale',
  };
}

export function readGoodsList(body: HTMLTableSectionElement): ItemRead[] {
  const priceColumn = columnIndex(body, '单价');
  const infoColumn = columnIndex(body, '商品信息');
  if (priceColumn < 0) return [];
  const items: ItemRead[] = [];
  for (const row of Array.from(body.children)) {
    if (!(row instanceof HTMLTableRowElement)) continue;
    if (isMeasureRow(row)) continue;
    const item = readRow(row, priceColumn, infoColumn < 0 ? priceColumn : infoColumn);
    if (item) items.push(item);
  }
  return items;
}
