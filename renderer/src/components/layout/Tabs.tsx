import type { JSX, ReactNode } from 'react';
import { useTabList, type TabListOptions } from '../../hooks/use-tab-list';

export interface TabItem<T extends string> {
  readonly id: T;
  readonly label: string;
  readonly icon?: ReactNode;
}

export interface TabsProps<T extends string> extends Omit<TabListOptions<T>, 'tabs'> {
  readonly items: readonly TabItem<T>[];
  readonly className?: string;
}

export { panelId, tabId } from '../../hooks/use-tab-list';

/** The workspace's tab list, a tab with an icon and a label (keys and roles: `useTabList`). */
export function Tabs<T extends string>(props: TabsProps<T>): JSX.Element {
  const tabList = useTabList({ ...props, tabs: props.items });
  return (
    <div {...tabList.listProps} className={`tabs ${props.className ?? ''}`}>
      {props.items.map((item) => (
        <button key={item.id} {...tabList.tabProps(item.id)} className="tab">
          {item.icon}
          <span>{item.label}</span>
        </button>
      ))}
    </div>
  );
}
