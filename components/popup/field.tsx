/**
 * A labelled form control with its error right beside it: the label is a real <label>, the error
 * is linked by aria-describedby and announced politely, so keyboard and screen-reader users get
 * the same "why" as everyone else.
 */
import type { ComponentChildren } from 'preact';
import type { Signal } from '@preact/signals';
import type { Message } from '@/core/report';
import { formatValue, t, type Lang } from '@/components/i18n';
import type { FieldParse } from './parse-field';
import { popupText } from './text';

export interface FieldProps {
  id: string;
  label: Message;
  lang: Lang;
  error?: Message | null;
  hint?: Message | null;
}

const describedBy = (id: string, error?: Message | null, hint?: Message | null) =>
  [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;

function FieldNotes(props: FieldProps) {
  return (
    <>
      {props.hint && (
        <small id={`${props.id}-hint`} class="pp-hint">
          {t(props.lang, props.hint)}
        </small>
      )}
      <small id={`${props.id}-error`} class="pp-error" aria-live="polite">
        {props.error ? t(props.lang, props.error) : ''}
      </small>
    </>
  );
}

export function TextField(
  props: FieldProps & {
    value: string;
    onInput: (value: string) => void;
    placeholder?: string;
    inputMode?: 'decimal' | 'numeric' | 'text';
  },
) {
  return (
    <div class={`pp-field${props.error ? ' pp-invalid' : ''}`}>
      <label for={props.id}>{t(props.lang, props.label)}</label>
      <input
        id={props.id}
        type="text"
        value={props.value}
        placeholder={props.placeholder}
        inputMode={props.inputMode ?? 'decimal'}
        autoComplete="off"
        aria-invalid={props.error ? 'true' : 'false'}
        aria-describedby={describedBy(props.id, props.error, props.hint)}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <FieldNotes {...props} />
    </div>
  );
}

/** A TextField bound to its text signal: shows the text, the parse's error, and typing sets it. */
export function boundText(text: Signal<string>, parsed: FieldParse<unknown>) {
  return {
    value: text.value,
    error: parsed.ok ? null : parsed.error,
    onInput: (value: string) => (text.value = value),
  };
}

export interface Option<T extends string> {
  value: T;
  label: Message | string;
}

/** One option per code (shop type, category kind), labelled as the page panels label it. */
export function codeOptions<T extends string>(
  lang: Lang,
  key: string,
  codes: readonly T[],
): Option<T>[] {
  return codes.map((value) => ({ value, label: formatValue(lang, key, value) }));
}

/** 未填写, first in a select the merchant may leave open (its value '' stands for null). */
export const notGivenOption: Option<''> = { value: '', label: popupText.unknown };

export function SelectField<T extends string>(
  props: FieldProps & { value: T; options: Option<T>[]; onChange: (value: T) => void },
) {
  return (
    <div class="pp-field">
      <label for={props.id}>{t(props.lang, props.label)}</label>
      <select
        id={props.id}
        value={props.value}
        aria-describedby={describedBy(props.id, props.error, props.hint)}
        onChange={(event) => props.onChange(event.currentTarget.value as T)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {typeof option.label === 'string' ? option.label : t(props.lang, option.label)}
          </option>
        ))}
      </select>
      <FieldNotes {...props} />
    </div>
  );
}

/** A row of radio buttons in a fieldset: arrow keys move between them natively. */
export function RadioGroup<T extends string>(
  props: FieldProps & { value: T; options: Option<T>[]; onChange: (value: T) => void },
) {
  return (
    <fieldset class="pp-field pp-radios">
      <legend>{t(props.lang, props.label)}</legend>
      {props.options.map((option) => (
        <label key={option.value} class="pp-radio">
          <input
            type="radio"
            name={props.id}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {typeof option.label === 'string' ? option.label : t(props.lang, option.label)}
        </label>
      ))}
    </fieldset>
  );
}

export function Section(props: { title: Message; lang: Lang; children: ComponentChildren }) {
  return (
    <section class="pp-section">
      <h2>{t(props.lang, props.title)}</h2>
      {props.children}
    </section>
  );
}

/** Yes / no / not given, for the merchant's boolean metrics (unknown is never a guessed "no"). */
export type TriState = 'unknown' | 'yes' | 'no';
export const triState = (value: boolean | null | undefined): TriState =>
  value === true ? 'yes' : value === false ? 'no' : 'unknown';
export const fromTriState = (value: TriState): boolean | null =>
  value === 'yes' ? true : value === 'no' ? false : null;
