/**
 * 意向金计算器: price, deposit, deduction (and balance) → the D-RATIO verdict, the suggested band
 * (D-SUGGEST), the hidden-price-rise check (D-HIKE), what the merchant nets if the balance is never
 * paid, and when the money settles. Verdicts come from the core's evaluate(), amounts from
 * core/deposit-flow, so the popup and the page panels never disagree.
 */
import { useSignal } from '@preact/signals';
import { contextFromSettings, evaluateIn } from '@/core/prepare';
import { depositCalculatorChecks } from '@/core/present/groups';
import { bpPercent } from '@/core/present/format';
import { forfeitNetFen, settlementDays, withdrawalHoldDays } from '@/core/deposit-flow';
import { formatFen } from '@/core/money';
import type { RulePack } from '@/core/pack';
import type { Check } from '@/core/report';
import { categoryKinds, shopTypes, type CategoryKind, type ShopType } from '@/core/request';
import type { Settings } from '@/core/settings';
import { CheckList } from '@/components/check-list';
import { t, type Lang } from '@/components/i18n';
import { boundText, codeOptions, notGivenOption, Section, SelectField, TextField } from './field';
import { parseMoneyField } from './parse-field';
import { popupText } from './text';

export function DepositCalculator(props: {
  lang: Lang;
  pack: RulePack;
  settings: Settings;
  today: string;
}) {
  const { lang, pack } = props;
  const priceText = useSignal('');
  const activityText = useSignal('');
  const depositText = useSignal('');
  const deductionText = useSignal('');
  const balanceText = useSignal('');
  const kind = useSignal<CategoryKind | ''>(props.settings.merchant.mainCategory?.kind ?? '');
  const shopType = useSignal<ShopType>(props.settings.merchant.shopType ?? 'normal');

  const price = parseMoneyField(priceText.value);
  const activity = parseMoneyField(activityText.value);
  const deposit = parseMoneyField(depositText.value);
  const deduction = parseMoneyField(deductionText.value);
  const balance = parseMoneyField(balanceText.value);
  const valueOf = (parsed: typeof price) => (parsed.ok ? parsed.value : null);
  // No balance typed: none is invented, so D-HIKE says unknown as the goods-form panel does (P4).
  const balanceFen = valueOf(balance);
  const depositFen = valueOf(deposit);

  let checks: Check[] = [];
  if (depositFen !== null) {
    // The same assembler as the worker's (core/prepare): the stored profile, the day in force.
    const context = contextFromSettings({ ...props.settings, asOfDate: props.today }, pack);
    const result = evaluateIn(
      {
        product: {
          priceFen: valueOf(price),
          activityPriceFen: valueOf(activity),
          category: kind.value === '' ? null : { kind: kind.value },
          deposit: { amountFen: depositFen, deductionFen: valueOf(deduction), balanceFen },
        },
      },
      context,
    );
    if (result.ok)
      checks = result.report.checks.filter((check) => depositCalculatorChecks.has(check.id));
  }
  const days = settlementDays(shopType.value, pack);
  const holdDays = kind.value === '' ? 0 : withdrawalHoldDays(kind.value, pack);

  return (
    <Section title={popupText.depositCalc} lang={lang}>
      <div class="pp-grid">
        <TextField
          id="dep-price"
          label={popupText.normalPrice}
          lang={lang}
          {...boundText(priceText, price)}
        />
        <TextField
          id="dep-activity"
          label={popupText.activityPrice}
          lang={lang}
          {...boundText(activityText, activity)}
        />
        <TextField
          id="dep-amount"
          label={popupText.deposit}
          lang={lang}
          {...boundText(depositText, deposit)}
        />
        <TextField
          id="dep-deduction"
          label={popupText.deduction}
          lang={lang}
          {...boundText(deductionText, deduction)}
        />
        <TextField
          id="dep-balance"
          label={popupText.balance}
          lang={lang}
          hint={popupText.balanceDefault}
          {...boundText(balanceText, balance)}
        />
        <SelectField<CategoryKind | ''>
          id="dep-kind"
          label={popupText.categoryKind}
          lang={lang}
          value={kind.value}
          options={[notGivenOption, ...codeOptions(lang, 'kind', categoryKinds)]}
          onChange={(value) => (kind.value = value)}
        />
        <SelectField<ShopType>
          id="dep-shop"
          label={popupText.shopType}
          lang={lang}
          value={shopType.value}
          options={codeOptions(lang, 'shopType', shopTypes)}
          onChange={(value) => (shopType.value = value)}
        />
      </div>
      <div class="pp-result" aria-live="polite">
        {checks.length > 0 && <CheckList checks={checks} lang={lang} />}
        <dl class="ks-values pp-flow">
          {depositFen !== null && (
            <div class="ks-value">
              <dt>
                {t(lang, popupText.forfeitNet(bpPercent(pack.depositFlow.forfeitServiceFeeBp)))}
              </dt>
              <dd data-testid="forfeit-net">{formatFen(forfeitNetFen(depositFen, pack))}</dd>
            </div>
          )}
          <div class="ks-value">
            <dt>{t(lang, popupText.settlement)}</dt>
            <dd data-testid="settlement">
              {days === null ? t(lang, popupText.settlementCustoms) : `T+${days}`}
            </dd>
          </div>
          {holdDays > 0 && (
            <div class="ks-value">
              <dt>{t(lang, popupText.holdDays)}</dt>
              <dd>{holdDays}</dd>
            </div>
          )}
        </dl>
      </div>
    </Section>
  );
}
