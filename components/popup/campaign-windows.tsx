/** Where today stands in each program's campaign (报名中/活动中/未开始/已结束) and the days left. */
import { daysBetween } from '@/core/dates';
import type { ProgramId, RulePack } from '@/core/pack';
import { campaignPhase } from '@/core/rules/programs';
import { phaseLabels, ruleName, t, type Lang } from '@/components/i18n';
import { popupText } from './text';

const programIds: ProgramId[] = ['BNPL-SUB', 'FI-PLAT3', 'FI-COSUB'];

export function CampaignWindows(props: { lang: Lang; pack: RulePack; today: string }) {
  const { lang, pack, today } = props;
  return (
    <table class="pp-table pp-windows">
      <caption>{t(lang, popupText.windows)}</caption>
      <tbody>
        {programIds.map((id) => {
          const program = pack.programs[id];
          const phase = campaignPhase(today, program);
          // Signup closing matters most while it is open; once live, the end of the campaign.
          const countdown =
            phase === 'signup'
              ? { label: popupText.daysLeftSignup, days: daysBetween(today, program.signup.to) }
              : phase === 'active'
                ? { label: popupText.daysLeftActive, days: daysBetween(today, program.active.to) }
                : phase === 'not-started'
                  ? {
                      label: popupText.daysUntilStart,
                      days: daysBetween(today, program.signup.from),
                    }
                  : null;
          return (
            <tr key={id} class={`pp-phase-${phase}`}>
              <th scope="row">
                {ruleName(lang, id)} <span class="ks-id">{id}</span>
              </th>
              <td>
                <span class="ks-phase">{t(lang, phaseLabels[phase])}</span>
              </td>
              <td>
                {countdown &&
                  `${t(lang, countdown.label)} ${countdown.days} ${t(lang, popupText.days)}`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
