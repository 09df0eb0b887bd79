/**
 * 批量检查: drop or choose the workbench's exported `.xlsx` / `.csv`; every product is checked in
 * this page by the batch engine (nothing is uploaded), with a progress bar; then a sortable,
 * filterable table of the items with their pills, the full report of one on a click, and the
 * verdicts as a CSV download. Uses the rule pack in force and the stored merchant profile.
 *
 * Bounded whatever the file's length (lib/batch/run-file.ts): the table holds per result the
 * `KEEP_PER_STATUS` worst items, the CSV is a Blob written as the run went, and leaving the page
 * or choosing another file stops the run and lets go of the last one.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { BatchOptions } from '@/core/batch/engine';
import { positionText } from '@/core/batch/engine';
import { worstFirst } from '@/core/batch/kept-rows';
import { BatchReadError } from '@/core/batch/read-error';
import type { ItemStatus } from '@/core/batch/verdict';
import type { Message } from '@/core/report';
import { parsePack } from '@/core/pack';
import { batchOptionsFrom } from '@/core/prepare';
import { statusWords, tallyText } from '@/core/present/words';
import { HintList, PrioritisedChecks, StatusChip } from '@/components/check-list';
import { t, type Lang } from '@/components/i18n';
import { Section } from '@/components/popup/field';
import {
  BatchFileError,
  recheckRow,
  runBatchFile,
  type BatchRow,
  type BatchRun,
} from '@/lib/batch/run-file';
import { sendMessage } from '@/lib/messaging';
import { downloadBlob } from './download';

const m = (zh: string, en: string): Message => ({ zh, en });

const batchText = {
  title: m('批量检查', 'Batch check'),
  intro: m(
    '选择或拖入商品导出表（.xlsx / .csv），逐个商品检查；文件只在本机读取，不会上传。',
    'Choose or drop the exported product sheet (.xlsx / .csv) to check every product; the file is read on this machine only.',
  ),
  choose: m('选择文件', 'Choose a file'),
  drop: m('或拖到这里', 'or drop it here'),
  checking: m('检查中…', 'Checking…'),
  done: m('已检查', 'Checked'),
  items: m('项', 'items'),
  unsupported: m(
    '不支持的文件类型（请用 .xlsx 或 .csv）：',
    'Unsupported file type (use .xlsx or .csv): ',
  ),
  failed: m('无法读取文件：', 'Could not read the file: '),
  ignored: m('未使用的列：', 'Columns not used: '),
  filter: m('筛选', 'Filter'),
  all: m('全部', 'All'),
  invalid: m('无法检查', 'Invalid'),
  search: m('搜索商品ID或名称', 'Search item id or title'),
  at: m('位置', 'At'),
  itemId: m('商品ID', 'Item id'),
  name: m('商品名称', 'Title'),
  result: m('结果', 'Result'),
  fails: statusWords.fail,
  warns: statusWords.warn,
  unknowns: statusWords.unknown,
  showMore: m('显示更多', 'Show more'),
  shown: m('显示', 'Showing'),
  of: m('/', 'of'),
  download: m('下载检查结果（CSV）', 'Download the verdicts (CSV)'),
  close: m('关闭', 'Close'),
  /** Said when the table does not hold every item (a file longer than the kept bound). */
  kept: (lang: Lang, run: BatchRun) =>
    lang === 'zh'
      ? `表格只列出每种结果中最需要处理的 ${run.keptPerStatus} 项（共列出 ${run.rows.length} 项，另有 ${run.dropped} 项未列出）；未列出的已计入上面的统计，并全部在下载的 CSV 中。筛选和搜索只在列出的项中进行。`
      : `The table lists the ${run.keptPerStatus} items most in need of attention for each result (${run.rows.length} listed, ${run.dropped} more not listed); those are counted above and are all in the CSV download. Filter and search look only at the listed items.`,
  summary: (lang: Lang, run: BatchRun) => tallyText(run.summary, lang),
};

type SortKey = 'at' | 'status' | 'itemId' | 'title';
const PAGE = 200;

const compare: Record<SortKey, (a: BatchRow, b: BatchRow) => number> = {
  at: (a, b) => a.at.n - b.at.n,
  status: worstFirst,
  itemId: (a, b) => (a.itemId ?? '').localeCompare(b.itemId ?? ''),
  title: (a, b) => (a.title ?? '').localeCompare(b.title ?? '', 'zh-CN'),
};

