/**
 * The list of checks every surface shows (badge card, panel, popup): status, rule, message, the
 * compared values, a program's failed/unknown terms, its campaign phase and the rule's source.
 * Page text arrives here as plain strings and is rendered as text, never parsed as HTML.
 */
import type { ComponentChildren } from 'preact';
import type { CampaignPhase, Check, Hint, Message, Status, Values } from '@/core/report';
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

/** A status as glyph and word; `compact` draws the glyph only (the word stays for readers). */
export function StatusChip(props: { status: Status; lang: Lang; compact?: boolean }) {
  const word = t(props.lang, statusLabels[props.status]);
  if (props.compact) {
    return (
      <span class={`ks-chip ks-chip-glyph ks-${props.status}`} title={word}>
        <span aria-hidden="true">{statusGlyphs[props.status]}</span>
        <span class="ks-sr">{word}</span>
      </span>
    );
  }
  return (
    <span class={`ks-chip ks-${props.status}`}>
      <span aria-hidden="true">{statusGlyphs[props.status]}</span> {word}
    </span>
  );
}

function ValueList(props: { values: Values; lang: Lang; omit?: readonly string[] }) {
  // An empty string (no failed terms, say) carries nothing worth a row.
  const entries = Object.entries(props.values).filter(
    ([key, value]) => value !== '' && !props.omit?.includes(key),
  );
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

function CheckBody({ check, lang }: { check: Check; lang: Lang }) {
  // A program check is decided by its worst terms: name those, not the ones that passed.
  const openTerms = (check.terms ?? []).filter((term) => term.status !== 'pass');
  return (
    <>
      <p class="ks-msg">{t(lang, check.message)}</p>
      {/* The phase is the chip beside the name already. */}
      <ValueList values={check.values} lang={lang} omit={check.phase ? ['phase'] : undefined} />
      {openTerms.length > 0 && (
        <ul class="ks-terms">
          {openTerms.map((term) => (
            <li class="ks-term" key={term.id}>
              <div class="ks-check-head">
                <StatusChip status={term.status} lang={lang} />
                <span class="ks-rule">{ruleName(lang, term.id)}</span>
              </div>
              <p class="ks-msg">{t(lang, term.message)}</p>
              {/* The window's message spells out the day and both windows: no table repeating it. */}
              {term.id !== 'window' && <ValueList values={term.values} lang={lang} />}
            </li>
          ))}
        </ul>
      )}
      <div class="ks-source">{labelled(lang, text.source, check.source)}</div>
    </>
  );
}

function CheckItem({ check, lang }: { check: Check; lang: Lang }) {
  return (
    <li class={`ks-check ks-check-${check.status}`}>
      <div class="ks-check-head">
        <StatusChip status={check.status} lang={lang} />
        <span class="ks-rule">{ruleName(lang, check.id)}</span>
        <span class="ks-id">{check.id}</span>
        {check.phase && <span class="ks-phase">{t(lang, phaseLabels[check.phase])}</span>}
      </div>
      <CheckBody check={check} lang={lang} />
    </li>
  );
}

const endedWindow: Partial<Record<CampaignPhase, Message>> = {
  ended: { zh: '活动已结束', en: 'campaign ended' },
  'not-started': { zh: '活动未开始', en: 'not started yet' },
};

/**
 * What holds a check back, in a few words. A program: its failed terms by name (a closed window
 * by what it means: 「活动已结束」), else how many terms are unknown. Another check: its message
 * when it fails or warns; an unknown one says it with its chip.
 */
export function shortfall(check: Check, lang: Lang): string {
  if (!check.terms)
    return check.status === 'fail' || check.status === 'warn' ? t(lang, check.message) : '';
  const terms = check.terms;
  const failed = terms.filter((term) => term.status === 'fail');
  if (failed.length > 0) {
    const names = failed.map((term) => {
      const phase = term.values.phase as CampaignPhase | undefined;
      const closed = term.id === 'window' && phase ? endedWindow[phase] : undefined;
      return closed ? t(lang, closed) : ruleName(lang, term.id);
    });
    return names.join(lang === 'zh' ? '、' : ', ');
  }
  const unknown = terms.filter((term) => term.status === 'unknown').length;
  if (unknown > 0) return lang === 'zh' ? `${unknown} 项未知` : `${unknown} unknown`;
  return check.phase ? t(lang, phaseLabels[check.phase]) : '';
}

/** A check as one line (status, name, what holds it back); the full check on expand. */
function FoldedItem({ check, lang }: { check: Check; lang: Lang }) {
  const held = shortfall(check, lang);
  return (
    <li class={`ks-check ks-check-${check.status} ks-folded`}>
      <details>
        <summary class="ks-folded-line" title={t(lang, check.message)}>
          <span class="ks-folded-name">
            <StatusChip status={check.status} lang={lang} compact />
            <span class="ks-rule">{ruleName(lang, check.id)}</span>
          </span>
          {held && <span class="ks-shortfall">{held}</span>}
        </summary>
        <div class="ks-folded-body">
          <CheckBody check={check} lang={lang} />
        </div>
      </details>
    </li>
  );
}

/**
 * Worst first, so a failure is never below the fold; ties keep the core's order. Passing checks
 * fold into one disclosure when anything needs attention: twenty green rows would bury one red.
 */
export function CheckList(props: {
  checks: Check[];
  lang: Lang;
  /** Every check as one line, details on expand. */
  folded?: boolean;
}) {
  const { lang } = props;
  if (props.checks.length === 0) {
    return <p class="ks-ui ks-empty">{t(lang, text.noChecks)}</p>;
  }
  const sorted = [...props.checks].sort((a, b) => severity[a.status] - severity[b.status]);
  const open = sorted.filter((check) => check.status !== 'pass');
  const passed = sorted.filter((check) => check.status === 'pass');
  const list = (checks: Check[]) => (
    <ul class="ks-checks">
      {checks.map((check) =>
        props.folded ? (
          <FoldedItem key={check.id} check={check} lang={lang} />
        ) : (
          <CheckItem key={check.id} check={check} lang={lang} />
        ),
      )}
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

/**
 * A fail or warn of the item itself, shown in full. Not the shop's eligibility — a program (it
 * has terms) or the merchant baseline (M-*) — which reads the same on every item page.
 */
function needsFullCard(check: Check): boolean {
  const eligibility = check.terms !== undefined || check.id.startsWith('M-');
  return !eligibility && (check.status === 'fail' || check.status === 'warn');
}

/**
 * What the item itself gets wrong (the D-* the merchant just typed into) first and in full, then
 * `children` (the installment plan), then the rest — the shop's eligibility and whatever is
 * unknown — one line per check, worst first, details on expand.
 */
export function PrioritisedChecks(props: {
  checks: Check[];
  lang: Lang;
  children?: ComponentChildren;
}) {
  const own = props.checks.filter(needsFullCard);
  const rest = props.checks.filter((check) => !needsFullCard(check));
  return (
    <>
      {(own.length > 0 || rest.length === 0) && <CheckList checks={own} lang={props.lang} />}
      {props.children}
      {rest.length > 0 && <CheckList checks={rest} lang={props.lang} folded />}
    </>
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
export function SummaryChips(props: { checks: readonly { status: Status }[]; lang: Lang }) {
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
