/**
 * Workbench home: the merchant's metrics the page shows (体验分, 及时发货率, 纠纷率, GMV …) are
 * offered to the stored merchant profile with one click, beside the eligibility they give.
 * The home has no page kind of its own: its panel is the signup (eligibility) panel.
 */
import type { Merchant } from '@/core/request';
import { readMerchantMetrics } from '@/lib/adapters/merchant-metrics';
import { findLabel } from '@/lib/adapters/read-text';
import type { ContentEnv } from '../env';
import { runPanelPage, type PanelPage } from '../panel-page';

/** Metrics that differ from (or are missing in) the stored profile. */
export function newMetrics(
  read: Partial<Merchant>,
  stored: Partial<Merchant> | undefined,
): Partial<Merchant> {
  const differing: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(read)) {
    if (stored?.[key as keyof Merchant] !== value) differing[key] = value;
  }
  return differing as Partial<Merchant>;
}

export function runWorkbenchHome(env: ContentEnv): PanelPage {
  let dismissed = false;
  const page: PanelPage = runPanelPage(env, {
    kind: 'signup',
    container: () => findLabel(env.doc.body, '购物体验分')?.parentElement?.parentElement ?? null,
    read: (container) => {
      const metrics = readMerchantMetrics(container);
      const settings = env.settings.current();
      const offered = newMetrics(metrics, settings?.merchant);
      const offer =
        !dismissed && Object.keys(offered).length > 0
          ? {
              metrics: offered,
              onAccept: () => {
                // Only the fields offered: the stored profile's others are merged in by the worker.
                void env.settings.patch({ merchant: offered });
              },
              onDismiss: () => {
                dismissed = true;
                page.flushNow();
              },
            }
          : null;
      return {
        // The page's figures are the freshest: the eligibility shown uses them. The home is about
        // the shop today, not one activity: only the programs current on the day (SPEC §2).
        request: { merchant: metrics, programScope: 'current' },
        title: { zh: '店铺经营指标 · 资格检查', en: 'Shop metrics · eligibility' },
        offer,
      };
    },
  });
  return page;
}
