/** Rendering and typing in happy-dom, the way a user does it (events, not props). */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  await act(() => render(node, host));
  return host;
}

export async function unmount(host: HTMLElement | undefined) {
  if (!host) return;
  await act(() => render(null, host));
  host.remove();
}

export function field<T extends Element = HTMLInputElement>(host: ParentNode, selector: string): T {
  const found = host.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

export async function type(input: HTMLInputElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function click(element: HTMLElement) {
  await act(() => {
    element.click();
  });
}

/** The text a person reads, spaces collapsed. */
export const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ');

/** The value shown beside a label in a <dl> (`手续费` → `¥23.00`), or null. */
export function shown(host: ParentNode, label: string): string | null {
  const term = [...host.querySelectorAll('dt')].find((dt) => dt.textContent?.trim() === label);
  return term?.nextElementSibling?.textContent?.trim() ?? null;
}
