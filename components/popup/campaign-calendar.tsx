/**
 * 活动日历: the pack's campaign and its programs against the day in force — windows, 报名中 /
 * 活动中 / 未开始 / 已结束, days left (core/campaign, the same figures every surface shows) and the
 * signup link; when no program is current, a plain sentence on what the bundled rules are and
 * where a newer pack goes.
 */
import { campaignCalendar, phaseDetailText } from '@/core/campaign';
import type { RulePack } from '@/core/pack';
import { phaseLabels, t, type Lang } from '@/components/i18n';
import { popupText } from './text';

export function CampaignCalendar(props: { lang: Lang; pack: RulePack; day: string }) {
  const { lang } = props;
  const calendar = campaignCalendar(props.pack, props.day);
  return (
    <div class="pp-calendar">
      <p class="pp-campaign">
        <strong>{calendar.name}</strong>{' '}
        <span class="pp-muted">
          {calendar.firstDay} ～ {calendar.lastDay}
        </span>
      </p>
      {!calendar.current && (
        <p class="pp-notice" role="note">
          {t(
            lang,
            calendar.phase === 'ended'
              ? popupText.campaignEnded(calendar.name, calendar.lastDay)
              : popupText.campaignUpcoming(
                  calendar.name,
                  calendar.nextOpensOn ?? calendar.firstDay,
                ),
          )}
        </p>
      )}
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
            <tr key={program.id} class={`pp-phase-${program.phase}`}>
              <th scope="row">
                {t(lang, program.title)} <span class="ks-id">{program.id}</span>
              </th>
              <td>
                {program.signup.from} ～ {program.signup.to}
              </td>
              <td>
                {program.active.from} ～ {program.active.to}
              </td>
              <td>
                <span class="ks-phase">{t(lang, phaseLabels[program.phase])}</span>{' '}
                <span class="pp-days">{t(lang, phaseDetailText(program))}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {calendar.current && (
        <p class="pp-muted">
          {t(lang, popupText.signupAt)}{' '}
          <a href={calendar.signupUrl} target="_blank" rel="noreferrer">
            {calendar.signupUrl}
          </a>
        </p>
      )}
    </div>
  );
}
