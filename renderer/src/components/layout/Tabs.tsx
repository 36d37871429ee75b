import { useRef, type JSX, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<T extends string> {
  readonly id: T;
  readonly label: string;
  readonly icon?: ReactNode;
}

export interface TabsProps<T extends string> {
  /** The tab list's accessible name. */
  readonly label: string;
  readonly items: readonly TabItem<T>[];
  readonly selected: T;
  onSelect(id: T): void;
  /** Prefix of the tab ids; the panel is `${idPrefix}-panel`. */
  readonly idPrefix: string;
  readonly className?: string;
}

export const tabId = (prefix: string, id: string): string => `${prefix}-tab-${id}`;
export const panelId = (prefix: string): string => `${prefix}-panel`;

/**
 * A tab list after the WAI-ARIA pattern: one tab in the Tab order, arrows, Home and End move
 * between tabs and select them (selection follows focus, as the panels are cheap to show).
 */
export function Tabs<T extends string>(props: TabsProps<T>): JSX.Element {
  const { items, selected, onSelect, idPrefix } = props;
  const listRef = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = items.findIndex((item) => item.id === selected);
    const last = items.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % items.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + items.length) % items.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    onSelect(items[next].id);
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };

  return (
    <div
      ref={listRef}
      role="tablist"
      aria-label={props.label}
      className={`tabs ${props.className ?? ''}`}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => {
        const isSelected = item.id === selected;
        return (
          <button
            key={item.id}
            type="button"
            role="tab"
            id={tabId(idPrefix, item.id)}
            aria-selected={isSelected}
            aria-controls={panelId(idPrefix)}
            tabIndex={isSelected ? 0 : -1}
            className="tab"
            onClick={() => onSelect(item.id)}
          >
            {item.icon}
            <span>{item.label}</span>
          </button>
        );
      })}
    </div>
  );
}