function ItemPill(props: { status: ItemStatus; lang: Lang }) {
  if (props.status === 'invalid') {
    return <span class="ks-chip ks-unknown">✕ {t(props.lang, batchText.invalid)}</span>;
  }
  if (props.status === 'none') {
    return <span class="ks-chip ks-none">· {t(props.lang, statusWords.none)}</span>;
  }
  return <StatusChip status={props.status} lang={props.lang} />;
}

function RowDetail(props: {
  row: BatchRow;
  options: BatchOptions;
  lang: Lang;
  onClose: () => void;
}) {
  const { lang, row } = props;
  const result = recheckRow(row, props.options);
  return (
    <section class="pp-batch-detail" aria-label={`${row.itemId ?? positionText(row.at)}`}>
      <header class="pp-actions">
        <strong>
          {positionText(row.at)} · {row.itemId ?? '—'} {row.title ?? ''}
        </strong>
        <button type="button" class="pp-button" onClick={props.onClose}>
          {t(lang, batchText.close)}
        </button>
      </header>
      {result.ok ? (
        <>
          <PrioritisedChecks checks={result.report.checks} lang={lang} />
          <HintList hints={result.report.hints} lang={lang} />
        </>
      ) : (
        <ul class="pp-issues">
          {result.issues.map((issue) => (
            <li key={issue.path + issue.message}>
              {issue.path}: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function BatchCheck(props: {
  lang: Lang;
  /** Rows kept per result; tests pass a small one, the page uses the shipped bound. */
  keepPerStatus?: number;
}) {
  const { lang } = props;
  const run = useSignal<BatchRun | null>(null);
  const options = useSignal<BatchOptions>({});
  const progress = useSignal<{ done: number; fraction: number } | null>(null);
  const error = useSignal('');
  const fileName = useSignal('');
  const filter = useSignal<ItemStatus | 'all'>('all');
  const query = useSignal('');
  const sort = useSignal<SortKey>('status');
  const limit = useSignal(PAGE);
  const opened = useSignal<BatchRow | null>(null);
  const dragging = useSignal(false);
  const running = useSignal<AbortController | null>(null);

  // Closing or leaving the page stops a run (its file reader cancelled) and drops the last one.
  useEffect(() => {
    const release = () => {
      running.peek()?.abort();
      running.value = null;
      progress.value = null;
      run.value = null;
      opened.value = null;
    };
    addEventListener('pagehide', release);
    return () => {
      removeEventListener('pagehide', release);
      release();
    };
  }, []);

  async function check(file: File) {
    running.peek()?.abort();
    const controller = new AbortController();
    running.value = controller;
    error.value = '';
    run.value = null;
    opened.value = null;
    fileName.value = file.name;
    progress.value = { done: 0, fraction: 0 };
    try {
      // The pack in force and the stored profile, as the worker would use them.
      const [packJson, settings] = await Promise.all([
        sendMessage({ type: 'get-pack' }),
        sendMessage({ type: 'get-settings' }),
      ]);
      const pack = parsePack(packJson);
      // Assembled as the worker assembles a page's request (core/prepare).
      const runOptions = batchOptionsFrom(settings, pack.ok ? pack.value : null);
      options.value = runOptions;
      const finished = await runBatchFile(file, runOptions, {
        lang,
        onProgress: (done, fraction) => (progress.value = { done, fraction }),
        signal: controller.signal,
        keepPerStatus: props.keepPerStatus,
      });
      if (controller.signal.aborted) return;
      run.value = finished;
      limit.value = PAGE;
    } catch (caught) {
      if (controller.signal.aborted) return;
      error.value =
        caught instanceof BatchFileError
          ? t(lang, batchText.unsupported) + file.name
          : caught instanceof BatchReadError
            ? `${t(lang, batchText.failed)}${file.name} — ${t(lang, caught.text)}`
            : t(lang, batchText.failed) + (caught as Error).message;
    } finally {
      if (running.peek() === controller) {
        running.value = null;
        progress.value = null;
      }
    }
  }

  const current = run.value;
  const needle = query.value.trim().toLowerCase();
  const rows = current
    ? current.rows
        .filter((row) => filter.value === 'all' || row.status === filter.value)
        .filter(
          (row) =>
            needle === '' ||
            (row.itemId ?? '').toLowerCase().includes(needle) ||
            (row.title ?? '').toLowerCase().includes(needle),
        )
        .sort(compare[sort.value])
    : [];
  const header = (key: SortKey, label: Message) => (
    <th aria-sort={sort.value === key ? 'descending' : 'none'}>
      <button type="button" onClick={() => (sort.value = key)}>
        {t(lang, label)}
        {sort.value === key ? ' ▾' : ''}
      </button>
    </th>
  );

  return (
    <Section title={batchText.title} lang={lang}>
      <p class="pp-muted">{t(lang, batchText.intro)}</p>
      <label
        class={`pp-dropzone${dragging.value ? ' pp-dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          dragging.value = true;
        }}
        onDragLeave={() => (dragging.value = false)}
        onDrop={(event) => {
          event.preventDefault();
          dragging.value = false;
          const file = event.dataTransfer?.files[0];
          if (file) void check(file);
        }}
      >
        <span class="pp-button pp-primary">{t(lang, batchText.choose)}</span>{' '}
        {t(lang, batchText.drop)}
        <input
          type="file"
          class="ks-sr"
          accept=".xlsx,.csv,.ndjson,.jsonl,.json"
          disabled={progress.value !== null}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void check(file);
          }}
        />
      </label>
      {progress.value && (
        <p>
          {t(lang, batchText.checking)} {fileName.value} · {progress.value.done}{' '}
          {t(lang, batchText.items)} <progress max={1} value={progress.value.fraction} />
        </p>
      )}
      {error.value && (
        <p class="pp-error" role="alert">
          {error.value}
        </p>
      )}
      {current && (
        <>
          <p role="status" class="pp-batch-status">
            {t(lang, batchText.done)} {fileName.value}: {batchText.summary(lang, current)}
          </p>
          {current.dropped > 0 && (
            <p class="pp-muted pp-batch-kept">{batchText.kept(lang, current)}</p>
          )}
          {current.ignored.length > 0 && (
            <p class="pp-muted">
              {t(lang, batchText.ignored)}
              {current.ignored.join(', ')}
            </p>
          )}
          <div class="pp-actions">
            <label>
              {t(lang, batchText.filter)}{' '}
              <select
                value={filter.value}
                onChange={(event) => {
                  filter.value = event.currentTarget.value as ItemStatus | 'all';
                  limit.value = PAGE;
                }}
              >
                <option value="all">{t(lang, batchText.all)}</option>
                <option value="fail">{t(lang, batchText.fails)}</option>
                <option value="warn">{t(lang, batchText.warns)}</option>
                <option value="unknown">{t(lang, batchText.unknowns)}</option>
                <option value="pass">{t(lang, statusWords.pass)}</option>
                <option value="none">{t(lang, statusWords.none)}</option>
                <option value="invalid">{t(lang, batchText.invalid)}</option>
              </select>
            </label>
            <input
              type="search"
              aria-label={t(lang, batchText.search)}
              placeholder={t(lang, batchText.search)}
              value={query.value}
              onInput={(event) => {
                query.value = event.currentTarget.value;
                limit.value = PAGE;
              }}
            />
            <button
              type="button"
              class="pp-button"
              onClick={() =>
                downloadBlob(`${fileName.value.replace(/\.[^.]+$/, '')}-verdicts.csv`, current.csv)
              }
            >
              {t(lang, batchText.download)}
            </button>
          </div>
          {opened.value && (
            <RowDetail
              row={opened.value}
              options={options.value}
              lang={lang}
              onClose={() => (opened.value = null)}
            />
          )}
          <table class="pp-table pp-batch-table">
            <thead>
              <tr>
                {header('at', batchText.at)}
                {header('itemId', batchText.itemId)}
                {header('title', batchText.name)}
                {header('status', batchText.result)}
                <th>{t(lang, batchText.fails)}</th>
                <th>{t(lang, batchText.warns)}</th>
                <th>{t(lang, batchText.unknowns)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, limit.value).map((row) => (
                <tr
                  key={`${row.at.unit}${row.at.n}`}
                  class={opened.value === row ? 'pp-selected' : undefined}
                  tabIndex={0}
                  onClick={() => (opened.value = row)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') opened.value = row;
                  }}
                >
                  <td>{positionText(row.at)}</td>
                  <td>{row.itemId ?? '—'}</td>
                  <td>{row.title ?? ''}</td>
                  <td>
                    <ItemPill status={row.status} lang={lang} />
                  </td>
                  <td>{row.counts.fail}</td>
                  <td>{row.counts.warn}</td>
                  <td>{row.counts.unknown}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="pp-muted">
            {t(lang, batchText.shown)} {Math.min(limit.value, rows.length)} {t(lang, batchText.of)}{' '}
            {rows.length}
            {rows.length > limit.value && (
              <>
                {' '}
                <button type="button" class="pp-button" onClick={() => (limit.value += PAGE)}>
                  {t(lang, batchText.showMore)}
                </button>
              </>
            )}
          </p>
        </>
      )}
    </Section>
  );
}
