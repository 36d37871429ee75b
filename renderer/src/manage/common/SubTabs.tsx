import type { JSX } from 'react';
import { panelId, tabId } from '../../components/layout/Tabs';
import { useTabListKeys } from '../../hooks/use-tab-list-keys';

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
  const keys = useTabListKeys(tabs, selected, onSelect);
  return (
    <div
      ref={keys.ref}
      className="sub-tabs"
      role="tablist"
      aria-label={props.label}
      onKeyDown={keys.onKeyDown}
    >
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(idPrefix, tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={panelId(idPrefix)}
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
