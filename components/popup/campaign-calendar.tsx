/**
 * 活动日历: every installed campaign and its programs against the day in force (SPEC §2) — current
 * campaigns first, then upcoming by the day they open, past ones folded — with windows, 报名中 /
 * 活动中 / 未开始 / 已结束 (日期未定 when a program has no window), days left (core/campaign, the
 * same figures every surface shows) and the signup link; when no program is current, a plain
 * sentence on which campaign opens next (or ended last) and where a newer pack goes.
 */
import {
  campaignCalendars,
  phaseDetailText,
  type CampaignCalendar as Calendar,
} from '@/core/campaign';
import type { Campaign, RulePack } from '@/core/pack';
import { phaseLabels, t, type Lang } from '@/components/i18n';
import { sendMessage } from '@/lib/messaging';
import { popupText } from './text';

const span = (window: { from: string; to: string } | null) =>
  window ? `${window.from} ～ ${window.to}` : '—';

/** A campaign's unread requirements, each with its 我已满足 box (stored per campaign). */
function UnreadRequirements(props: { lang: Lang; campaign: Campaign }) {
  const { lang, campaign } = props;
  const unread = campaign.programs.flatMap((p) =>
    p.unread.map((requirement) => ({ program: p.id, requirement })),
  );
  if (unread.length === 0) return null;
  return (
    <ul class="pp-unread">
      {unread.map(({ program, requirement }) => (
        <li key={`${program}:${requirement}`}>
          <label>
            <input
              type="checkbox"
              defaultChecked={campaign.confirmed?.includes(requirement) ?? false}
              onChange={(event) =>
                void sendMessage({
                  type: 'confirm-requirement',
                  campaign: campaign.key,
                  requirement,
                  met: event.currentTarget.checked,
                })
              }
            />{' '}
            {t(lang, popupText.unreadConfirm)}（{program}）：{requirement}
          </label>
        </li>
      ))}
    </ul>
  );
}

function CampaignWindows(props: { lang: Lang; calendar: Calendar; campaign?: Campaign }) {
  const { lang, calendar } = props;
  return (
    <section class="pp-campaign-block" data-campaign={calendar.key}>
      <p class="pp-campaign">
        <strong>{calendar.name}</strong>{' '}
        <span class="pp-muted">
          {calendar.firstDay
            ? `${calendar.firstDay} ～ ${calendar.lastDay}`
            : t(lang, popupText.undated)}
        </span>
      </p>
      <table class="pp-table pp-windows">
        <caption>{t(lang, popupText.windows)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, popupText.program)}</th>
            <th scope="col">{t(lang, popupText.signupWindow)}</th>
            <th scope="col">{t(lang, popupText.activeWindow)}</th>
            <th scope="col">{t(lang, popupText.phase)}</th>
          </tr>
        </thead>
        <tbody>
          {calendar.programs.map((program) => (
            <tr key={program.id} class={`pp-phase-${program.undated ? 'undated' : program.phase}`}>
              <th scope="row">
                {t(lang, program.title)} <span class="ks-id">{program.id}</span>
              </th>
              <td>{span(program.signup)}</td>
              <td>{span(program.active)}</td>
              <td>
                {!program.undated && (
                  <span class="ks-phase">{t(lang, phaseLabels[program.phase])} </span>
                )}
                <span class="pp-days">{t(lang, phaseDetailText(program))}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.campaign && <UnreadRequirements lang={lang} campaign={props.campaign} />}
      {calendar.current && calendar.signupUrl && (
        <p class="pp-muted">
          {t(lang, popupText.signupAt)}{' '}
          <a href={calendar.signupUrl} target="_blank" rel="noreferrer">
            {calendar.signupUrl}
          </a>
        </p>
      )}
    </section>
  );
}

export function CampaignCalendar(props: { lang: Lang; pack: RulePack; day: string }) {
  const { lang } = props;
  const calendars = campaignCalendars(props.pack, props.day);
  const open = calendars.filter((c) => c.phase !== 'ended');
  const past = calendars.filter((c) => c.phase === 'ended');
  const anyCurrent = calendars.some((c) => c.current);
  // No program current: name the next to open, else the last to end (SPEC §2).
  const next = open.find((c) => c.nextOpensOn !== null);
  const last = past[0];
  return (
    <div class="pp-calendar">
      {!anyCurrent && (next || last) && (
        <p class="pp-notice" role="note">
          {t(
            lang,
            next
              ? popupText.campaignUpcoming(next.name, next.nextOpensOn ?? '')
              : popupText.campaignEnded(last!.name, last!.lastDay ?? ''),
          )}
        </p>
      )}
      {open.map((calendar) => (
        <CampaignWindows
          key={calendar.key}
          lang={lang}
          calendar={calendar}
          campaign={props.pack.campaigns.find((c) => c.key === calendar.key)}
        />
      ))}
      {past.length > 0 && (
        <details class="pp-past-campaigns" open={open.length === 0}>
          <summary>{t(lang, popupText.pastCampaigns(String(past.length)))}</summary>
          {past.map((calendar) => (
            <CampaignWindows key={calendar.key} lang={lang} calendar={calendar} />
          ))}
        </details>
      )}
    </div>
  );
}
