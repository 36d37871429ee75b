import type { JSX } from 'react';
import { AlertIcon, CloseIcon } from '../icons';

/** The last error, until dismissed; the app stays usable underneath. */
export function AlertBanner(props: { message: string; onDismiss(): void }): JSX.Element {
  return (
    <div className="alert-banner" role="alert">
      <AlertIcon />
      <p className="alert-text">{props.message}</p>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={props.onDismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
