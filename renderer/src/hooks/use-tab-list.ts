import { useRef, type KeyboardEvent, type RefObject } from 'react';

export const tabId = (prefix: string, id: string): string => `${prefix}-tab-${id}`;
export const panelId = (prefix: string): string => `${prefix}-panel`;

export interface TabListOptions<T extends string> {
  /** The tab list's accessible name. */
  readonly label: string;
  readonly tabs: readonly { readonly id: T }[];
  readonly selected: T;
  onSelect(id: T): void;
  /** Prefix of the tab ids; the panel, the caller's, is `${idPrefix}-panel`. */
  readonly idPrefix: string;
}

export interface TabList<T extends string> {
  /** For the element that holds the tabs. */
  readonly listProps: {
    readonly ref: RefObject<HTMLDivElement | null>;
    readonly role: 'tablist';
    readonly 'aria-label': string;
    onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
  };
  /** For each tab's button. */
  tabProps(id: T): {
    readonly type: 'button';
    readonly role: 'tab';
    readonly id: string;
    readonly 'aria-selected': boolean;
    readonly 'aria-controls': string;
    readonly tabIndex: number;
    onClick(): void;
  };
}

/**
 * A tab list after the WAI-ARIA pattern: one tab in the Tab order; the arrows wrap around, Home
 * and End go to the ends, and the tab moved to is selected as it is focused, since the panels
 * are cheap to show.
 */
export function useTabList<T extends string>(options: TabListOptions<T>): TabList<T> {
  const { tabs, selected, onSelect, idPrefix } = options;
  const ref = useRef<HTMLDivElement>(null);
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
    ref.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return {
    listProps: { ref, role: 'tablist', 'aria-label': options.label, onKeyDown },
    tabProps: (id) => ({
      type: 'button',
      role: 'tab',
      id: tabId(idPrefix, id),
      'aria-selected': id === selected,
      'aria-controls': panelId(idPrefix),
      tabIndex: id === selected ? 0 : -1,
      onClick: () => onSelect(id),
    }),
  };
}
