/**
 * 商家资料: the merchant metrics of SPEC §1 and §5 in the units merchants read them in (%, ‱, 元),
 * each checked as typed with the reason beside the field, saved to the settings (valid fields
 * only), and the eligibility of every program and of 意向金 access evaluated live by the core.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { evaluateIn } from '@/core/prepare';
import type { RulePack } from '@/core/pack';
import { experienceScoreRange } from '@/core/ranges';
import type { Message } from '@/core/report';
import { categoryKinds, certificateNames, shopTypes, type Merchant } from '@/core/request';
import { CheckList } from '@/components/check-list';
import { t, type Lang } from '@/components/i18n';
import { CampaignCalendar } from './campaign-calendar';
import {
  codeOptions,
  fromTriState,
  notGivenOption,
  Section,
  SelectField,
  TextField,
  triState,
  type TriState,
} from './field';
import {
  moneyText,
  parseMoneyField,
  parseNumberField,
  parseRateField,
  rateText,
  type FieldParse,
} from './parse-field';
import { popupText } from './text';

type TextKey =
  | 'experienceScore'
  | 'violations90d'
  | 'onTimeShipRate30d'
  | 'disputeRate30d'
  | 'monthlyGmvFen'
  | 'maxSessionGmvFen'
  | 'categoryBondFen'
  | 'dsr'
  | 'monthlySalesFen'
  | 'cosubsidyUsedFen';
type BoolKey = 'riskControlled' | 'walletOpened' | 'enterprise';

interface TextSpec {
  key: TextKey;
  label: Message;
  parse: (text: string) => FieldParse<number>;
  format: (value: number | null | undefined) => string;
}

const plain = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);
const score = (text: string) => parseNumberField(text, experienceScoreRange);

/** In the order of SPEC §1, §2, §5. */
const textFields: TextSpec[] = [
  { key: 'experienceScore', label: popupText.experienceScore, parse: score, format: plain },
  {
    key: 'violations90d',
    label: popupText.violations,
    parse: (text) => parseNumberField(text, { min: 0, max: 100_000, whole: true }),
    format: plain,
  },
  {
    key: 'onTimeShipRate30d',
    label: popupText.onTimeShip,
    parse: (text) => parseRateField(text, 2),
    format: (value) => rateText(value, 2),
  },
  {
    key: 'disputeRate30d',
    label: popupText.disputeRate,
    parse: (text) => parseRateField(text, 4),
    format: (value) => rateText(value, 4),
  },
  { key: 'monthlyGmvFen', label: popupText.monthlyGmv, parse: parseMoneyField, format: moneyText },
  {
    key: 'maxSessionGmvFen',
    label: popupText.sessionGmv,
    parse: parseMoneyField,
    format: moneyText,
  },
  {
    key: 'categoryBondFen',
    label: popupText.categoryBond,
    parse: parseMoneyField,
    format: moneyText,
  },
  { key: 'dsr', label: popupText.dsr, parse: score, format: plain },
  {
    key: 'monthlySalesFen',
    label: popupText.monthlySales,
    parse: parseMoneyField,
    format: moneyText,
  },
  {
    key: 'cosubsidyUsedFen',
    label: popupText.cosubsidyUsed,
    parse: parseMoneyField,
    format: moneyText,
  },
];

const boolFields: { key: BoolKey; label: Message }[] = [
  { key: 'riskControlled', label: popupText.riskControlled },
  { key: 'walletOpened', label: popupText.walletOpened },
  { key: 'enterprise', label: popupText.enterprise },
];

const certificateLabels: Record<(typeof certificateNames)[number], Message> = {
  '3C': { zh: '3C认证', en: '3C certificate' },
  'quality-report': { zh: '质检报告', en: 'Quality-inspection report' },
  licence: { zh: '经营许可证', en: 'Operating licence' },
};

export interface ProfileDraft {
  texts: Record<TextKey, string>;
  bools: Record<BoolKey, TriState>;
  certificates: string[];
  shopType: Merchant['shopType'] | '';
  level: '' | '1' | '2';
  kind: (typeof categoryKinds)[number] | '';
}

export function draftFromMerchant(merchant: Merchant): ProfileDraft {
  const texts = Object.fromEntries(
    textFields.map((field) => [field.key, field.format(merchant[field.key])]),
  ) as Record<TextKey, string>;
  const bools = Object.fromEntries(
    boolFields.map((field) => [field.key, triState(merchant[field.key])]),
  ) as Record<BoolKey, TriState>;
  const level = merchant.mainCategory?.level;
  return {
    texts,
    bools,
    certificates: merchant.certificates ?? [],
    shopType: merchant.shopType ?? '',
    level: level === 1 ? '1' : level === 2 ? '2' : '',
    kind: merchant.mainCategory?.kind ?? '',
  };
}

