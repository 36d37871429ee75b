import type { JSX, ReactNode } from 'react';
import { useTabListKeys } from '../../hooks/use-tab-list-keys';

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

/** A tab list after the WAI-ARIA pattern, one tab in the Tab order (keys: `useTabListKeys`). */
export function Tabs<T extends string>(props: TabsProps<T>): JSX.Element {
  const { items, selected, onSelect, idPrefix } = props;
  const keys = useTabListKeys(items, selected, onSelect);

  return (
    <div
      ref={keys.ref}
      role="tablist"
      aria-label={props.label}
      className={`tabs ${props.className ?? ''}`}
      onKeyDown={keys.onKeyDown}
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
