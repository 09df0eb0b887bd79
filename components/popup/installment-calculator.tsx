/**
 * 分期计算器: a price as the pages write it, the period count and who pays → fee, platform and
 * merchant shares, each instalment, 每日仅需 and the FI-COSUB subsidy left. Computed by the core
 * directly (no worker round trip), so every keystroke updates the plan.
 */
import { useSignal } from '@preact/signals';
import { planInstallment } from '@/core/installment';
import type { Program as CampaignProgram, RulePack } from '@/core/pack';
import type { Settings } from '@/core/settings';
import { InstallmentSummary } from '@/components/installment-summary';
import { t, type Lang } from '@/components/i18n';
import { boundText, RadioGroup, Section, SelectField, TextField } from './field';
import { parseMoneyField, type FieldParse } from './parse-field';
import { popupText } from './text';
import { parsePrice } from '@/core/money';
import { bpPercent, cosubsidyShares } from '@/core/present/format';

/** A range (`¥99-199`, `￥6.8 至 ￥24.99`) plans on its lowest price, and says so. */
function readPrice(text: string): FieldParse<number> & { range?: boolean } {
  const parsed = parsePrice(text);
  if (parsed.ok && parsed.minFen !== parsed.maxFen)
    return { ok: true, value: parsed.minFen, range: true };
  return parseMoneyField(text);
}

/** Who pays: the buyer, the merchant, or an interest-free program of any installed campaign. */
export type FeePayer = 'consumer' | 'merchant' | (string & {});

/** A program that pays a share of the fee, offered by its title and id with the shares it pays. */
function payerLabel(program: CampaignProgram) {
  const platformBp = program.subsidy?.platformShareBp ?? 10_000;
  if (program.kind !== 'interest-free-cosubsidy')
    return popupText.payProgram(
      bpPercent(platformBp),
      program.title.zh,
      program.title.en,
      program.id,
    );
  const share = cosubsidyShares(platformBp);
  const { zh, en } = program.title;
  return popupText.payProgramShares(share.platform, share.merchant, zh, en, program.id);
}

/** Every program that pays a share of the fee, as a choice of who pays. */
function programChoices(pack: RulePack) {
  return pack.campaigns.flatMap((campaign) =>
    campaign.programs
      .filter((p) => p.kind === 'interest-free-platform' || p.kind === 'interest-free-cosubsidy')
      .map((p) => ({ value: p.id as FeePayer, label: payerLabel(p) })),
  );
}
type PeriodsText = '3' | '6' | '12';

export function InstallmentCalculator(props: {
  lang: Lang;
  pack: RulePack;
  settings: Settings;
  /** The day in force: the "check as of" setting, else today. */
  day: string;
}) {
  const { lang } = props;
  const priceText = useSignal('');
  const periods = useSignal<PeriodsText>('3');
  const payer = useSignal<FeePayer>('consumer');

  // Computed in render (it takes microseconds): reading the signals here re-renders on each
  // keystroke, and the stored settings in props are always the current ones.
  const price = readPrice(priceText.value);
  const program = payer.value === 'consumer' || payer.value === 'merchant' ? null : payer.value;
  const plan =
    price.ok && price.value !== null
      ? planInstallment(
          {
            priceFen: price.value,
            periods: Number(periods.value) as 3 | 6 | 12,
            payer: payer.value === 'consumer' ? 'consumer' : 'merchant',
            program,
            day: props.day,
            cosubsidyUsedFen: props.settings.merchant.cosubsidyUsedFen ?? 0,
          },
          props.pack,
          props.settings.feeRatesBp,
        )
      : null;
  const programHint =
    plan?.programNote === 'not-covered'
      ? popupText.programNotCovered
      : plan?.programNote === 'not-running'
        ? popupText.programNotRunning
        : null;

  return (
    <Section title={popupText.installmentCalc} lang={lang}>
      <TextField
        id="calc-price"
        label={popupText.price}
        lang={lang}
        placeholder={t(lang, popupText.pricePlaceholder)}
        hint={price.ok && price.range ? popupText.priceRange : null}
        {...boundText(priceText, price)}
      />
      <RadioGroup<PeriodsText>
        id="calc-periods"
        label={popupText.periods}
        lang={lang}
        value={periods.value}
        options={[
          { value: '3', label: { zh: '3期', en: '3' } },
          { value: '6', label: { zh: '6期', en: '6' } },
          { value: '12', label: { zh: '12期', en: '12' } },
        ]}
        onChange={(value) => (periods.value = value)}
      />
      <SelectField<FeePayer>
        id="calc-payer"
        label={popupText.whoPays}
        lang={lang}
        value={payer.value}
        options={[
          { value: 'consumer', label: popupText.payConsumer },
          { value: 'merchant', label: popupText.payMerchant },
          ...programChoices(props.pack),
        ]}
        hint={programHint}
        onChange={(value) => (payer.value = value)}
      />
      <div class="pp-result" aria-live="polite">
        {plan ? (
          <InstallmentSummary plan={plan} lang={lang} />
        ) : (
          <p class="pp-muted">{t(lang, popupText.enterPrice)}</p>
        )}
      </div>
    </Section>
  );
}
