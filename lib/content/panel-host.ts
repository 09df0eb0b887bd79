/**
 * The side panel of a page kind: one shadow host at the end of <body> (the component positions
 * itself fixed at the right edge, below the top bar), collapsed state remembered per page kind,
 * hidden when the user hid that page kind, dark when the page is.
 */
import { h, type ComponentChildren } from 'preact';
import { Panel } from '@/components/panel';
import type { PriceHistory } from '@/core/messages';
import type { Check, Hint, InstallmentPlan, Message } from '@/core/report';
import type { Merchant } from '@/core/request';
import type { PageKind } from '@/core/settings';
import { setPanelAttributes } from './check-attributes';
import { pageIsDark } from './dark-mode';
import type { ContentEnv } from './env';
import type { DailyPlan } from './item-evaluator';
import { logOnce } from './log';
import type { MountedUi } from './mount';
import { hiddenChecks, langOf, pageHidden, panelCollapsed } from './settings-store';

export interface PanelContent {
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
export function panelCoversControls(host: Element, doc: Document): boolean {
  const panel = host.shadowRoot?.querySelector('.ks-panel');
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

export function createPanelHost(env: ContentEnv, kind: PageKind): PanelHost {
  let ui: MountedUi | null = null;
  let mounting: Promise<MountedUi> | null = null;
  let content: PanelContent | null = null;
  let removed = false;
  /** Shown at once on click; the stored value follows when the worker has saved it. */
  let collapsedNow: boolean | null = null;
  /** Checked once, after the panel first opens: never cover the page's own buttons unasked. */
  let overlapChecked = false;

  const onCollapsedChange = (collapsed: boolean) => {
    collapsedNow = collapsed;
    render();
    const settings = env.settings.current();
    void env.settings.patch({ collapsed: { ...(settings?.collapsed ?? {}), [kind]: collapsed } });
  };

  const render = () => {
    if (removed) return;
    const settings = env.settings.current();
    if (content === null || pageHidden(settings, kind)) {
      ui?.remove();
      ui = null;
      mounting = null;
      return;
    }
    if (!ui) {
      if (mounting) return;
      mounting = env.mount({ name: 'ks-check-panel', anchor: env.doc.body, append: 'last' });
      mounting
        .then((mounted) => {
          if (removed || mounting === null) {
            mounted.remove();
            return;
          }
          ui = mounted;
          mounting = null;
          render();
        })
        .catch((error: unknown) => logOnce('mount panel', error));
      return;
    }
    const hidden = hiddenChecks(settings, kind);
    const checks = content.checks.filter((check) => !hidden.has(check.id));
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
        offer: content.offer ?? null,
        note: content.note ?? null,
        children: content.children,
      }),
    );
    if (!overlapChecked && collapsedNow === null && !panelCollapsed(settings, kind)) {
      overlapChecked = true;
      const host = ui.host;
      // After layout: the panel's box exists only once the browser has rendered it.
      env.ctx.requestAnimationFrame(() => {
        if (!removed && collapsedNow === null && panelCoversControls(host, env.doc)) {
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