/** The profile the draft stands for, and each text field's error. Invalid fields are left out. */
export function merchantFromDraft(draft: ProfileDraft, stored: Merchant) {
  const errors: Partial<Record<TextKey, Message>> = {};
  const merchant: Merchant = {};
  for (const field of textFields) {
    const parsed = field.parse(draft.texts[field.key]);
    if (parsed.ok) merchant[field.key] = parsed.value;
    else errors[field.key] = parsed.error;
  }
  for (const field of boolFields) merchant[field.key] = fromTriState(draft.bools[field.key]);
  merchant.certificates = draft.certificates;
  merchant.shopType = draft.shopType === '' ? null : draft.shopType;
  merchant.mainCategory =
    draft.level === '' && draft.kind === ''
      ? null
      : {
          ...stored.mainCategory,
          level: draft.level === '' ? null : draft.level === '1' ? 1 : 2,
          kind: draft.kind === '' ? null : draft.kind,
        };
  return { merchant, errors };
}

export function MerchantProfileForm(props: {
  lang: Lang;
  pack: RulePack;
  today: string;
  merchant: Merchant;
  onSave: (merchant: Merchant) => Promise<void>;
  saveDelayMs?: number;
}) {
  const { lang, pack, today } = props;
  const draft = useSignal(draftFromMerchant(props.merchant));
  const saveState = useSignal<'idle' | 'saved' | 'partial' | Error>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const { merchant, errors } = merchantFromDraft(draft.value, props.merchant);
  const invalidKeys = Object.keys(errors) as TextKey[];

  function change(next: Partial<ProfileDraft>) {
    draft.value = { ...draft.value, ...next };
    if (timer.current) clearTimeout(timer.current);
    // Saved once typing pauses; an invalid field keeps its stored value rather than a wrong one.
    timer.current = setTimeout(() => {
      const { merchant: valid, errors: pending } = merchantFromDraft(draft.value, props.merchant);
      for (const key of Object.keys(pending) as TextKey[]) delete valid[key];
      props.onSave(valid).then(
        () => (saveState.value = Object.keys(pending).length > 0 ? 'partial' : 'saved'),
        (error: Error) => (saveState.value = error),
      );
    }, props.saveDelayMs ?? 400);
  }

  // The draft is the profile being typed: the assembler's stored profile, on the day in force.
  const result = evaluateIn({}, { pack, merchant, asOfDate: today });
  const checks = result.ok ? result.report.checks : [];

  return (
    <>
      <Section title={popupText.profile} lang={lang}>
        <p class="pp-muted">{t(lang, popupText.profileIntro)}</p>
        <div class="pp-grid">
          {textFields.map((field) => (
            <TextField
              key={field.key}
              id={`profile-${field.key}`}
              label={field.label}
              lang={lang}
              value={draft.value.texts[field.key]}
              error={errors[field.key] ?? null}
              onInput={(value) => change({ texts: { ...draft.value.texts, [field.key]: value } })}
            />
          ))}
          {boolFields.map((field) => (
            <SelectField<TriState>
              key={field.key}
              id={`profile-${field.key}`}
              label={field.label}
              lang={lang}
              value={draft.value.bools[field.key]}
              options={[
                { value: 'unknown', label: popupText.unknown },
                { value: 'yes', label: popupText.yes },
                { value: 'no', label: popupText.no },
              ]}
              onChange={(value) => change({ bools: { ...draft.value.bools, [field.key]: value } })}
            />
          ))}
          <SelectField<string>
            id="profile-shopType"
            label={popupText.shopType}
            lang={lang}
            value={draft.value.shopType ?? ''}
            options={[notGivenOption, ...codeOptions(lang, 'shopType', shopTypes)]}
            onChange={(value) => change({ shopType: value as ProfileDraft['shopType'] })}
          />
          <SelectField<ProfileDraft['level']>
            id="profile-level"
            label={popupText.categoryLevel}
            lang={lang}
            value={draft.value.level}
            options={[
              notGivenOption,
              { value: '1', label: popupText.level1 },
              { value: '2', label: popupText.level2 },
            ]}
            onChange={(value) => change({ level: value })}
          />
          <SelectField<ProfileDraft['kind']>
            id="profile-kind"
            label={popupText.mainCategory}
            lang={lang}
            value={draft.value.kind}
            options={[notGivenOption, ...codeOptions(lang, 'kind', categoryKinds)]}
            onChange={(value) => change({ kind: value })}
          />
        </div>
        <fieldset class="pp-field pp-checks">
          <legend>{t(lang, popupText.certificates)}</legend>
          {certificateNames.map((name) => (
            <label key={name} class="pp-radio">
              <input
                type="checkbox"
                checked={draft.value.certificates.includes(name)}
                onChange={(event) =>
                  change({
                    certificates: event.currentTarget.checked
                      ? [...draft.value.certificates, name]
                      : draft.value.certificates.filter((held) => held !== name),
                  })
                }
              />
              {t(lang, certificateLabels[name])}
            </label>
          ))}
        </fieldset>
        <p class="pp-status" role="status">
          {saveState.value instanceof Error
            ? saveState.value.message
            : saveState.value === 'partial' || invalidKeys.length > 0
              ? t(lang, popupText.notSaved)
              : saveState.value === 'saved'
                ? t(lang, popupText.saved)
                : ''}
        </p>
      </Section>
      <Section title={popupText.eligibility} lang={lang}>
        <CampaignCalendar lang={lang} pack={pack} day={today} />
        <CheckList checks={checks} lang={lang} />
        {!checks.some((check) => check.id.startsWith('D-')) && (
          <p class="pp-muted">{t(lang, popupText.chooseCategory)}</p>
        )}
      </Section>
    </>
  );
}
