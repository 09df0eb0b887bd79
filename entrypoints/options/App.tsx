/**
 * The options page: rule pack import/export, the price history, settings backups and data reset.
 * Opened in a tab, so it uses the width; the language follows the stored setting.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t, type Lang } from '@/components/i18n';
import { BatchCheck } from '@/components/options/batch-check';
import { DataTools, SettingsBackups } from '@/components/options/data-tools';
import { PackManager } from '@/components/options/pack-manager';
import { PriceHistoryTable } from '@/components/options/price-history-table';
import { StorageUse } from '@/components/options/storage-use';
import { optionsText } from '@/components/options/text';
import { sendMessage } from '@/lib/messaging';

export function OptionsApp() {
  const lang = useSignal<Lang>('zh');
  // Bumped after a reset so every section reloads what is stored now.
  const generation = useSignal(0);
  useEffect(() => {
    void sendMessage({ type: 'get-settings' }).then((settings) => (lang.value = settings.language));
  }, [generation.value]);

  return (
    <main
      class="pp-app ks-ui pp-options"
      lang={lang.value === 'zh' ? 'zh-CN' : 'en'}
      key={generation.value}
    >
      <header class="pp-header">
        <h1>{t(lang.value, optionsText.title)}</h1>
      </header>
      <p class="pp-muted">{t(lang.value, optionsText.intro)}</p>
      <SettingsBackups lang={lang.value} onRestore={() => (generation.value += 1)} />
      <PackManager lang={lang.value} />
      <BatchCheck lang={lang.value} />
      <StorageUse lang={lang.value} />
      <PriceHistoryTable lang={lang.value} />
      <DataTools lang={lang.value} onReset={() => (generation.value += 1)} />
    </main>
  );
}
