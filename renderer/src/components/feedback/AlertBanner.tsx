import type { JSX } from 'react';
import { AlertIcon, CloseIcon } from '../icons';

/** The last error of the Training pages, until dismissed, in the flow above their page. */
export function AlertBanner(props: { message: string; onDismiss(): void }): JSX.Element {
  return (
    <div className="alert-banner" role="alert">
      <AlertIcon />
      <p className="notice-text">{props.message}</p>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={props.onDismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
