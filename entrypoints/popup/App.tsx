/**
 * The popup: 计算器 (installment and deposit calculators), 商家资料 (profile, the user's own buyer
 * scores and live eligibility), 活动日历 and 设置. Stored data comes from the worker; the
 * calculators call the core directly so every keystroke updates at once. Every part judges on the
 * day in force: the "check as of" setting, else today — shown in the header whenever not today.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { shanghaiDay } from '@/core/dates';
import { dayInForce } from '@/core/prepare';
import { defaultPack, parsePack, type RulePack } from '@/core/pack';
import type { Consumer, Merchant } from '@/core/request';
import type { Settings } from '@/core/settings';
import { t } from '@/components/i18n';
import { DepositCalculator } from '@/components/popup/deposit-calculator';
import { InstallmentCalculator } from '@/components/popup/installment-calculator';
import { BuyerScoresForm } from '@/components/popup/buyer-scores-form';
import { CampaignCalendar } from '@/components/popup/campaign-calendar';
import { MerchantProfileForm } from '@/components/popup/merchant-profile-form';
import { SettingsPanel } from '@/components/popup/settings-panel';
import { Tabs } from '@/components/popup/tabs';
import { popupText } from '@/components/popup/text';
import { browser } from 'wxt/browser';
import { isStorageFull, sendMessage } from '@/lib/messaging';
import { campaignLibraryKeys } from '@/lib/storage/rule-pack';
import { settingsProblemItem, type SettingsProblem } from '@/lib/storage/settings';
import { storage } from 'wxt/utils/storage';

type Tab = 'calculator' | 'profile' | 'calendar' | 'settings';

/** The fields of `next` that differ from `stored` (a cleared field is sent as null). */
export function changedFields<T extends object>(stored: T, next: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of new Set([...Object.keys(stored), ...Object.keys(next)]) as Set<keyof T>) {
    const value = next[key] ?? null;
    if (JSON.stringify(value) !== JSON.stringify(stored[key] ?? null))
      changed[key] = value as T[keyof T];
  }
  return changed;
}

