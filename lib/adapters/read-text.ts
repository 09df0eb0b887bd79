/**
 * Reading pages by what people read: text anchors, labels and the value beside them, and the
 * repeating structure of a list — never a full generated class name, which changes each release.
 */
import { isItemId } from '@/core/facts/item-id';
import { parsePrice, type PriceParse } from '@/core/money';
import { isOwnHost } from '@/lib/content/own-hosts';

/** Text as a person reads it: every run of whitespace one space, trimmed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Never page text: scripts and styles. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/**
 * …nor the extension's own hosts (a badge may sit in a price), known by identity: a page element
 * that merely borrows their tag name is read like any other.
 */
const isSkipped = (element: Element) => SKIPPED.has(element.tagName) || isOwnHost(element);

function hasPageChildren(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (!isSkipped(child)) return true;
  }
  return false;
}

/** Elements with no element children: where visible text actually sits (document order). */
export function leafElements(root: ParentNode): Element[] {
  const leaves: Element[] = [];
  // A plain walk: faster than querySelectorAll('*') + filter, and this runs per row per flush.
  const visit = (parent: ParentNode) => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (isSkipped(child)) continue;
      if (child.firstElementChild && hasPageChildren(child)) visit(child);
      else leaves.push(child);
    }
  };
  visit(root);
  return leaves;
}

/** Elements whose class list has a name starting with `prefix` (`title` matches `title--KL0QI`). */
export function byClassPrefix(root: ParentNode, prefix: string): Element[] {
  return Array.from(root.querySelectorAll(`[class^="${prefix}"], [class*=" ${prefix}"]`)).filter(
    (element) => Array.from(element.classList).some((name) => name.startsWith(prefix)),
  );
}

/** The id a text labels as the item's (core/facts/item-id holds the one pattern). */
export { readItemId } from '@/core/facts/item-id';

/**
 * The item id of a detail link (cart items link to their detail page): its `itemId` parameter, or
 * the `id` of a goods-detail page — not the `id` of any other link (a shop, an activity).
 */
export function itemIdFromHref(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, 'https://app.kwaixiaodian.com/');
    const detail = /detail/i.test(url.pathname);
    const id = url.searchParams.get('itemId') ?? (detail ? url.searchParams.get('id') : null);
    return id && isItemId(id) ? id : null;
  } catch {
    return null;
  }
}

/** A leaf whose whole text is a price (`￥9.9`, `¥6.8 至 ¥24.99`, `--` is not). */
export function isPriceText(text: string): boolean {
  // Its length is bounded by the core's (MAX_PRICE_TEXT_LENGTH): a longer leaf is refused there.
  return /^[¥￥]/.test(text) && parsePrice(text).ok;
}

/**
 * The first leaf under `root` whose text is a price, skipping struck-through prices. A reader that
 * has walked the leaves already passes them (and their texts) instead of a root.
 */
export function findPriceLeaf(
  root: ParentNode | readonly Element[],
  texts?: readonly string[],
): Element | null {
  const leaves: readonly Element[] = Array.isArray(root) ? root : leafElements(root as ParentNode);
  return (
    leaves.find(
      (leaf, index) =>
        isPriceText(texts?.[index] ?? textOf(leaf)) && !leaf.closest('del, s, strike'),
    ) ?? null
  );
}

/** A typed price read: fen, or the reason it is not a price. */
export function readPrice(text: string | null): PriceParse {
  if (text === null || text === '') return { ok: false, reason: 'no price shown' };
  return parsePrice(text);
}

/**
 * The smallest element whose text starts with `label` (and is not much longer than a label with
 * its value): 「购物体验分」 → its card title; 「最晚发货时间：…」 → that line.
 */
export function findLabel(root: ParentNode, label: string | RegExp): Element | null {
  const matches = (text: string) =>
    typeof label === 'string' ? text.includes(label) : label.test(text);
  let best: Element | null = null;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (['SCRIPT', 'STYLE', 'TEMPLATE', 'HTML', 'BODY', 'HEAD'].includes(element.tagName)) continue;
    const text = textOf(element);
    if (text.length > 60 || !matches(text)) continue;
    // Deeper matches come later in document order; a descendant replaces its ancestor.
    if (best === null || best.contains(element)) best = element;
  }
  return best;
}

