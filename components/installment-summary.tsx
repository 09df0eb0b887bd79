/**
 * One installment plan (SPEC §4) for people: who pays the fee and how it splits between platform
 * and merchant, the instalments, 每日仅需, and what is left of the FI-COSUB subsidy.
 */
import type { InstallmentPlan } from '@/core/report';
import { formatFen } from '@/core/money';
import { periodsLabel, ruleName, shiftDecimal, t, text, type Lang } from './i18n';

/** `[16670, 16666 ×5]` → "¥166.70 + 5 × ¥166.66": runs of equal instalments, in order. */
export function describeInstalments(instalmentsFen: readonly number[]): string {
  const runs: { fen: number; n: number }[] = [];
  for (const fen of instalmentsFen) {
    const last = runs[runs.length - 1];
    if (last && last.fen === fen) last.n += 1;
    else runs.push({ fen, n: 1 });
  }
  return runs
    .map(({ fen, n }) => (n === 1 ? formatFen(fen) : `${n} × ${formatFen(fen)}`))
    .join(' + ');
}

export function InstallmentSummary(props: { plan: InstallmentPlan; lang: Lang }) {
  const { plan, lang } = props;
  const rows: [string, string][] = [
    [t(lang, text.rate), `${shiftDecimal(plan.rateBp, -2)}%`],
    [t(lang, text.fee), formatFen(plan.feeFen)],
  ];
  if (plan.payer === 'merchant') {
    rows.push([t(lang, text.platformShare), formatFen(plan.platformFeeFen)]);
    rows.push([t(lang, text.merchantShare), formatFen(plan.merchantFeeFen)]);
  } else {
    rows.push([t(lang, text.consumerShare), formatFen(plan.consumerFeeFen)]);
  }
  rows.push([t(lang, text.instalments), describeInstalments(plan.instalmentsFen)]);
  rows.push([t(lang, text.consumerTotal), formatFen(plan.consumerTotalFen)]);
  if (plan.subsidyRemainingFen !== null) {
    const after = plan.subsidyRemainingAfterFen;
    rows.push([
      t(lang, text.subsidyLeft),
      formatFen(plan.subsidyRemainingFen) + (after === null ? '' : ` → ${formatFen(after)}`),
    ]);
  }
  if (plan.merchantFeeWhenExhaustedFen !== null) {
    rows.push([t(lang, text.whenExhausted), formatFen(plan.merchantFeeWhenExhaustedFen)]);
  }

  return (
    <section class="ks-ui ks-plan" aria-label={t(lang, text.installment)}>
      <div class="ks-plan-head">
        <strong>
          {formatFen(plan.priceFen)} · {periodsLabel(lang, plan.periods)}
        </strong>{' '}
        <span>{t(lang, plan.payer === 'merchant' ? text.payerMerchant : text.payerConsumer)}</span>
        {plan.program && (
          <span class="ks-plan-program">
            {ruleName(lang, plan.program)} <span class="ks-id">{plan.program}</span>
          </span>
        )}
      </div>
      <dl class="ks-values ks-plan-rows">
        {rows.map(([name, value]) => (
          <div class="ks-value" key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p class="ks-daily">
        {t(lang, text.dailyOnly)} <strong>{formatFen(plan.dailyFen)}</strong>
      </p>
    </section>
  );
}
