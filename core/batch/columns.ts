/**
 * A spreadsheet row (the workbench's product export, one product a row) → a SPEC §9 request.
 * Columns are found by their header, through built-in aliases or a user's map
 * (`{"销售价": "价格"}` or `{"销售价": "priceFen"}`); prices in cells are read with the pages'
 * parser (`¥1,299.00`, `99元`, a plain number is yuan; a range counts from its lowest price, as the
 * goods list does). An empty cell leaves its field out, so the
 * checks that need it say `unknown`; a cell that cannot be read is an issue naming the column,
 * never a guess.
 */
import type { Category, FieldIssue } from '../request';
import { readCategory as coreCategory } from '../facts/category';
import { hasDepositTerm } from '../facts/deposit-product';
import { shownPriceFen } from '../facts/price';
import { parsePrice } from '../money';
import type { BatchInput, Position } from './engine';
import { BatchReadError } from './read-error';

type MoneyField = 'priceFen' | 'activityPriceFen' | 'originalPriceFen' | 'historicalLowFen';
type DepositMoney = 'amountFen' | 'deductionFen' | 'balanceFen';
type DepositCount = 'presaleQty' | 'stock' | 'capacity';

/** What a column can fill: a product field, `deposit.*`, `category` or `installment.periods`. */
export const rowFields = [
  'itemId',
  'title',
  'priceFen',
  'activityPriceFen',
  'originalPriceFen',
  'historicalLowFen',
  'deposit.amountFen',
  'deposit.deductionFen',
  'deposit.balanceFen',
  'deposit.presaleQty',
  'deposit.stock',
  'deposit.capacity',
  'deposit.labelText',
  'category',
  'installment.periods',
] as const;
export type RowField = (typeof rowFields)[number];

/** Built-in header aliases (matched after `normaliseHeader`). Documented in the README. */
export const columnAliases: Record<RowField, readonly string[]> = {
  itemId: ['商品ID', '商品编号', '商品id', 'itemId', 'item id'],
  title: ['商品名称', '商品标题', '标题', 'title'],
  priceFen: ['价格', '单价', '售价', '销售价', 'price'],
  activityPriceFen: ['活动价', '预售价', '活动价格', 'activity price'],
  originalPriceFen: ['划线价', '原价', 'original price'],
  historicalLowFen: ['历史最低价', 'historical low'],
  'deposit.amountFen': ['意向金', '意向金金额', 'deposit'],
  'deposit.deductionFen': ['可抵金额', '抵扣金额', 'deduction'],
  'deposit.balanceFen': ['尾款', 'balance'],
  'deposit.presaleQty': ['预售数量', 'presale qty'],
  'deposit.stock': ['库存', '总库存', 'stock'],
  'deposit.capacity': ['产能', 'capacity'],
  'deposit.labelText': ['意向金标签', '主图标签', 'label text'],
  category: ['类目', '商品类目', 'category'],
  'installment.periods': ['分期期数', '分期', 'periods'],
};

/** `价格（元）` → `价格`, ` Item ID ` → `item id`: spaces, units in brackets and case ignored. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\ufeff/, '')
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const aliasIndex = new Map<string, RowField>();
for (const field of rowFields) {
  aliasIndex.set(normaliseHeader(field), field);
  for (const alias of columnAliases[field]) aliasIndex.set(normaliseHeader(alias), field);
}

/** A header that cannot be read: what to change in the sheet; the command line adds `--columns`. */
export class ColumnError extends BatchReadError {}

/** A few of a header's names for a message, each cut short: a header may have 16 384 of them. */
function someNames(names: readonly string[], most = 10, longest = 40): string {
  const shown = names
    .slice(0, most)
    .map((name) => (name.length > longest ? `${name.slice(0, longest)}…` : name));
  return names.length > most ? `${shown.join(', ')} … (+${names.length - most})` : shown.join(', ');
}

export interface RowReaderOptions {
  /** A user's header → alias or field name (`--columns map.json`); over the built-in aliases. */
  columns?: Record<string, string>;
  /** Category text → SPEC §9 category; by default the pages' reader (core/facts/category). */
  readCategory?: (text: string) => Category | null;
}

export interface RowReader {
  /** Column index → field, for the columns that map to one. */
  readonly fields: ReadonlyMap<number, RowField>;
  /** Headers no alias or map knows: left out, said once. */
  readonly ignored: readonly string[];
  /** Null for a blank row (a sheet's trailing rows): nothing to check, nothing to report. */
  toInput(cells: readonly (string | null | undefined)[], at: Position): BatchInput | null;
}

function resolveField(name: string): RowField | undefined {
  return aliasIndex.get(normaliseHeader(name));
}

function userColumns(columns: Record<string, string>): Map<string, RowField> {
  const map = new Map<string, RowField>();
  for (const [header, target] of Object.entries(columns)) {
    const field = resolveField(target);
    if (!field) {
      throw new ColumnError({
        zh: `列映射："${header}" → "${target}" 不是已知的列（应为 ${rowFields.join(', ')} 之一或内置别名）`,
        en: `column map: "${header}" → "${target}" names no known column (one of ${rowFields.join(', ')} or a built-in alias)`,
      });
    }
    map.set(normaliseHeader(header), field);
  }
  return map;
}

