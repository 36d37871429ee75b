import { useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { nextIndex } from '../lib/roving';

export interface RovingItemProps {
  readonly tabIndex: number;
  readonly 'data-roving': string;
  onFocus(event: FocusEvent<HTMLElement>): void;
}

export interface Roving {
  readonly containerRef: RefObject<HTMLDivElement | null>;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  itemProps(index: number): RovingItemProps;
}

/** One tab stop for a group of buttons, arrow keys inside it (a list, or a grid of `columns`). */
export function useRoving(count: number, columns = 1): Roving {
  const [stored, setActive] = useState(0);
  const active = Math.min(stored, Math.max(0, count - 1));
  const containerRef = useRef<HTMLDivElement>(null);
  return {
    containerRef,
    onKeyDown(event) {
      const next = nextIndex(event.key, active, count, columns);
      if (next === null) return;
      event.preventDefault();
      setActive(next);
      containerRef.current?.querySelectorAll<HTMLElement>('[data-roving]')[next]?.focus();
    },
    itemProps(index) {
      return {
        tabIndex: index === active ? 0 : -1,
        'data-roving': '',
        onFocus: () => setActive(index),
      };
    },
  };
}
