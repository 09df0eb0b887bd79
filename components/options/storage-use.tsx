/**
 * Storage use against the history budget, with a one-click cleanup (issue 10): the merchant sees
 * how full it is before anything fails, and can free it without losing the settings.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t, type Lang } from '@/components/i18n';
import { Section } from '@/components/popup/field';
import type { StorageUsage } from '@/core/messages';
import { sendMessage } from '@/lib/messaging';
import { optionsText } from './text';

/** `1.2 MB`, `830 KB`: what a merchant reads at a glance. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(0, Math.round(bytes / 1024))} KB`;
}

export function StorageUse(props: { lang: Lang }) {
  const { lang } = props;
  const usage = useSignal<StorageUsage | null>(null);
  const cleaned = useSignal(false);
  const failure = useSignal<string | null>(null);
  const refresh = async () => {
    usage.value = await sendMessage({ type: 'storage-usage' });
  };
  useEffect(() => void refresh().catch((error: Error) => (failure.value = error.message)), []);
  const current = usage.value;
  const share = current
    ? Math.min(100, Math.round((current.bytes / current.budgetBytes) * 100))
    : 0;

  return (
    <Section title={optionsText.storage} lang={lang}>
      {current && (
        <>
          <p data-testid="storage-use">
            {t(lang, optionsText.storageUse)} {formatBytes(current.bytes)}
            {t(lang, optionsText.storageOf)}
            {formatBytes(current.budgetBytes)}（{share}%）· {t(lang, optionsText.storageItems)}
            {current.items}
          </p>
          <progress max={current.budgetBytes} value={current.bytes} aria-label={`${share}%`} />
        </>
      )}
      <p class="pp-muted">{t(lang, optionsText.storageWhy)}</p>
      <div class="pp-actions">
        <button
          type="button"
          class="pp-button"
          onClick={async () => {
            try {
              usage.value = await sendMessage({ type: 'cleanup-history' });
              cleaned.value = true;
              failure.value = null;
            } catch (error) {
              failure.value = error instanceof Error ? error.message : String(error);
            }
          }}
        >
          {t(lang, optionsText.cleanup)}
        </button>
      </div>
      <p role="status" class="pp-status">
        {cleaned.value && current
          ? `${t(lang, optionsText.cleanedUp)}${formatBytes(current.bytes)}`
          : ''}
      </p>
      {failure.value && (
        <p class="pp-error" role="alert">
          {failure.value}
        </p>
      )}
    </Section>
  );
}
