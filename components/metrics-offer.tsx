/**
 * "在页面上读到 购物体验分 4.6、及时发货率 96% … 存入商家资料？" — the merchant's own metrics,
 * read off the workbench, are only stored when the merchant says so.
 */
import type { Merchant } from '@/core/request';
import { formatMetric, t, text, valueName, type Lang } from './i18n';

export function MetricsOffer(props: {
  metrics: Partial<Merchant>;
  lang: Lang;
  onAccept(): void;
  onDismiss(): void;
}) {
  const { lang } = props;
  const read = Object.entries(props.metrics)
    .map(([key, value]) => ({ key, shown: formatMetric(lang, key, value) }))
    .filter((item): item is { key: string; shown: string } => item.shown !== null);
  if (read.length === 0) return null;
  return (
    <section class="ks-ui ks-offer" aria-label={t(lang, text.offerQuestion)}>
      <p>
        {t(lang, text.offerLead)}{' '}
        {read.map(({ key, shown }, index) => (
          <span key={key}>
            {index > 0 && (lang === 'zh' ? '、' : ', ')}
            <span class="ks-offer-name">{valueName(lang, key)}</span>{' '}
            <strong class="ks-offer-value">{shown}</strong>
          </span>
        ))}
        {lang === 'zh' ? '，' : '. '}
        {t(lang, text.offerQuestion)}
      </p>
      <div class="ks-actions">
        <button type="button" class="ks-btn ks-btn-primary" onClick={() => props.onAccept()}>
          {t(lang, text.accept)}
        </button>
        <button type="button" class="ks-btn" onClick={() => props.onDismiss()}>
          {t(lang, text.dismiss)}
        </button>
      </div>
    </section>
  );
}
