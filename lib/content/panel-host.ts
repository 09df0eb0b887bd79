/**
 * The side panel of a page kind: one shadow host at the end of <body> (the component positions
 * itself fixed at the right edge, below the top bar), collapsed state remembered per page kind,
 * hidden when the user hid that page kind, dark when the page is.
 */
import { h, type ComponentChildren } from 'preact';
import { Panel } from '@/components/panel';
import type { DailyPlan } from '@/core/installment';
import type { PriceHistory } from '@/core/messages';
import type { Check, Hint, InstallmentPlan, Message } from '@/core/report';
import type { Merchant } from '@/core/request';
import type { PageKind } from '@/core/settings';
import { setPanelAttributes } from './check-attributes';
import { pageIsDark } from './dark-mode';
import type { ContentEnv } from './env';
import type { MountedUi } from './mount';
import { isOwnHost, shadowOf } from './own-hosts';
import { langOf, pageHidden, panelCollapsed } from './settings-store';

interface PanelContent {
  title?: Message;
  checks: Check[];
  hints: Hint[];
  installment?: InstallmentPlan | null;
  dailyPlans?: DailyPlan[];
  history?: PriceHistory | null;
  offer?: { metrics: Partial<Merchant>; onAccept(): void; onDismiss(): void } | null;
  note?: Message | null;
  children?: ComponentChildren;
}

export interface PanelHost {
  /** Shows this content (null removes the panel). */
  show(content: PanelContent | null): void;
  /** Re-renders with the current settings. */
  refresh(): void;
  remove(): void;
  host(): HTMLElement | null;
}

const INTERACTIVE = 'button, a[href], input, select, textarea, [role="button"]';

/**
 * Whether the open panel sits over one of the page's own controls (its centre under the panel):
 * the live console's 「开始讲解」 buttons run down the right edge, exactly where the panel opens.
 */
function panelCoversControls(host: Element, doc: Document): boolean {
  const panel = shadowOf(host)?.querySelector('.ks-panel');
  const area = panel?.getBoundingClientRect();
  if (!area || area.width === 0 || area.height === 0) return false;
  for (const control of Array.from(doc.querySelectorAll(INTERACTIVE))) {
    if (host.contains(control)) continue;
    const box = control.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x >= area.left && x <= area.right && y >= area.top && y <= area.bottom) return true;
  }
  return false;
}

/** The page element drawn topmost at a point, under our own hosts. */
function pageElementAt(doc: Document, x: number, y: number, host: Element): Element | null {
  // Missing where nothing is laid out (happy-dom): then nothing is known to be under the panel.
  if (typeof doc.elementsFromPoint !== 'function') return null;
  for (const element of doc.elementsFromPoint(x, y) ?? []) {
    if (element === host || host.contains(element) || isOwnHost(element) || element.shadowRoot) {
      continue;
    }
    return element;
  }
  return null;
}

/** Whether the element draws content at the point: a control, an image, or its own text there. */
function drawsContentAt(element: Element, x: number, y: number): boolean {
  if (element.matches(INTERACTIVE) || element.matches('img, video, canvas, svg')) return true;
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType !== 3 || !node.textContent?.trim()) continue;
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(node);
    for (const box of Array.from(range.getClientRects())) {
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
    }
  }
  return false;
}

/**
 * Whether the open panel hides the page's own text, images or controls — the signup page's third
 * program card, the workbench's fourth metric, the detail page's picture. Sampled on a grid finer
 * than a line of text (14 px) and two characters (30 px), looking under the panel; an empty margin
 * or a plain background is fine. ~500 hit tests, once per page: ~30 ms where nothing is covered
 * (the goods form in Chromium; a 20 × 10 px grid took 53 ms).
 */
export function panelCoversContent(host: Element, doc: Document, step = { x: 30, y: 14 }): boolean {
  const panel = shadowOf(host)?.querySelector('.ks-panel');
  const area = panel?.getBoundingClientRect();
  if (!area || area.width === 0 || area.height === 0) return false;
  const seen = new Map<Element, boolean>();
  for (let y = area.top + step.y / 2; y < area.bottom; y += step.y) {
    for (let x = area.left + step.x / 2; x < area.right; x += step.x) {
      const element = pageElementAt(doc, x, y, host);
      if (!element || element === doc.body || element === doc.documentElement) continue;
      // Text is checked at the point itself; controls and images once per element.
      const whole = element.matches(INTERACTIVE) || element.matches('img, video, canvas, svg');
      if (whole && seen.has(element)) continue;
      const covered = drawsContentAt(element, x, y);
      seen.set(element, covered);
      if (covered) return true;
    }
  }
  return false;
}

