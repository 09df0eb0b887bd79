/**
 * The one place values are formatted for people, and the dictionaries every component reads
 * (`text`, `ruleNames` …). The words themselves live in `labels.ts`; see `dictionaries` below for
 * how the content scripts get them. Runtime imports stay tiny (no zod).
 */
import type { CampaignPhase, Message, Status } from '@/core/report';
import { formatFen } from '@/core/money';
import { formatNumber } from '@/core/present/format';
import { shanghaiDay } from '@/core/dates';
import { labels as bundledLabels, type Labels } from './labels';

export type Lang = 'zh' | 'en';

export function t(lang: Lang, message: Message): string {
  return message[lang];
}

/** "来源：" / "Source: ". */
export function labelled(lang: Lang, label: Message, value: string): string {
  return lang === 'zh' ? `${label.zh}：${value}` : `${label.en}: ${value}`;
}

const m = (zh: string, en: string): Message => ({ zh, en });

/**
 * A content script (25 KB gzip budget each) does not bundle the dictionaries: it asks the worker
 * once (`get-labels`) and calls `registerLabels` before its first render. `ENTRYPOINT` is a
 * build-time constant, so there the bundler drops `./labels` altogether; every other surface
 * (popup, options, worker, tests) uses the bundled dictionaries.
 */
const entry: string | undefined = import.meta.env.ENTRYPOINT;
const inContentScript =
  entry === 'workbench' || entry === 'detail' || entry === 'live-console' || entry === 'live-room';
const dictionaries: Labels = inContentScript
  ? ({
      statusLabels: {},
      ruleNames: {},
      termNames: {},
      pageKindNames: {},
      phaseLabels: {},
      text: {},
      valueNames: {},
      valueTexts: {},
    } as Labels)
  : bundledLabels;

/** Fills the dictionaries in place: components hold these very objects. */
export function registerLabels(from: Labels): void {
  for (const key of Object.keys(dictionaries) as (keyof Labels)[]) {
    Object.assign(dictionaries[key], from[key]);
  }
}

export const { statusLabels, ruleNames, pageKindNames, phaseLabels, text } = dictionaries;
const { termNames, valueNames, valueTexts } = dictionaries;

/** The pill's glyph per status: readable without colour. */
export const statusGlyphs: Record<Status, string> = {
  pass: '✓',
  fail: '✕',
  warn: '!',
  unknown: '?',
};

export function ruleName(lang: Lang, id: string): string {
  const name = (ruleNames as Record<string, Message | undefined>)[id] ?? termNames[id];
  return name ? name[lang] : id;
}

/** "基于 N 次记录的历史最低价 ¥X" — the panel names the source and the count (SPEC §8). */
export function historyCaption(lang: Lang, count: number, lowFen: number, days: number): string {
  const low = formatFen(lowFen);
  return lang === 'zh'
    ? `基于 ${count} 次记录的历史最低价 ${low}（近 ${days} 天）`
    : `Historical low ${low}, low of ${count} observations (last ${days} days)`;
}

/** "23 项" / "23 checks" beside the pass chip of the folded passing checks. */
export function passedLabel(lang: Lang, count: number): string {
  return lang === 'zh' ? `${count} 项` : `${count} ${count === 1 ? 'check' : 'checks'}`;
}

export function periodsLabel(lang: Lang, periods: number): string {
  return lang === 'zh' ? `${periods}期` : `${periods} periods`;
}

/** "3期 每日¥11.37" / "3× ¥11.37/day". */
export function dailyLabel(lang: Lang, periods: number, dailyFen: number): string {
  return lang === 'zh'
    ? `${periods}期 每日${formatFen(dailyFen)}`
    : `${periods}× ${formatFen(dailyFen)}/day`;
}

/** `minCategoryBondFen` → "类目保证金 下限": a threshold is named after what it bounds. */
export function valueName(lang: Lang, key: string): string {
  const direct = valueNames[key];
  if (direct) return direct[lang];
  const bound = /^(min|max)([A-Z].*)$/.exec(key);
  if (bound?.[1] && bound[2]) {
    const inner = valueNames[bound[2][0]!.toLowerCase() + bound[2].slice(1)];
    const suffix = bound[1] === 'min' ? m('下限', ' (min)') : m('上限', ' (max)');
    if (inner) return inner[lang] + suffix[lang];
  }
  return key;
}

export { shiftDecimal } from '@/core/present/format';

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

function formatDay(lang: Lang, day: string): string {
  const match = isoDay.exec(day);
  if (!match || lang === 'en') return day;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/**
 * One compared value for people, by its key: `…Fen` money, `…Bp` percent, `…Ppm` percent (‱ for
 * the dispute rate), a `…Rate…` fraction likewise, `…At` epoch ms as a Shanghai day, booleans
 * 是/否, null 未知, day strings as dates, codes translated.
 */
export function formatValue(
  lang: Lang,
  key: string,
  value: string | number | boolean | null,
): string {
  if (value === null) return text.none[lang];
  if (typeof value === 'boolean') return (value ? text.yes : text.no)[lang];
  if (typeof value === 'string') {
    if (key === 'phase' && value in phaseLabels) return phaseLabels[value as CampaignPhase][lang];
    if (key.endsWith('Terms'))
      return value
        .split(',')
        .filter(Boolean)
        .map((id) => ruleName(lang, id))
        .join('、');
    return valueTexts[value]?.[lang] ?? formatDay(lang, value);
  }
  if (key.endsWith('At')) return formatDay(lang, shanghaiDay(value));
  // Numbers as messages and the CLI print them: the core's one formatter.
  return formatNumber(key, value);
}

/** A merchant metric as the request holds it — for the metrics offer; objects by their name. */
export function formatMetric(lang: Lang, key: string, value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return formatValue(lang, key, value);
  }
  if (Array.isArray(value))
    return value.map((item) => formatValue(lang, key, String(item))).join('、');
  if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string') {
    return value.name;
  }
  return null;
}
