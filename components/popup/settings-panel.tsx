/**
 * 设置: language, the historical-low look-back, fee-rate overrides, and which panels and checks
 * show on which kind of page. Every valid change is saved at once through the worker; an invalid
 * one shows why beside its field and is not sent.
 */
import { useSignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { isDay } from '@/core/dates';
import type { RulePack } from '@/core/pack';
import { ruleIds, type Message, type RuleId } from '@/core/report';
import { feeRateBpRange, lookbackDaysRange } from '@/core/ranges';
import { pageKinds, type FeeTable, type PageKind, type Settings } from '@/core/settings';
import { pageKindNames, ruleName, shiftDecimal, t, type Lang } from '@/components/i18n';
import { RadioGroup, Section, TextField } from './field';
import { parseNumberField } from './parse-field';
import { popupText } from './text';

type Payer = 'consumer' | 'merchant';
const periodCounts = [3, 6, 12] as const;
/** The fee rates are typed in %, stored in basis points. */
const feeRatePercentRange = {
  min: Number(shiftDecimal(feeRateBpRange.min, -2)),
  max: Number(shiftDecimal(feeRateBpRange.max, -2)),
};

const ratesText = (table: FeeTable | null | undefined) =>
  Object.fromEntries(
    periodCounts.map((n) => [n, table ? shiftDecimal(table[n], -2) : '']),
  ) as Record<3 | 6 | 12, string>;

const wholeBasisPoints: Message = { zh: '最多两位小数', en: 'At most two decimals' };
const allOrNone: Message = { zh: '三个期数都填或都不填', en: 'Fill all three periods or none' };

/** Three percent texts → a bp table, null (use the pack's), or why not. */
export function parseFeeTable(
  texts: Record<3 | 6 | 12, string>,
):
  | { ok: true; table: FeeTable | null }
  | { ok: false; errors: Partial<Record<3 | 6 | 12, Message>> } {
  const errors: Partial<Record<3 | 6 | 12, Message>> = {};
  const table: Partial<FeeTable> = {};
  for (const n of periodCounts) {
    const parsed = parseNumberField(texts[n], feeRatePercentRange);
    if (!parsed.ok) errors[n] = parsed.error;
    else if (parsed.value !== null) {
      const bp = Number(shiftDecimal(parsed.value, 2));
      if (Number.isInteger(bp)) table[n] = bp;
      else errors[n] = wholeBasisPoints;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const filled = periodCounts.filter((n) => table[n] !== undefined).length;
  if (filled === 0) return { ok: true, table: null };
  if (filled < 3) {
    const missing = periodCounts.filter((n) => table[n] === undefined);
    return { ok: false, errors: Object.fromEntries(missing.map((n) => [n, allOrNone])) };
  }
  return { ok: true, table: table as FeeTable };
}

export function SettingsPanel(props: {
  lang: Lang;
  settings: Settings;
  pack: RulePack;
  onPatch: (patch: Record<string, unknown>) => Promise<unknown>;
}) {
  const { lang, settings, pack } = props;
  const lookbackText = useSignal(String(settings.lookbackDays));
  const asOfText = useSignal(settings.asOfDate ?? '');
  const asOf = asOfText.value.trim();
  const asOfError = asOf === '' || isDay(asOf) ? null : popupText.errDay;
  const rateTexts = useSignal<Record<Payer, Record<3 | 6 | 12, string>>>({
    consumer: ratesText(settings.feeRatesBp.consumer),
    merchant: ratesText(settings.feeRatesBp.merchant),
  });
  const lookback = parseNumberField(lookbackText.value, { ...lookbackDaysRange, whole: true });
  const lookbackError = !lookback.ok
    ? lookback.error
    : lookback.value === null
      ? popupText.errNumber
      : null;

  function editRate(payer: Payer, periods: 3 | 6 | 12, value: string) {
    const texts = { ...rateTexts.value, [payer]: { ...rateTexts.value[payer], [periods]: value } };
    rateTexts.value = texts;
    const parsed = parseFeeTable(texts[payer]);
    if (parsed.ok) void props.onPatch({ feeRatesBp: { [payer]: parsed.table } });
  }

  function toggleCheck(kind: PageKind, id: RuleId, hidden: boolean) {
    const current = settings.hiddenChecks[kind];
    const next = hidden ? [...current, id] : current.filter((rule) => rule !== id);
    void props.onPatch({ hiddenChecks: { [kind]: next } });
  }

  return (
    <Section title={popupText.settings} lang={lang}>
      <RadioGroup<Lang>
        id="settings-language"
        label={popupText.language}
        lang={lang}
        value={settings.language}
        options={[
          { value: 'zh', label: '中文' },
          { value: 'en', label: 'English' },
        ]}
        onChange={(language) => void props.onPatch({ language })}
      />
      <TextField
        id="settings-asof"
        label={popupText.asOf}
        lang={lang}
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        hint={popupText.asOfHint}
        value={asOfText.value}
        error={asOfError}
        onInput={(value) => {
          asOfText.value = value;
          const day = value.trim();
          if (day === '' || isDay(day)) void props.onPatch({ asOfDate: day === '' ? null : day });
        }}
      />
      <TextField
        id="settings-lookback"
        label={popupText.lookbackDays}
        lang={lang}
        inputMode="numeric"
        value={lookbackText.value}
        error={lookbackError}
        onInput={(value) => {
          lookbackText.value = value;
          const parsed = parseNumberField(value, { ...lookbackDaysRange, whole: true });
          if (parsed.ok && parsed.value !== null)
            void props.onPatch({ lookbackDays: parsed.value });
        }}
      />
      <fieldset class="pp-field">
        <legend>{t(lang, popupText.feeRates)}</legend>
        {(['consumer', 'merchant'] as const).map((payer) => {
          const parsed = parseFeeTable(rateTexts.value[payer]);
          return (
            <div class="pp-rate-row" key={payer}>
              <span class="pp-rate-payer">
                {t(lang, payer === 'consumer' ? popupText.consumerRates : popupText.merchantRates)}
              </span>
              {periodCounts.map((n) => (
                <TextField
                  key={n}
                  id={`settings-rate-${payer}-${n}`}
                  label={{ zh: `${n}期`, en: `${n}` }}
                  lang={lang}
                  value={rateTexts.value[payer][n]}
                  placeholder={shiftDecimal(pack.installment.feeRatesBp[payer][n], -2)}
                  error={parsed.ok ? null : (parsed.errors[n] ?? null)}
                  onInput={(value) => editRate(payer, n, value)}
                />
              ))}
            </div>
          );
        })}
      </fieldset>
      <fieldset class="pp-field pp-checks">
        <legend>{t(lang, popupText.hiddenPages)}</legend>
        {pageKinds.map((kind) => (
          <label key={kind} class="pp-radio">
            <input
              type="checkbox"
              checked={settings.hiddenPages[kind]}
              onChange={(event) =>
                void props.onPatch({ hiddenPages: { [kind]: event.currentTarget.checked } })
              }
            />
            {t(lang, pageKindNames[kind])}
          </label>
        ))}
      </fieldset>
      <div class="pp-field">
        <span class="pp-label">{t(lang, popupText.hiddenChecks)}</span>
        {pageKinds.map((kind) => (
          <details key={kind} class="pp-details">
            <summary>
              {t(lang, pageKindNames[kind])} ({settings.hiddenChecks[kind].length})
            </summary>
            <div class="pp-check-grid">
              {ruleIds.map((id) => (
                <label key={id} class="pp-radio">
                  <input
                    type="checkbox"
                    checked={settings.hiddenChecks[kind].includes(id)}
                    onChange={(event) => toggleCheck(kind, id, event.currentTarget.checked)}
                  />
                  {ruleName(lang, id)} <span class="ks-id">{id}</span>
                </label>
              ))}
            </div>
          </details>
        ))}
      </div>
      <button type="button" class="pp-link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t(lang, popupText.openOptions)} →
      </button>
    </Section>
  );
}
