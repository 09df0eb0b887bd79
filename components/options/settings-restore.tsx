/**
 * Restoring settings from a corrupt-settings backup or an exported file: validated and previewed
 * (which settings change, which fields are invalid and take their defaults), written only after
 * the user confirms. Nothing is overwritten unasked.
 */
import { useSignal } from '@preact/signals';
import { t, type Lang } from '@/components/i18n';
import type { FieldIssue } from '@/core/request';
import type { Settings } from '@/core/settings';
import { sendMessage } from '@/lib/messaging';
import { previewSettingsRestore } from '@/lib/storage/settings';
import { IssueList } from './issue-list';
import { optionsText } from './text';

export interface RestorePlan {
  settings: Settings;
  /** The top-level settings whose value would change. */
  changed: string[];
  dropped: FieldIssue[];
}

/** What restoring `value` over `current` would do. */
export function planRestore(current: Settings, value: unknown): RestorePlan {
  const { settings, dropped } = previewSettingsRestore(value);
  const changed = Object.keys(settings).filter(
    (key) =>
      JSON.stringify(settings[key as keyof Settings]) !==
      JSON.stringify(current[key as keyof Settings]),
  );
  return { settings, changed, dropped };
}

/** The preview of one restore, with its confirmation. */
export function RestorePreview(props: {
  lang: Lang;
  value: unknown;
  onDone: (restored: boolean) => void;
}) {
  const { lang } = props;
  const plan = useSignal<RestorePlan | null>(null);
  const failure = useSignal<string | null>(null);
  if (!plan.value && !failure.value) {
    void sendMessage({ type: 'get-settings' }).then(
      (current) => (plan.value = planRestore(current, props.value)),
      (error: Error) => (failure.value = error.message),
    );
  }
  const current = plan.value;
  return (
    <div class="pp-notice" role="alertdialog" aria-label={t(lang, optionsText.restorePreview)}>
      {failure.value && <p class="pp-error">{failure.value}</p>}
      {current && current.changed.length === 0 && <p>{t(lang, optionsText.restoreNoChange)}</p>}
      {current && current.changed.length > 0 && (
        <>
          <p>{t(lang, optionsText.restorePreview)}</p>
          <ul data-testid="restore-changes">
            {current.changed.map((key) => (
              <li key={key}>
                <code>{key}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {current && current.dropped.length > 0 && (
        <>
          <p>{t(lang, optionsText.restoreDropped)}</p>
          <IssueList issues={current.dropped} />
        </>
      )}
      <div class="pp-actions">
        {current && current.changed.length > 0 && (
          <button
            type="button"
            class="pp-button pp-primary"
            onClick={async () => {
              try {
                await sendMessage({ type: 'restore-settings', value: props.value });
                props.onDone(true);
              } catch (error) {
                failure.value = error instanceof Error ? error.message : String(error);
              }
            }}
          >
            {t(lang, optionsText.restoreYes)}
          </button>
        )}
        <button type="button" class="pp-button" onClick={() => props.onDone(false)}>
          {t(lang, optionsText.cancel)}
        </button>
      </div>
    </div>
  );
}
