import type { JSX } from 'react';
import type { StatusNotice } from '../../hooks/use-notices';

/**
 * Passing notices ("Copied LaTeX"). The live region is always in the page, so screen readers
 * announce the text that appears in it.
 */
export function StatusToast(props: { notice: StatusNotice | null }): JSX.Element {
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {props.notice === null ? null : (
        <div className="toast" key={props.notice.id}>
          {props.notice.text}
        </div>
      )}
    </div>
  );
}
