/**
 * D-STYLE is about what the buyer SEES: the label's computed colour and font size against the
 * computed body text size, read from the rendered page (not from a stylesheet guess).
 */
import type { DepositRead } from './types';

function computed(element: Element): CSSStyleDeclaration | null {
  const view = element.ownerDocument.defaultView;
  return view ? view.getComputedStyle(element) : null;
}

function px(value: string | undefined): number | null {
  const size = Number.parseFloat(value ?? '');
  return Number.isFinite(size) && size > 0 && /px$/.test(value?.trim() ?? '') ? size : null;
}

/** The body text size: a paragraph of ordinary text when there is one, else the body's own. */
function bodyFontPx(doc: Document): number | null {
  // Stops at the first one: this runs for every deposit label of a 200-item cart, and listing
  // every <p> of a page with a long chat each time cost more than reading the cart.
  let paragraph: Element | undefined;
  for (const p of doc.getElementsByTagName('p')) {
    if ((p.textContent ?? '').trim().length >= 8) {
      paragraph = p;
      break;
    }
  }
  const source = paragraph ?? doc.body;
  return source ? px(computed(source)?.fontSize) : null;
}

/** Colour and sizes of a rendered deposit label, only the ones the browser reports. */
export function labelStyle(
  label: Element,
): Pick<DepositRead, 'labelColor' | 'labelFontPx' | 'bodyFontPx'> {
  const style = computed(label);
  const read: Pick<DepositRead, 'labelColor' | 'labelFontPx' | 'bodyFontPx'> = {};
  const color = style?.color?.trim();
  if (color) read.labelColor = color;
  const labelFontPx = px(style?.fontSize);
  if (labelFontPx !== null) read.labelFontPx = labelFontPx;
  const body = bodyFontPx(label.ownerDocument);
  if (body !== null) read.bodyFontPx = body;
  return read;
}