/**
 * Height of the page's own bar fixed along the bottom edge under the panel (the detail page's
 * 支付意向金 bar, the form's 保存/提交 bar), so the panel can end above it; 0 when none.
 */
export function bottomBarInset(doc: Document, host: Element): number {
  const view = doc.defaultView;
  if (!view) return 0;
  const height = view.innerHeight;
  let inset = 0;
  // Under the panel's right and left parts: the panel is about 300 px wide at the right edge.
  for (const x of [view.innerWidth - 40, view.innerWidth - 260]) {
    let element = pageElementAt(doc, x, height - 2, host);
    while (element && element !== doc.body && element !== doc.documentElement) {
      const position = view.getComputedStyle(element).position;
      if (position === 'fixed' || position === 'sticky') {
        const top = element.getBoundingClientRect().top;
        if (top > height / 2) inset = Math.max(inset, Math.ceil(height - top));
        break;
      }
      element = element.parentElement;
    }
  }
  return inset;
}

export function createPanelHost(env: ContentEnv, kind: PageKind): PanelHost {
  let ui: MountedUi | null = null;
  let content: PanelContent | null = null;
  let removed = false;
  /** Shown at once on click; the stored value follows when the worker has saved it. */
  let collapsedNow: boolean | null = null;
  /** Checked once, after the panel first opens: never cover the page's own buttons unasked. */
  let overlapChecked = false;
  /** The page's fixed bottom bar the panel stops above; measured once mounted and on opening. */
  let bottomInset = 0;
  let insetMeasured = false;

  const measureInset = (host: HTMLElement) => {
    const next = bottomBarInset(env.doc, host);
    insetMeasured = true;
    if (next === bottomInset) return false;
    bottomInset = next;
    return true;
  };

  const onCollapsedChange = (collapsed: boolean) => {
    collapsedNow = collapsed;
    if (!collapsed && ui) measureInset(ui.host);
    render();
    // Only the key that changed: a whole cached object would undo another tab's or the popup's save.
    void env.settings.patch({ collapsed: { [kind]: collapsed } });
  };

  const render = () => {
    if (removed) return;
    const settings = env.settings.current();
    if (content === null || pageHidden(settings, kind)) {
      ui?.remove();
      ui = null;
      return;
    }
    // Mounting throws only on a broken page (no body): render() is guarded by its callers.
    ui ??= env.mount({ name: 'ks-check-panel', anchor: env.doc.body, append: 'last' });
    // The worker has already left out the checks hidden on this kind of page.
    const checks = content.checks;
    setPanelAttributes(ui.host, kind, checks);
    ui.render(
      h(Panel, {
        kind,
        lang: langOf(settings),
        title: content.title,
        checks,
        hints: content.hints,
        installment: content.installment ?? null,
        dailyPlans: content.dailyPlans,
        history: content.history ?? null,
        collapsed: collapsedNow ?? panelCollapsed(settings, kind),
        onCollapsedChange,
        dark: pageIsDark(env.doc),
        bottomInset,
        offer: content.offer ?? null,
        note: content.note ?? null,
        children: content.children,
      }),
    );
    const host = ui.host;
    if (!insetMeasured) {
      insetMeasured = true;
      // After layout, like the overlap check below: the page's bar must have its box.
      env.ctx.requestAnimationFrame(() => {
        if (!removed && measureInset(host)) render();
      });
    }
    if (!overlapChecked && collapsedNow === null && !panelCollapsed(settings, kind)) {
      overlapChecked = true;
      // After layout: the panel's box exists only once the browser has rendered it. The inset
      // (same frame, queued first) has shortened the panel by then.
      env.ctx.requestAnimationFrame(() => {
        if (removed || collapsedNow !== null) return;
        if (panelCoversControls(host, env.doc) || panelCoversContent(host, env.doc)) {
          // Folded to its tab, which shows the verdict; opening it is the merchant's choice.
          collapsedNow = true;
          render();
        }
      });
    }
  };

  return {
    show(next) {
      content = next;
      render();
    },
    refresh() {
      // The stored value wins again, unless the panel folded itself away from the page's buttons.
      if (collapsedNow !== true || !overlapChecked) collapsedNow = null;
      render();
    },
    remove() {
      removed = true;
      ui?.remove();
      ui = null;
    },
    host: () => ui?.host ?? null,
  };
}
