/**
 * Panel placement without a layout engine: boxes and hit tests are stubbed to the shapes the e2e
 * screenshots showed (a program card's text under the panel, a fixed bottom bar).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bottomBarInset, panelCoversContent } from '@/lib/content/panel-host';
import { registerOwnHost } from '@/lib/content/own-hosts';

type Box = { left: number; right: number; top: number; bottom: number };

function boxed<T extends Element>(element: T, box: Box): T {
  vi.spyOn(element as Element, 'getBoundingClientRect').mockReturnValue({
    ...box,
    x: box.left,
    y: box.top,
    width: box.right - box.left,
    height: box.bottom - box.top,
    toJSON: () => box,
  } as DOMRect);
  return element;
}

/** A host whose panel sits at the right edge, 300 px wide, from 72 px down to 800 px. */
function panelHost(): HTMLElement {
  const host = document.createElement('ks-check-panel');
  const shadow = host.attachShadow({ mode: 'closed' });
  registerOwnHost(host, shadow);
  const panel = document.createElement('aside');
  panel.className = 'ks-panel';
  shadow.append(panel);
  boxed(panel, { left: 980, right: 1280, top: 72, bottom: 800 });
  document.body.append(host);
  return host;
}

/** Hit tests answer `under(x, y)` beneath our host, as Chromium's elementsFromPoint would. */
function hitTests(under: (x: number, y: number) => Element) {
  const spy = vi.fn((x: number, y: number) => [
    document.querySelector('ks-check-panel')!,
    under(x, y),
    document.body,
  ]);
  Object.defineProperty(document, 'elementsFromPoint', { value: spy, configurable: true });
  return spy;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  Reflect.deleteProperty(document, 'elementsFromPoint');
});

describe('panelCoversContent', () => {
  it('is false over an empty background, true over a control', () => {
    const host = panelHost();
    const background = document.createElement('div');
    const button = document.createElement('button');
    document.body.append(background, button);
    const tests = hitTests(() => background);
    expect(panelCoversContent(host, document)).toBe(false);
    // The whole panel area was sampled, finer than a line of text and two characters.
    const gaps = (values: number[]) => {
      const sorted = [...new Set(values)].sort((a, b) => a - b);
      return {
        first: sorted[0]!,
        last: sorted.at(-1)!,
        widest: Math.max(...sorted.slice(1).map((v, i) => v - sorted[i]!)),
      };
    };
    const xs = gaps(tests.mock.calls.map(([x]) => x));
    const ys = gaps(tests.mock.calls.map(([, y]) => y));
    expect(xs.widest).toBeLessThanOrEqual(30);
    expect(ys.widest).toBeLessThanOrEqual(14);
    expect([xs.first, xs.last]).toEqual([995, 1265]);
    expect(ys.first).toBe(79);
    expect(ys.last).toBeGreaterThan(786);
    hitTests((x, y) => (x > 1200 && y > 400 ? button : background));
    expect(panelCoversContent(host, document)).toBe(true);
  });

  it('is true only where the text itself lies, not anywhere in its block', () => {
    const host = panelHost();
    const card = document.createElement('div');
    card.textContent = '商户贴息专属补贴';
    document.body.append(card);
    hitTests(() => card);
    const textAt = (box: Box | null) =>
      vi.spyOn(document, 'createRange').mockImplementation(
        () =>
          ({
            selectNodeContents() {},
            getClientRects: () => (box ? [box] : []),
          }) as unknown as Range,
      );
    textAt({ left: 820, right: 970, top: 316, bottom: 336 });
    expect(panelCoversContent(host, document)).toBe(false);
    textAt({ left: 820, right: 1000, top: 316, bottom: 336 });
    expect(panelCoversContent(host, document)).toBe(true);
  });

  it('is false while the panel has no box', () => {
    const host = document.createElement('ks-check-panel');
    registerOwnHost(host, host.attachShadow({ mode: 'closed' }));
    expect(panelCoversContent(host, document)).toBe(false);
  });
});

describe('bottomBarInset', () => {
  it('measures a fixed bar along the bottom edge, through the element hit inside it', () => {
    const host = panelHost();
    const bar = document.createElement('div');
    bar.style.position = 'fixed';
    const label = document.createElement('span');
    bar.append(label);
    document.body.append(bar);
    boxed(bar, { left: 0, right: 1280, top: innerHeight - 60, bottom: innerHeight });
    hitTests(() => label);
    expect(bottomBarInset(document, host)).toBe(60);
  });

  it('is 0 with no fixed bar, or a fixed element reaching down from the top half', () => {
    const host = panelHost();
    const plain = document.createElement('div');
    document.body.append(plain);
    hitTests(() => plain);
    expect(bottomBarInset(document, host)).toBe(0);
    const sidebar = document.createElement('nav');
    sidebar.style.position = 'fixed';
    document.body.append(sidebar);
    boxed(sidebar, { left: 1000, right: 1280, top: 0, bottom: innerHeight });
    hitTests(() => sidebar);
    expect(bottomBarInset(document, host)).toBe(0);
  });
});
