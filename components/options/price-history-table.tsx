/**
 * The recorded prices of one item (search by item id): every observation in the look-back window
 * with its Beijing time, the low/high/count the checks use, a sparkline, and export / clear.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { PriceHistory } from '@/core/messages';
import { formatFen } from '@/core/money';
import { defaultPack, parsePack, type RulePack } from '@/core/pack';
import { lowCeiling } from '@/core/present/history';
import { historyCaption, t, text, type Lang } from '@/components/i18n';
import { Sparkline } from '@/components/sparkline';
import { Section } from '@/components/popup/field';
import { sendMessage } from '@/lib/messaging';
import { createPriceHistoryStore, formatShanghaiTime } from '@/lib/storage/price-history';
import { downloadText } from './download';
import { optionsText } from './text';

const kindLabel = {
  sale: text.salePrices,
  activity: text.activityPrices,
  unknown: text.unknownKindPrices,
} as const;

export function PriceHistoryTable(props: { lang: Lang }) {
  const { lang } = props;
  const query = useSignal('');
  /** How many items are recorded: the worker's running totals, one small read. */
  const itemCount = useSignal<number | null>(null);
  /** Every recorded id, for the search's suggestions: loaded when a search starts. */
  const knownItems = useSignal<string[] | null>(null);
  const history = useSignal<PriceHistory | null>(null);
  const notice = useSignal('');
  const confirmingClearAll = useSignal(false);
  // The pack in force draws D-LOW90's ceiling (the bundled one until it is read).
  const pack = useSignal<RulePack>(defaultPack);
  useEffect(() => {
    void sendMessage({ type: 'get-pack' }).then((json) => {
      const parsed = parsePack(json);
      if (parsed.ok) pack.value = parsed.value;
    });
  }, []);

  const refreshCount = () =>
    sendMessage({ type: 'storage-usage' }).then((usage) => (itemCount.value = usage.items));
  useEffect(() => void refreshCount(), []);
  // Suggestions only: reading which items exist decides nothing, so no worker round trip. Not on
  // opening: listing every stored key at the 64 MB budget holds a tab's verdicts for ~1 s.
  const loadSuggestions = () => {
    if (knownItems.value !== null) return;
    knownItems.value = [];
    void createPriceHistoryStore()
      .itemIds()
      .then((ids) => (knownItems.value = ids.sort()));
  };

  async function search(itemId: string) {
    const id = itemId.trim();
    if (id === '') return;
    // The worker takes digits only (core/messages `itemId`); say so rather than fail silently.
    if (!/^\d{1,30}$/.test(id)) {
      history.value = null;
      notice.value = t(lang, optionsText.itemIdDigits);
      return;
    }
    history.value = await sendMessage({ type: 'price-history', itemId: id });
  }

  async function clear(itemId?: string) {
    const { removed } = await sendMessage({ type: 'clear-history', itemId });
    notice.value = t(lang, optionsText.cleared) + removed;
    confirmingClearAll.value = false;
    if (history.value) await search(history.value.itemId);
    knownItems.value = null;
    await refreshCount();
  }

  const shown = history.value;
  return (
    <Section title={optionsText.history} lang={lang}>
      <form
        class="pp-actions"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void search(query.value);
        }}
      >
        <label for="history-item">{t(lang, optionsText.itemId)}</label>
        <input
          id="history-item"
          type="search"
          list="history-items"
          value={query.value}
          onFocus={loadSuggestions}
          onInput={(event) => (query.value = event.currentTarget.value)}
        />
        <datalist id="history-items">
          {(knownItems.value ?? []).map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
        <button type="submit" class="pp-button pp-primary">
          {t(lang, optionsText.search)}
        </button>
        <span class="pp-muted">
          {t(lang, optionsText.knownItems)}
          {itemCount.value ?? ''}
        </span>
      </form>
      {shown && shown.points.length === 0 && (
        <p class="pp-muted">{t(lang, optionsText.noRecords)}</p>
      )}
      {shown && shown.points.length > 0 && (
        <>
          <p data-testid="history-caption">
            {shown.lowFen === null
              ? t(lang, text.noSaleYet)
              : historyCaption(lang, shown.count, shown.lowFen, shown.lookbackDays)}
          </p>
          <Sparkline
            points={shown.points}
            lowFen={shown.lowFen}
            ceiling={lowCeiling(shown.lowFen, pack.value)}
            lang={lang}
            width={360}
          />
          <table class="pp-table" data-testid="history-table">
            <caption>
              {shown.itemId}
              {shown.lowFen !== null && ` · ${t(lang, text.low)} ${formatFen(shown.lowFen)}`}
              {shown.highFen !== null && ` · ${t(lang, text.high)} ${formatFen(shown.highFen)}`}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, optionsText.time)}</th>
                <th scope="col">{t(lang, optionsText.price)}</th>
                <th scope="col">{t(lang, optionsText.priceKind)}</th>
              </tr>
            </thead>
            <tbody>
              {[...shown.points].reverse().map((point) => (
                <tr key={point.at}>
                  <td>{formatShanghaiTime(point.at)}</td>
                  <td>{formatFen(point.fen)}</td>
                  <td>{t(lang, kindLabel[point.kind])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div class="pp-actions">
        <button
          type="button"
          class="pp-button"
          onClick={async () => {
            const { csv, rows } = await sendMessage({ type: 'export-history-csv' });
            downloadText('price-history.csv', csv, 'text/csv;charset=utf-8');
            notice.value = t(lang, optionsText.exported) + rows;
          }}
        >
          {t(lang, optionsText.exportCsv)}
        </button>
        {shown && shown.count > 0 && (
          <button type="button" class="pp-button" onClick={() => void clear(shown.itemId)}>
            {t(lang, optionsText.clearItem)}
          </button>
        )}
        {confirmingClearAll.value ? (
          <>
            <button type="button" class="pp-button pp-danger" onClick={() => void clear()}>
              {t(lang, optionsText.confirmClearAll)}
            </button>
            <button
              type="button"
              class="pp-button"
              onClick={() => (confirmingClearAll.value = false)}
            >
              {t(lang, optionsText.cancel)}
            </button>
          </>
        ) : (
          <button
            type="button"
            class="pp-button pp-danger"
            onClick={() => (confirmingClearAll.value = true)}
          >
            {t(lang, optionsText.clearAll)}
          </button>
        )}
      </div>
      <p role="status" class="pp-status">
        {notice.value}
      </p>
    </Section>
  );
}
