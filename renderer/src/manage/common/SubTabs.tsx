import { useRef, type JSX, type KeyboardEvent } from 'react';

export interface SubTab<T extends string> {
  readonly id: T;
  readonly label: string;
}

/**
 * A row of tabs after the WAI-ARIA pattern (arrows, Home, End move and select); the panel is
 * the caller's, with id `${idPrefix}-panel`.
 */
export function SubTabs<T extends string>(props: {
  label: string;
  tabs: readonly SubTab<T>[];
  selected: T;
  onSelect(id: T): void;
  idPrefix: string;
}): JSX.Element {
  const { tabs, selected, onSelect, idPrefix } = props;
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    onSelect(tabs[next].id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div
      ref={list}
      className="sub-tabs"
      role="tablist"
      aria-label={props.label}
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={tab.id === selected ? 0 : -1}
          className="sub-tab"
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
