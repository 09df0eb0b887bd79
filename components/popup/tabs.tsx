/**
 * A WAI-ARIA tab bar: Tab lands on the selected tab, ←/→ (and Home/End) move between tabs and
 * select them, Tab again goes into the panel.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { Message } from '@/core/report';
import { t, type Lang } from '@/components/i18n';

export function Tabs<T extends string>(props: {
  id: string;
  lang: Lang;
  label: Message;
  tabs: { value: T; label: Message }[];
  selected: T;
  onSelect: (value: T) => void;
  children: ComponentChildren;
}) {
  const bar = useRef<HTMLDivElement>(null);
  const index = props.tabs.findIndex((tab) => tab.value === props.selected);

  function onKeyDown(event: KeyboardEvent) {
    const last = props.tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % props.tabs.length
        : event.key === 'ArrowLeft'
          ? (index + last) % props.tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const target = props.tabs[next];
    if (!target) return;
    props.onSelect(target.value);
    bar.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  }

  return (
    <>
      <div
        class="pp-tabs"
        role="tablist"
        aria-label={t(props.lang, props.label)}
        ref={bar}
        onKeyDown={onKeyDown}
      >
        {props.tabs.map((tab) => {
          const selected = tab.value === props.selected;
          return (
            <button
              key={tab.value}
              type="button"
              role="tab"
              id={`${props.id}-tab-${tab.value}`}
              aria-selected={selected ? 'true' : 'false'}
              aria-controls={`${props.id}-panel`}
              tabIndex={selected ? 0 : -1}
              onClick={() => props.onSelect(tab.value)}
            >
              {t(props.lang, tab.label)}
            </button>
          );
        })}
      </div>
      <div
        id={`${props.id}-panel`}
        role="tabpanel"
        aria-labelledby={`${props.id}-tab-${props.selected}`}
        tabIndex={0}
        class="pp-panel"
      >
        {props.children}
      </div>
    </>
  );
}
