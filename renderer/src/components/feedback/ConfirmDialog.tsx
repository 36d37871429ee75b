import { useEffect, useId, useRef, type JSX, type KeyboardEvent } from 'react';
import { trapTab } from '../../lib/focus-trap';
import './confirm-dialog.css';

export interface ConfirmDialogProps {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly cancelLabel?: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A question that must be answered before going on. Focus starts on Cancel, so Enter pressed
 * out of habit keeps things as they were; Escape cancels, Tab stays inside, and focus goes back
 * to where it was when the dialog closes.
 */
export function ConfirmDialog(props: ConfirmDialogProps): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const before = document.activeElement;
    cancelRef.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
    } else if (event.key === 'Tab' && ref.current !== null) {
      if (trapTab(ref.current, event.shiftKey, document.activeElement)) event.preventDefault();
    }
  };

  return (
    <div className="confirm-backdrop">
      <div
        ref={ref}
        className="confirm-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="confirm-title">
          {props.title}
        </h2>
        <p id={messageId} className="confirm-message">
          {props.message}
        </p>
        <div className="confirm-actions">
          <button ref={cancelRef} type="button" className="button" onClick={props.onCancel}>
            {props.cancelLabel ?? 'Cancel'}
          </button>
          <button type="button" className="button button-primary" onClick={props.onConfirm}>
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
