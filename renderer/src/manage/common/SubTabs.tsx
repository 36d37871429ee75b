import type { JSX } from 'react';
import { useTabList } from '../../hooks/use-tab-list';

export interface SubTab<T extends string> {
  readonly id: T;
  readonly label: string;
}

/** A row of text tabs in the manage pages; the panel is the caller's (see `useTabList`). */
export function SubTabs<T extends string>(props: {
  label: string;
  tabs: readonly SubTab<T>[];
  selected: T;
  onSelect(id: T): void;
  idPrefix: string;
}): JSX.Element {
  const tabList = useTabList(props);
  return (
    <div {...tabList.listProps} className="sub-tabs">
      {props.tabs.map((tab) => (
        <button key={tab.id} {...tabList.tabProps(tab.id)} className="sub-tab">
          {tab.label}
        </button>
      ))}
    </div>
  );
}
