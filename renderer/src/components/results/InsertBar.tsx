import type { JSX } from 'react';
import { symbolByChar } from '@recognition';
import { INSERTABLE } from '../../lib/symbol-groups';

/** Logic symbols a keyboard lacks, inserted at the text view's cursor. */
export function InsertBar(props: { onInsert(char: string): void }): JSX.Element {
  return (
    <div className="insert-bar" role="group" aria-label="Insert symbol">
      {INSERTABLE.map((char) => (
        <button
          key={char}
          type="button"
          className="insert-button math"
          aria-label={`Insert ${char}`}
          title={`Insert ${char} (${symbolByChar(char)?.name ?? char})`}
          // Keeps the caret where it is in the text field while clicking.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => props.onInsert(char)}
        >
          {char}
        </button>
      ))}
    </div>
  );
}
