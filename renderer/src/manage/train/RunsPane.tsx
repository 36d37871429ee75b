import type { JSX, ReactNode } from 'react';

/** Beside a start form: what was started, listed under `title`, and the chosen one in detail. */
export function RunsPane(props: {
  /** The list's accessible name. */
  label: string;
  title: string;
  list: ReactNode;
  children: ReactNode;
}): JSX.Element {
  return (
    <div className="detail-pane">
      <div className="runs-layout">
        <aside className="runs-list" aria-label={props.label}>
          <h2 className="pane-title">{props.title}</h2>
          {props.list}
        </aside>
        {props.children}
      </div>
    </div>
  );
}
