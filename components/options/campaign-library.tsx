/**
 * 活动库 (SPEC §2): every installed pack with its campaigns and their dates, each pack removable
 * (the bundled one can only be replaced) and exportable as its file; each unread requirement of a
 * campaign with its 我已满足 box, stored per campaign by the worker.
 */
import { t, type Lang } from '@/components/i18n';
import { sendMessage } from '@/lib/messaging';
import type { LibraryEntry } from '@/lib/storage/rule-pack';
import { downloadJson } from './download';
import { optionsText } from './text';

export function CampaignLibrary(props: {
  lang: Lang;
  entries: LibraryEntry[];
  onChange: () => void;
}) {
  const { lang } = props;
  return (
    <ul class="pp-library" data-testid="campaign-library">
      {props.entries.map((entry) => (
        <li key={entry.id} data-pack={entry.id}>
          <p>
            <strong>{entry.name}</strong> <span class="pp-muted">{entry.version}</span>
            {!entry.removable && (
              <span class="pp-muted"> · {t(lang, optionsText.libraryBundled)}</span>
            )}{' '}
            <button
              type="button"
              class="pp-button"
              onClick={async () => {
                const file = await sendMessage({ type: 'export-pack', id: entry.id });
                downloadJson(`rule-pack-${entry.version}.json`, file);
              }}
            >
              {t(lang, optionsText.libraryExport)}
            </button>
            {entry.removable && (
              <button
                type="button"
                class="pp-button"
                data-testid="remove-pack"
                onClick={async () => {
                  await sendMessage({ type: 'remove-pack', id: entry.id });
                  props.onChange();
                }}
              >
                {t(lang, optionsText.libraryRemove)}
              </button>
            )}
          </p>
          <ul>
            {entry.campaigns.map((campaign) => (
              <li key={campaign.key} data-campaign={campaign.key}>
                {campaign.name}{' '}
                <span class="pp-muted">
                  {campaign.firstDay
                    ? `${campaign.firstDay} ～ ${campaign.lastDay}`
                    : t(lang, optionsText.undated)}
                </span>
                <span class="pp-muted"> · {campaign.programs.map((p) => p.id).join(', ')}</span>
                {campaign.unread.map((item) => (
                  <label key={`${item.program}:${item.requirement}`} class="pp-check">
                    <input
                      type="checkbox"
                      checked={item.confirmed}
                      onChange={async (event) => {
                        await sendMessage({
                          type: 'confirm-requirement',
                          campaign: campaign.key,
                          requirement: item.requirement,
                          met: event.currentTarget.checked,
                        });
                        props.onChange();
                      }}
                    />{' '}
                    {t(lang, optionsText.unreadConfirm)}（{item.program}）：{item.requirement}
                  </label>
                ))}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
