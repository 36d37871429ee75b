import type { JSX, ReactNode } from 'react';

/**
 * One entry of a manage page's list (sets, runs, experiments, models): a button that selects it,
 * its name with any badges beside it, a line of figures, and anything below them (a run's
 * progress bar). The caller gives the `key`.
 */
export function ListItem(props: {
  name: string;
  /** Badges after the name (state, Active, Built-in). */
  badges?: ReactNode;
  meta: ReactNode;
  selected: boolean;
  onSelect(): void;
  children?: ReactNode;
}): JSX.Element {
  const name = <span className="item-name">{props.name}</span>;
  return (
    <li>
      <button
        type="button"
        className="item"
        aria-current={props.selected ? 'true' : undefined}
        onClick={props.onSelect}
      >
        {props.badges === undefined ? (
          name
        ) : (
          <span className="item-row">
            {name}
            {props.badges}
          </span>
        )}
        <span className="item-meta">{props.meta}</span>
        {props.children}
      </button>
    </li>
  );
}
