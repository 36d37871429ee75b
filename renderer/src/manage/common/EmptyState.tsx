import type { JSX, ReactNode } from 'react';

/** What a page or panel shows before there is anything in it, with the way forward. */
export function EmptyState(props: {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}): JSX.Element {
  return (
    <div className="manage-empty">
      <p className="manage-empty-title">{props.title}</p>
      {props.children === undefined ? null : (
        <div className="manage-empty-text">{props.children}</div>
      )}
      {props.actions === undefined ? null : (
        <div className="manage-empty-actions">{props.actions}</div>
      )}
    </div>
  );
}
