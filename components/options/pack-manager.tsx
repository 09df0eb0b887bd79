/**
 * Rule pack import/export. An imported file is validated by the worker as a whole; every problem
 * is listed by its field path and the pack in force stays as it was.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { MAX_PACK_BYTES } from '@/core/pack';
import type { FieldIssue } from '@/core/request';
import { t, type Lang } from '@/components/i18n';
import { Section } from '@/components/popup/field';
import { sendMessage, WorkerError } from '@/lib/messaging';
import { downloadJson } from './download';
import { IssueList } from './issue-list';
import { optionsText } from './text';

interface PackLabel {
  name: string;
  version: string;
}

type Outcome =
  | { kind: 'imported'; version: string }
  | { kind: 'refused'; issues: FieldIssue[]; error: string }
  | null;

const labelOf = (pack: unknown): PackLabel => {
  const { name, version } = (pack ?? {}) as Partial<PackLabel>;
  return { name: String(name ?? '?'), version: String(version ?? '?') };
};

export function PackManager(props: { lang: Lang }) {
  const { lang } = props;
  const current = useSignal<PackLabel | null>(null);
  const outcome = useSignal<Outcome>(null);

  const refresh = () =>
    sendMessage({ type: 'get-pack' }).then((pack) => (current.value = labelOf(pack)));
  useEffect(() => void refresh(), []);

  async function importFile(file: File) {
    // Refused unread: a huge file would only freeze the page while it is parsed.
    if (file.size > MAX_PACK_BYTES) {
      const error = t(lang, optionsText.packTooLarge) + `${MAX_PACK_BYTES / 1024} KB`;
      outcome.value = { kind: 'refused', issues: [], error };
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (error) {
      outcome.value = {
        kind: 'refused',
        issues: [],
        error: t(lang, optionsText.notJson) + String(error),
      };
      return;
    }
    try {
      const { version } = await sendMessage({ type: 'import-pack', pack: json });
      outcome.value = { kind: 'imported', version };
    } catch (error) {
      const issues = error instanceof WorkerError ? error.issues : [];
      // No field at fault (storage full…): not "invalid"; the worker's own words.
      outcome.value =
        issues.length === 0
          ? {
              kind: 'refused',
              issues,
              error: `${t(lang, optionsText.packNotSaved)} ${String(error)}`,
            }
          : { kind: 'refused', issues, error: t(lang, optionsText.packRefused) };
    }
    await refresh();
  }

  return (
    <Section title={optionsText.pack} lang={lang}>
      <p data-testid="pack-current">
        {t(lang, optionsText.packCurrent)}:{' '}
        {current.value ? `${current.value.name} · ${current.value.version}` : '…'}
      </p>
      <div class="pp-field">
        <label for="pack-file">{t(lang, optionsText.packImport)}</label>
        <input
          id="pack-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void importFile(file);
            event.currentTarget.value = '';
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {outcome.value?.kind === 'imported' && (
          <p class="pp-ok">
            {t(lang, optionsText.packImported)} {outcome.value.version}
          </p>
        )}
        {outcome.value?.kind === 'refused' && (
          <div class="pp-refused">
            <p class="pp-error">{outcome.value.error}</p>
            <IssueList issues={outcome.value.issues} />
          </div>
        )}
      </div>
      <div class="pp-actions">
        <button
          type="button"
          class="pp-button"
          onClick={async () => {
            const pack = await sendMessage({ type: 'get-pack' });
            downloadJson(`rule-pack-${labelOf(pack).version}.json`, pack);
          }}
        >
          {t(lang, optionsText.packExport)}
        </button>
        <button
          type="button"
          class="pp-button"
          onClick={async () => {
            await sendMessage({ type: 'reset-pack' });
            outcome.value = null;
            await refresh();
          }}
        >
          {t(lang, optionsText.packReset)}
        </button>
      </div>
    </Section>
  );
}
