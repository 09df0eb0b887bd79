/**
 * Rule pack import/export. An imported file is validated by the worker as a whole; every problem
 * is listed by its field path and the pack in force stays as it was. A valid pack whose
 * thresholds ask nothing is shown with them and saved only when the merchant confirms.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { jsonDepth } from '@/core/json-depth';
import { MAX_PACK_BYTES, MAX_PACK_DEPTH } from '@/core/pack';
import type { FieldIssue } from '@/core/request';
import { t, type Lang } from '@/components/i18n';
import { Section } from '@/components/popup/field';
import { sendMessage, WorkerError } from '@/lib/messaging';
import type { LibraryEntry } from '@/lib/storage/rule-pack';
import { CampaignLibrary } from './campaign-library';
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
  | { kind: 'confirm'; warnings: FieldIssue[]; pack: unknown }
  | null;

const labelOf = (pack: unknown): PackLabel => {
  const { name, version } = (pack ?? {}) as Partial<PackLabel>;
  return { name: String(name ?? '?'), version: String(version ?? '?') };
};

export function PackManager(props: { lang: Lang }) {
  const { lang } = props;
  const current = useSignal<PackLabel | null>(null);
  const outcome = useSignal<Outcome>(null);
  const library = useSignal<LibraryEntry[]>([]);

  const refresh = () =>
    Promise.all([
      sendMessage({ type: 'get-pack' }).then((pack) => (current.value = labelOf(pack))),
      sendMessage({ type: 'list-packs' }).then((entries) => (library.value = entries)),
    ]);
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
    // Checked here, without recursion: a 10 000-deep file would otherwise fail in the browser's
    // message channel, and be reported as a save that failed rather than as an invalid pack.
    const depth = jsonDepth(json);
    if (depth > MAX_PACK_DEPTH) {
      const message = t(lang, optionsText.packTooDeep)
        .replace('{depth}', String(depth))
        .replace('{max}', String(MAX_PACK_DEPTH));
      const issues = [{ path: '(root)', message }];
      outcome.value = { kind: 'refused', issues, error: t(lang, optionsText.packRefused) };
      return;
    }
    await send(json, false);
  }

  async function send(json: unknown, confirmed: boolean) {
    try {
      const reply = await sendMessage({ type: 'import-pack', pack: json, confirmed });
      outcome.value = reply.unconfirmed
        ? { kind: 'confirm', warnings: reply.unconfirmed, pack: json }
        : { kind: 'imported', version: reply.version };
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
      <h3>{t(lang, optionsText.library)}</h3>
      <p class="pp-muted">{t(lang, optionsText.libraryIntro)}</p>
      <CampaignLibrary lang={lang} entries={library.value} onChange={() => void refresh()} />
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
        {outcome.value?.kind === 'confirm' && (
          <ConfirmWarnings
            lang={lang}
            warnings={outcome.value.warnings}
            onConfirm={(pack) => void send(pack, true)}
            pack={outcome.value.pack}
            onCancel={() => (outcome.value = null)}
          />
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

/** A valid pack's thresholds that ask nothing: in force only when the merchant says so. */
function ConfirmWarnings(props: {
  lang: Lang;
  warnings: FieldIssue[];
  pack: unknown;
  onConfirm: (pack: unknown) => void;
  onCancel: () => void;
}) {
  const { lang } = props;
  return (
    <div class="pp-notice" role="alertdialog" aria-label={t(lang, optionsText.packWarnings)}>
      <p class="pp-error">{t(lang, optionsText.packWarnings)}</p>
      <IssueList issues={props.warnings} />
      <div class="pp-actions">
        <button
          type="button"
          class="pp-button pp-danger"
          onClick={() => props.onConfirm(props.pack)}
        >
          {t(lang, optionsText.packImportAnyway)}
        </button>
        <button type="button" class="pp-button" onClick={props.onCancel}>
          {t(lang, optionsText.cancel)}
        </button>
      </div>
    </div>
  );
}
