/**
 * Restoring settings from a corrupt-settings backup or an exported file: checked and previewed
 * (lib/storage/settings-restore.ts decides), written only after the user confirms. A file that is
 * not exported settings is refused with why; the preview names every setting that changes, every
 * invalid field (kept as it is now) and every field this version does not know; nothing else is
 * written.
 */
import { useSignal } from '@preact/signals';
import { t, type Lang } from '@/components/i18n';
import { sendMessage } from '@/lib/messaging';
import {
  MAX_SETTINGS_FILE_BYTES,
  planSettingsRestore,
  settingsFileTooLarge,
  type RestorePlan,
} from '@/lib/storage/settings-restore';
import { IssueList } from './issue-list';
import { optionsText } from './text';

/**
 * A chosen file, read only when its size can be an export (a 100 MB file is never parsed), or
 * why it cannot be restored.
 */
export async function readSettingsFile(
  file: File,
  lang: Lang,
): Promise<{ value: unknown } | { problem: string }> {
  if (file.size > MAX_SETTINGS_FILE_BYTES)
    return { problem: t(lang, settingsFileTooLarge(file.size)) };
  try {
    return { value: JSON.parse(await file.text()) as unknown };
  } catch (error) {
    return { problem: `${t(lang, optionsText.notJson)}${String(error)}` };
  }
}

/** The preview of one restore, with its confirmation. */
export function RestorePreview(props: {
  lang: Lang;
  value: unknown;
  onDone: (restored: boolean) => void;
}) {
  const { lang } = props;
  /** The plan, with the value it is for: a second file chosen while one is shown is planned anew. */
  const planned = useSignal<{ value: unknown; plan: RestorePlan } | null>(null);
  const failure = useSignal<string | null>(null);
  const asked = useSignal<unknown>(undefined);
  if (asked.value !== props.value) {
    asked.value = props.value;
    const { value } = props;
    void sendMessage({ type: 'get-settings' }).then(
      (current) => (planned.value = { value, plan: planSettingsRestore(current, value) }),
      (error: Error) => (failure.value = error.message),
    );
  }
  const plan = planned.value?.value === props.value ? planned.value : null;
  const current = plan?.plan.ok ? plan.plan : null;
  const changed = current ? Object.keys(current.named) : [];
  return (
    <div class="pp-notice" role="alertdialog" aria-label={t(lang, optionsText.restorePreview)}>
      {failure.value && <p class="pp-error">{failure.value}</p>}
      {plan?.plan.ok === false && (
        <p class="pp-error" role="alert" data-testid="restore-refused">
          {t(lang, plan.plan.why)}
        </p>
      )}
      {current && changed.length === 0 && <p>{t(lang, optionsText.restoreNoChange)}</p>}
      {current && changed.length > 0 && (
        <>
          <p>{t(lang, optionsText.restorePreview)}</p>
          <ul data-testid="restore-changes">
            {changed.map((key) => (
              <li key={key}>
                <code>{key}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {current && current.invalid.length > 0 && (
        <div data-testid="restore-invalid">
          <p>{t(lang, optionsText.restoreDropped)}</p>
          <IssueList issues={current.invalid} />
        </div>
      )}
      {current && current.unknown.length > 0 && (
        <div data-testid="restore-unknown">
          <p>{t(lang, optionsText.restoreUnknown)}</p>
          <ul class="pp-issues">
            {current.unknown.map((path) => (
              <li key={path}>
                <code>{path}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="pp-actions">
        {current && changed.length > 0 && (
          <button
            type="button"
            class="pp-button pp-primary"
            onClick={async () => {
              try {
                await sendMessage({ type: 'restore-settings', settings: current.named });
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
