/**
 * The run options the options page's 批量检查 builds from the stored settings and the pack in
 * force — as components/options/batch-check.tsx builds them in `check()` today, until the core's
 * assembler builds them for it.
 */
import type { BatchOptions } from '@/core/batch/engine';
import type { RulePack } from '@/core/pack';
import type { Settings } from '@/core/settings';

export function optionsBatchOptions(settings: Settings, pack: RulePack): BatchOptions {
  return {
    pack,
    merchant: settings.merchant as Record<string, unknown>,
    feeRatesBp: settings.feeRatesBp,
    ...(settings.asOfDate ? { date: settings.asOfDate } : {}),
  };
}