export function App(props: { saveDelayMs?: number }) {
  const settings = useSignal<Settings | null>(null);
  const pack = useSignal<RulePack>(defaultPack);
  const problem = useSignal<SettingsProblem | null>(null);
  const failure = useSignal<string | null>(null);
  const tab = useSignal<Tab>('calculator');

  useEffect(() => {
    Promise.all([sendMessage({ type: 'get-settings' }), sendMessage({ type: 'get-pack' })]).then(
      ([stored, current]) => {
        const parsed = parsePack(current);
        if (parsed.ok) pack.value = parsed.value;
        settings.value = stored;
      },
      (error: Error) => (failure.value = error.message),
    );
    void settingsProblemItem.getValue().then((found) => (problem.value = found));
  }, []);

  // A campaign imported, removed or confirmed while the popup stays open (the options page
  // beside it, or the calendar's own 我已满足) shows at once: the worker combines the library anew.
  useEffect(() => {
    const refresh = () =>
      sendMessage({ type: 'get-pack' }).then(
        (current) => {
          const parsed = parsePack(current);
          if (parsed.ok) pack.value = parsed.value;
        },
        (error: Error) => (failure.value = error.message),
      );
    const unwatch = campaignLibraryKeys.map((key) => storage.watch(key, () => void refresh()));
    return () => unwatch.forEach((stop) => stop());
  }, []);

  /** Where the last save failed, and why in words (a full storage is not an invalid value). */
  const saveFailure = useSignal<{
    where: 'language' | 'profile' | 'settings';
    text: string;
  } | null>(null);

  async function patch(
    change: Record<string, unknown>,
    where: 'language' | 'profile' | 'settings',
  ) {
    try {
      settings.value = await sendMessage({ type: 'set-settings', patch: change });
      saveFailure.value = null;
    } catch (error) {
      const text = isStorageFull(error)
        ? t(lang, popupText.storageFull)
        : error instanceof Error
          ? error.message
          : String(error);
      saveFailure.value = { where, text };
      throw new Error(text);
    }
  }

  /** Says so next to what was changed, with the way out when storage is full. */
  const failedHere = (where: 'language' | 'profile' | 'settings') =>
    saveFailure.value?.where === where && (
      <div class="pp-error" role="alert">
        <p>{saveFailure.value.text}</p>
        <button
          type="button"
          class="pp-button"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t(lang, popupText.openCleanup)}
        </button>
      </div>
    );

  const current = settings.value;
  const lang = current?.language ?? 'zh';
  const today = shanghaiDay(Date.now());
  const day = dayInForce({ asOfDate: current?.asOfDate ?? null });
  if (failure.value) {
    return (
      <main class="pp-app ks-ui">
        <p class="pp-error" role="alert">
          {t(lang, popupText.workerDown)}
          {failure.value}
        </p>
      </main>
    );
  }
  if (!current) {
    return (
      <main class="pp-app ks-ui" aria-busy="true">
        <p class="pp-muted">{t(lang, popupText.loading)}</p>
      </main>
    );
  }
  return (
    <main class="pp-app ks-ui" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header class="pp-header">
        <h1>{t(lang, popupText.title)}</h1>
        <button
          type="button"
          class="pp-lang"
          aria-label={lang === 'zh' ? 'Switch to English' : '切换到中文'}
          onClick={() =>
            void patch({ language: lang === 'zh' ? 'en' : 'zh' }, 'language').catch(() => undefined)
          }
        >
          {lang === 'zh' ? 'EN' : '中'}
        </button>
      </header>
      {failedHere('language')}
      {day !== today && (
        <p class="pp-asof" role="status">
          {t(lang, popupText.asOfInForce(day))}{' '}
          <button
            type="button"
            class="pp-link"
            onClick={() => void patch({ asOfDate: null }, 'settings').catch(() => undefined)}
          >
            {t(lang, popupText.backToToday)}
          </button>
        </p>
      )}
      {problem.value && (
        <p class="pp-notice" role="alert">
          {t(lang, popupText.corruptNotice)}
        </p>
      )}
      <Tabs<Tab>
        id="popup"
        lang={lang}
        label={popupText.tabs}
        tabs={[
          { value: 'calculator', label: popupText.calculator },
          { value: 'profile', label: popupText.profile },
          { value: 'calendar', label: popupText.calendar },
          { value: 'settings', label: popupText.settings },
        ]}
        selected={tab.value}
        onSelect={(value) => (tab.value = value)}
      >
        {tab.value === 'calculator' && (
          <>
            <InstallmentCalculator lang={lang} pack={pack.value} settings={current} day={day} />
            <DepositCalculator lang={lang} pack={pack.value} settings={current} today={day} />
          </>
        )}
        {tab.value === 'profile' && (
          <>
            <MerchantProfileForm
              lang={lang}
              pack={pack.value}
              today={day}
              merchant={current.merchant}
              saveDelayMs={props.saveDelayMs}
              // Only the fields that changed: a whole object would undo a content script's save.
              onSave={(merchant: Merchant) =>
                patch({ merchant: changedFields(current.merchant, merchant) }, 'profile')
              }
            />
            <BuyerScoresForm
              lang={lang}
              consumer={current.consumer}
              saveDelayMs={props.saveDelayMs}
              onSave={(consumer: Consumer) =>
                patch({ consumer: changedFields(current.consumer, consumer) }, 'profile')
              }
            />
          </>
        )}
        {tab.value === 'calendar' && <CampaignCalendar lang={lang} pack={pack.value} day={day} />}
        {tab.value === 'settings' && (
          <>
            <SettingsPanel
              lang={lang}
              settings={current}
              pack={pack.value}
              onPatch={(change) => patch(change, 'settings').catch(() => undefined)}
            />
            {failedHere('settings')}
          </>
        )}
      </Tabs>
    </main>
  );
}
