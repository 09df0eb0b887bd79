/**
 * Settings export and restore, the corrupt-settings notice with its backups (each restorable after
 * a preview), and the reset of all data — the reset asks once more in words before it deletes
 * anything.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t, type Lang } from '@/components/i18n';
import { Section } from '@/components/popup/field';
import { sendMessage } from '@/lib/messaging';
import {
  listSettingsBackups,
  removeSettingsBackup,
  type SettingsBackup,
} from '@/lib/storage/backups';
import { formatShanghaiTime } from '@/lib/storage/price-history';
import { settingsProblemItem, type SettingsProblem } from '@/lib/storage/settings';
import { settingsExport } from '@/lib/storage/settings-restore';
import { downloadJson } from './download';
import { IssueList } from './issue-list';
import { readSettingsFile, RestorePreview } from './settings-restore';
import { optionsText } from './text';

export function SettingsBackups(props: { lang: Lang; onRestore: () => void }) {
  const { lang } = props;
  const problem = useSignal<SettingsProblem | null>(null);
  const backups = useSignal<SettingsBackup[]>([]);
  const restoring = useSignal<SettingsBackup | null>(null);
  const refresh = async () => {
    problem.value = await settingsProblemItem.getValue();
    backups.value = await listSettingsBackups();
  };
  useEffect(() => void refresh(), []);
  if (!problem.value && backups.value.length === 0) return null;

  return (
    <Section title={optionsText.backups} lang={lang}>
      {problem.value && (
        <div class="pp-notice" role="alert">
          <p>{t(lang, optionsText.corrupt)}</p>
          <IssueList issues={problem.value.issues} />
          <button
            type="button"
            class="pp-button"
            onClick={async () => {
              await settingsProblemItem.removeValue();
              await refresh();
            }}
          >
            {t(lang, optionsText.dismiss)}
          </button>
        </div>
      )}
      <ul class="pp-backups">
        {backups.value.map((backup) => (
          <li key={backup.key} class="pp-actions">
            <span>
              {t(lang, optionsText.takenAt)} {formatShanghaiTime(backup.at)}
            </span>
            <button
              type="button"
              class="pp-button"
              onClick={() => downloadJson(`settings-backup-${backup.at}.json`, backup.value)}
            >
              {t(lang, optionsText.downloadBackup)}
            </button>
            <button type="button" class="pp-button" onClick={() => (restoring.value = backup)}>
              {t(lang, optionsText.restoreBackup)}
            </button>
            <button
              type="button"
              class="pp-button"
              onClick={async () => {
                await removeSettingsBackup(backup.key);
                await refresh();
              }}
            >
              {t(lang, optionsText.deleteBackup)}
            </button>
          </li>
        ))}
      </ul>
      {restoring.value && (
        <RestorePreview
          key={restoring.value.key}
          lang={lang}
          value={restoring.value.value}
          onDone={(restored) => {
            restoring.value = null;
            if (restored) props.onRestore();
          }}
        />
      )}
    </Section>
  );
}

export function DataTools(props: { lang: Lang; onReset: () => void }) {
  const { lang } = props;
  const confirming = useSignal(false);
  const done = useSignal(false);
  /** A settings file chosen for restore (parsed), or why it could not be read. */
  const restoring = useSignal<{ value: unknown } | null>(null);
  const fileProblem = useSignal<string | null>(null);
  return (
    <Section title={optionsText.data} lang={lang}>
      <div class="pp-actions">
        <button
          type="button"
          class="pp-button"
          onClick={async () =>
            downloadJson(
              'settings.json',
              settingsExport(await sendMessage({ type: 'get-settings' })),
            )
          }
        >
          {t(lang, optionsText.settingsExport)}
        </button>
      </div>
      <div class="pp-field">
        <label for="settings-file">{t(lang, optionsText.restoreFile)}</label>
        <input
          id="settings-file"
          type="file"
          accept="application/json,.json"
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            const read = await readSettingsFile(file, lang);
            restoring.value = 'value' in read ? read : null;
            fileProblem.value = 'problem' in read ? read.problem : null;
          }}
        />
      </div>
      <div class="pp-actions">
        {!confirming.value && (
          <button
            type="button"
            class="pp-button pp-danger"
            onClick={() => {
              confirming.value = true;
              done.value = false;
            }}
          >
            {t(lang, optionsText.resetAll)}
          </button>
        )}
      </div>
      {fileProblem.value && (
        <p class="pp-error" role="alert">
          {fileProblem.value}
        </p>
      )}
      {restoring.value && (
        <RestorePreview
          lang={lang}
          value={restoring.value.value}
          onDone={(restored) => {
            restoring.value = null;
            if (restored) props.onReset();
          }}
        />
      )}
      {confirming.value && (
        <div class="pp-notice" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">{t(lang, optionsText.resetConfirm)}</p>
          <div class="pp-actions">
            <button
              type="button"
              class="pp-button pp-danger"
              onClick={async () => {
                await sendMessage({ type: 'reset-all' });
                confirming.value = false;
                done.value = true;
                props.onReset();
              }}
            >
              {t(lang, optionsText.resetYes)}
            </button>
            <button type="button" class="pp-button" onClick={() => (confirming.value = false)}>
              {t(lang, optionsText.cancel)}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="pp-status">
        {done.value ? t(lang, optionsText.resetDone) : ''}
      </p>
    </Section>
  );
}
