/** Renders a component into a fresh container in happy-dom, flushing Preact's work with act(). */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(vnode: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(vnode, container));
  return container;
}

export function unmountAll(): void {
  for (const child of [...document.body.children]) {
    act(() => render(null, child));
    child.remove();
  }
}

export function fire(target: EventTarget, event: Event): void {
  act(() => {
    target.dispatchEvent(event);
  });
}

/** The compared values under an element as "name value" pairs. */
export function valuePairs(root: Element): string[] {
  return [...root.querySelectorAll('.ks-value')].map(
    (pair) => `${pair.querySelector('dt')!.textContent} ${pair.querySelector('dd')!.textContent}`,
  );
}