/** Reads the header row; throws a ColumnError when no column is known or two fill one field. */
export function makeRowReader(
  header: readonly (string | null | undefined)[],
  options: RowReaderOptions = {},
): RowReader {
  const custom = userColumns(options.columns ?? {});
  const fields = new Map<number, RowField>();
  const seen = new Map<RowField, string>();
  const ignored: string[] = [];
  header.forEach((raw, index) => {
    const text = (raw ?? '').trim();
    if (text === '') return;
    const key = normaliseHeader(text);
    const field = custom.get(key) ?? aliasIndex.get(key);
    if (!field) {
      ignored.push(text);
      return;
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) {
      throw new ColumnError(
        {
          zh: `“${earlier}”和“${text}”两列都表示${columnAliases[field][0]}：请在表格里删除其中一列，或改掉它的表头`,
          en: `columns "${earlier}" and "${text}" both give the ${field}: delete one of them, or rename its header, in the sheet`,
        },
        {
          zh: '（或用 --columns 把其中一列映射到别处）',
          en: '(or map one elsewhere with --columns)',
        },
      );
    }
    seen.set(field, text);
    fields.set(index, field);
  });
  if (fields.size === 0) {
    const names = someNames(header.filter((name): name is string => !!name));
    throw new ColumnError(
      {
        zh: `表头中没有可识别的列（${names}）；应有例如 商品ID、商品名称、价格、意向金：请把表头改成这些名称`,
        en: `no known column in the header (${names}); expected e.g. 商品ID, 商品名称, 价格, 意向金: rename your headers to these`,
      },
      { zh: '（或用 --columns 映射你的表头）', en: '(or map yours with --columns)' },
    );
  }
  const headerOf = (field: RowField) => seen.get(field) ?? field;
  return {
    fields,
    ignored,
    toInput: (cells, at) =>
      rowToInput(cells, at, fields, headerOf, options.readCategory ?? coreCategory),
  };
}

type Cell = { ok: true; value: number } | { ok: false; message: string };

/** A plain amount of yuan (`99`, `1299.5`, `0.01`): most cells of an export, read without a scan. */
const PLAIN_YUAN = /^(0|[1-9]\d{0,12})(?:\.(\d{1,2}))?$/;

function readMoney(text: string): Cell {
  // The same fen parsePrice gives for these (a test holds them equal), ~10× quicker at 100 000 rows.
  const plain = PLAIN_YUAN.exec(text);
  if (plain)
    return { ok: true, value: Number(plain[1]) * 100 + Number((plain[2] ?? '').padEnd(2, '0')) };
  const parsed = parsePrice(text);
  if (!parsed.ok) return { ok: false, message: `"${text}" is not a price (${parsed.reason})` };
  // A range (`￥6.8 至 ￥24.99`) counts as the pages count it (core/facts/price).
  return { ok: true, value: shownPriceFen(parsed) as number };
}

function readCount(text: string): Cell {
  const plain = text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)[,，](?=\d{3}(\D|$))/g, '')
    .replace(/\s*(件|个|台|套)$/, '');
  const value = Number(plain);
  return /^\d+$/.test(plain) && Number.isSafeInteger(value)
    ? { ok: true, value }
    : { ok: false, message: `"${text}" is not a whole number` };
}

function readPeriods(text: string): Cell {
  const match = /^(3|6|12)\s*期?$/.exec(text);
  return match
    ? { ok: true, value: Number(match[1]) }
    : { ok: false, message: `"${text}" is not 3, 6 or 12 periods` };
}

const moneyFields = new Set<RowField>(rowFields.filter((field) => field.endsWith('Fen')));
const countFields = new Set<RowField>(['deposit.presaleQty', 'deposit.stock', 'deposit.capacity']);

function rowToInput(
  cells: readonly (string | null | undefined)[],
  at: Position,
  fields: ReadonlyMap<number, RowField>,
  headerOf: (field: RowField) => string,
  readCategory: (text: string) => Category | null,
): BatchInput | null {
  if (cells.every((cell) => (cell ?? '').trim() === '')) return null;
  const product: Record<string, unknown> = {};
  const deposit: Record<string, unknown> = {};
  const issues: FieldIssue[] = [];
  for (const [index, field] of fields) {
    const text = (cells[index] ?? '').trim();
    if (text === '') continue;
    if (field === 'itemId' || field === 'title') {
      product[field] = text;
      continue;
    }
    if (field === 'deposit.labelText') {
      deposit.labelText = text;
      continue;
    }
    if (field === 'category') {
      product.category = readCategory(text) ?? { name: text };
      continue;
    }
    const cell = moneyFields.has(field)
      ? readMoney(text)
      : countFields.has(field)
        ? readCount(text)
        : readPeriods(text);
    if (!cell.ok) {
      issues.push({
        path: `product.${field}`,
        message: `column ${headerOf(field)}: ${cell.message}`,
      });
      continue;
    }
    if (field === 'installment.periods') product.installment = { periods: cell.value };
    else if (field.startsWith('deposit.')) {
      deposit[field.slice('deposit.'.length) as DepositMoney | DepositCount] = cell.value;
    } else product[field as MoneyField] = cell.value;
  }
  const itemId = typeof product.itemId === 'string' ? product.itemId : null;
  if (issues.length > 0) return { at, itemId, issues };
  // A 意向金 product as the goods form knows one (库存 or a label alone do not make it one).
  if (hasDepositTerm(deposit)) product.deposit = deposit;
  if (product.historicalLowFen !== undefined) product.historicalLowSource = 'merchant';
  return { at, request: { product } };
}
