/**
 * The list of checks every surface shows (badge card, panel, popup): status, rule, message, the
 * compared values, a program's failed/unknown terms, its campaign phase and the rule's source.
 * Page text arrives here as plain strings and is rendered as text, never parsed as HTML.
 */
import type { Check, Hint, Status, Values } from '@/core/report';
import {
  formatValue,
  labelled,
  passedLabel,
  phaseLabels,
  ruleName,
  statusGlyphs,
  statusLabels,
  t,
  text,
  valueName,
  type Lang,
} from './i18n';

const severity: Record<Status, number> = { fail: 0, warn: 1, unknown: 2, pass: 3 };

export function StatusChip(props: { status: Status; lang: Lang }) {
  return (
    <span class={`ks-chip ks-${props.status}`}>
      <span aria-hidden="true">{statusGlyphs[props.status]}</span>{' '}
      {t(props.lang, statusLabels[props.status])}
    </span>
  );
}

export function ValueList(props: { values: Values; lang: Lang }) {
  // An empty string (no failed terms, say) carries nothing worth a row.
  const entries = Object.entries(props.values).filter(([, value]) => value !== '');
  if (entries.length === 0) return null;
  return (
    <dl class="ks-values">
      {entries.map(([key, value]) => (
        <div class="ks-value" key={key}>
          <dt>{valueName(props.lang, key)}</dt>
          <dd>{formatValue(props.lang, key, value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function CheckItem({ check, lang }: { check: Check; lang: Lang }) {
  // A program check is decided by its worst terms: name those, not the ones that passed.
  const openTerms = (check.terms ?? []).filter((term) => term.status !== 'pass');
  return (
    <li class={`ks-check ks-check-${check.status}`}>
      <div class="ks-check-head">
        <StatusChip status={check.status} lang={lang} />
        <span class="ks-rule">{ruleName(lang, check.id)}</span>
        <span class="ks-id">{check.id}</span>
        {check.phase && <span class="ks-phase">{t(lang, phaseLabels[check.phase])}</span>}
      </div>
      <p class="ks-msg">{t(lang, check.message)}</p>
      <ValueList values={check.values} lang={lang} />
      {openTerms.length > 0 && (
        <ul class="ks-terms">
          {openTerms.map((term) => (
            <li class="ks-term" key={term.id}>
              <div class="ks-check-head">
                <StatusChip status={term.status} lang={lang} />
                <span class="ks-rule">{ruleName(lang, term.id)}</span>
              </div>
              <p class="ks-msg">{t(lang, term.message)}</p>
              <ValueList values={term.values} lang={lang} />
            </li>
          ))}
        </ul>
      )}
      <div class="ks-source">{labelled(lang, text.source, check.source)}</div>
    </li>
  );
}

/**
 * Worst first, so a failure is never below the fold; ties keep the core's order. Passing checks
 * fold into one disclosure when anything needs attention: twenty green rows would bury one red.
 */
export function CheckList(props: { checks: Check[]; lang: Lang }) {
  const { lang } = props;
  if (props.checks.length === 0) {
    return <p class="ks-ui ks-empty">{t(lang, text.noChecks)}</p>;
  }
  const sorted = [...props.checks].sort((a, b) => severity[a.status] - severity[b.status]);
  const open = sorted.filter((check) => check.status !== 'pass');
  const passed = sorted.filter((check) => check.status === 'pass');
  const list = (checks: Check[]) => (
    <ul class="ks-checks">
      {checks.map((check) => (
        <CheckItem key={check.id} check={check} lang={lang} />
      ))}
    </ul>
  );
  return (
    <div class="ks-ui ks-check-list">
      {open.length > 0 && list(open)}
      {passed.length > 0 && (
        <details class="ks-passed" open={open.length === 0}>
          <summary>
            <StatusChip status="pass" lang={lang} /> {passedLabel(lang, passed.length)}
          </summary>
          {list(passed)}
        </details>
      )}
    </div>
  );
}

export function HintList(props: { hints: Hint[]; lang: Lang }) {
  if (props.hints.length === 0) return null;
  return (
    <section class="ks-ui ks-hints" aria-label={t(props.lang, text.hints)}>
      <ul>
        {props.hints.map((hint) => (
          <li key={hint.id}>{t(props.lang, hint.message)}</li>
        ))}
      </ul>
    </section>
  );
}

/** Counts per status, worst first; statuses with no check are left out. */
export function SummaryChips(props: { checks: Check[]; lang: Lang }) {
  const order: Status[] = ['fail', 'warn', 'unknown', 'pass'];
  const counts = order
    .map((status) => ({ status, n: props.checks.filter((c) => c.status === status).length }))
    .filter(({ n }) => n > 0);
  return (
    <div class="ks-ui ks-summary">
      {counts.map(({ status, n }) => (
        <span class={`ks-chip ks-${status}`} key={status}>
          <span aria-hidden="true">{statusGlyphs[status]}</span>{' '}
          {t(props.lang, statusLabels[status])} {n}
        </span>
      ))}
    </div>
  );
}
