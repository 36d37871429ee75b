import type { JSX } from 'react';

/** What shows while a part of the page that is fetched on first use loads: "Loading the …". */
export function LoadingNote(props: { what: string }): JSX.Element {
  return (
    <p className="hint" role="status">
      {`Loading ${props.what}…`}
    </p>
  );
}