/**
 * The value beside a label: the rest of the label's own text when it carries one
 * (`最晚发货时间：付款后15天内`), else the next element's text (a card's value line, a form
 * control), else the parent's next element's text.
 */
export function labelValue(root: ParentNode, label: string | RegExp): string | null {
  const element = findLabel(root, label);
  if (!element) return null;
  const own = textOf(element);
  const labelText = typeof label === 'string' ? label : (label.exec(own)?.[0] ?? '');
  const rest = own.slice(own.indexOf(labelText) + labelText.length).replace(/^[\s:：]+/, '');
  if (rest !== '') return rest;
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    const next = node.nextElementSibling;
    if (next) {
      const control = next.querySelector('input, textarea');
      if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
        return control.value;
      }
      const text = textOf(next);
      if (text !== '') return text;
    }
  }
  return null;
}

/**
 * The form control for a label: an input whose placeholder is the label, else the input of the
 * form item whose label text is the label.
 */
export function inputByLabel(
  root: ParentNode,
  label: string,
): HTMLInputElement | HTMLTextAreaElement | null {
  for (const control of Array.from(root.querySelectorAll('input, textarea'))) {
    if (
      (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) &&
      (control.placeholder ?? '').trim() === label
    ) {
      return control;
    }
  }
  const item = formItem(root, label);
  const control = item?.querySelector('input:not([type="checkbox"]):not([type="radio"]), textarea');
  return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement
    ? control
    : null;
}

/** The Ant Design form item (`.ant-form-item` or any row) whose label reads exactly `label`. */
function formItem(root: ParentNode, label: string): Element | null {
  for (const labelElement of Array.from(
    root.querySelectorAll('label, [class*="form-item-label"]'),
  )) {
    if (
      textOf(labelElement)
        .replace(/[:：*]/g, '')
        .trim() !== label
    )
      continue;
    return (
      labelElement.closest('[class*="form-item"]:not([class*="form-item-label"])') ??
      labelElement.parentElement?.parentElement ??
      null
    );
  }
  return null;
}

/** The text an Ant Design select shows for a labelled form item (`6期免息（商户贴息）`). */
export function selectText(root: ParentNode, label: string): string | null {
  const item = formItem(root, label);
  const shown = item?.querySelector('[class*="select-selection-item"]');
  if (shown) return shown.getAttribute('title') ?? textOf(shown);
  const native = item?.querySelector('select');
  if (native instanceof HTMLSelectElement) return textOf(native.selectedOptions[0]) || null;
  return null;
}

/**
 * The repeating items of a list, found by structure: for each leaf that `isKey` picks (a price),
 * the highest ancestor under `root` that holds no other such leaf. Survives any class renaming.
 */
export function repeatingItems(root: Element, isKey: (leaf: Element) => boolean): Element[] {
  const keys = leafElements(root).filter(isKey);
  const counts = new Map<Element, number>();
  for (const key of keys) {
    for (let node = key.parentElement; node && node !== root; node = node.parentElement) {
      counts.set(node, (counts.get(node) ?? 0) + 1);
    }
  }
  const items: Element[] = [];
  for (const key of keys) {
    let item: Element = key;
    for (let node = key.parentElement; node && node !== root; node = node.parentElement) {
      if ((counts.get(node) ?? 0) > 1) break;
      item = node;
    }
    if (!items.includes(item)) items.push(item);
  }
  return items;
}

/** A decimal written in text scaled down by 10^places without float error: ('96.5', 2) → 0.965. */
export function shiftDecimal(digits: string, places: number): number | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(digits.trim());
  if (!match) return null;
  const whole = (match[1] ?? '').padStart(places + 1, '0');
  const cut = whole.length - places;
  return Number(`${whole.slice(0, cut)}.${whole.slice(cut)}${match[2] ?? ''}`);
}

/** The first plain number in a text (`4.62`, `0 次`). */
export function firstNumber(text: string | null): string | null {
  return text ? (/\d+(?:\.\d+)?/.exec(text.replace(/,/g, ''))?.[0] ?? null) : null;
}
