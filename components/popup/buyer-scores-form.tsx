/**
 * 买家信用分: the user's OWN buyer scores, for C-BNPL (SPEC §3). A merchant cannot know a buyer's
 * scores, so these are clearly the user's, empty by default; left empty, a 先用后付 item shows the
 * threshold as a hint instead of an `unknown` check. Saved once typing pauses; an invalid field
 * says why and keeps its stored value.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { sesameScoreRange, wechatPayScoreRange } from '@/core/ranges';
import type { Consumer } from '@/core/request';
import { t, type Lang } from '@/components/i18n';
import { Section, TextField } from './field';
import { parseNumberField } from './parse-field';
import { popupText } from './text';

const fields = [
  { key: 'sesameScore', label: popupText.sesameScore, range: sesameScoreRange },
  { key: 'wechatPayScore', label: popupText.wechatPayScore, range: wechatPayScoreRange },
] as const;
type Key = (typeof fields)[number]['key'];

export function BuyerScoresForm(props: {
  lang: Lang;
  consumer: Consumer;
  onSave: (consumer: Consumer) => Promise<unknown>;
  saveDelayMs?: number;
}) {
  const { lang } = props;
  const texts = useSignal<Record<Key, string>>({
    sesameScore: props.consumer.sesameScore?.toString() ?? '',
    wechatPayScore: props.consumer.wechatPayScore?.toString() ?? '',
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const parsed = Object.fromEntries(
    fields.map((field) => [
      field.key,
      parseNumberField(texts.value[field.key], { ...field.range, whole: true }),
    ]),
  ) as Record<Key, ReturnType<typeof parseNumberField>>;

  function change(key: Key, value: string) {
    texts.value = { ...texts.value, [key]: value };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const range = fields.find((field) => field.key === key)?.range ?? sesameScoreRange;
      const result = parseNumberField(value, { ...range, whole: true });
      // Only the field that changed, and only when valid: an error never replaces a stored score.
      if (result.ok) void props.onSave({ ...props.consumer, [key]: result.value });
    }, props.saveDelayMs ?? 400);
  }

  return (
    <Section title={popupText.buyerScores} lang={lang}>
      <p class="pp-muted">{t(lang, popupText.buyerScoresIntro)}</p>
      <div class="pp-grid">
        {fields.map((field) => {
          const result = parsed[field.key];
          return (
            <TextField
              key={field.key}
              id={`buyer-${field.key}`}
              label={field.label}
              lang={lang}
              inputMode="numeric"
              value={texts.value[field.key]}
              error={result.ok ? null : result.error}
              onInput={(value) => change(field.key, value)}
            />
          );
        })}
      </div>
    </Section>
  );
}
