import type { JSX } from 'react';

/**
 * Beside the button that started it, what is under way with a spinner ("Reading sheet.png…"),
 * or nothing while `what` is null.
 */
export function BusyNote(props: { doing: string; what: string | null }): JSX.Element | null {
  if (props.what === null) return null;
  return (
    <span className="busy-note">
      <span className="spinner" aria-hidden="true" /> {props.doing} {props.what}…
    </span>
  );
}
