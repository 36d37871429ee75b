import { useRef, type KeyboardEvent, type RefObject } from 'react';

export interface TabListKeys {
  /** For the element with role="tablist": the tabs to focus are looked up inside it. */
  readonly ref: RefObject<HTMLDivElement | null>;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
}

/**
 * The keys of a tab list after the WAI-ARIA pattern: the arrows wrap around, Home and End go to
 * the ends, and the tab moved to is selected as it is focused, since the panels are cheap to show.
 */
export function useTabListKeys<T extends string>(
  tabs: readonly { readonly id: T }[],
  selected: T,
  onSelect: (id: T) => void,
): TabListKeys {
  const ref = useRef<HTMLDivElement>(null);
  return {
    ref,
    onKeyDown(event) {
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
    },
  };
}
