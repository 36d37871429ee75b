import { useRef, type FocusEvent, type JSX, type KeyboardEvent } from 'react';
import type { Notice, Notices } from '../../hooks/use-notices';
import { AlertIcon, CloseIcon } from '../icons';

/**
 * The app's notices, in a row of their own under the page: they take their own space instead
 * of covering the drawing or the results. Failures stack above the passing notice; each one has
 * a Dismiss button, and Escape dismisses the one holding the focus. The status live region is
 * always in the page, so screen readers announce the text that appears in it.
 */
export function NoticeArea({ notices }: { notices: Notices }): JSX.Element {
  const { hold } = notices;
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) hold(false);
  };
  // Dismissed from the keyboard, the focus goes on to a neighbour rather than to nowhere.
  const dismissing = (dismiss: () => void) => (button: HTMLButtonElement | null) => {
    const area = button?.closest('.notice-area');
    const buttons = area ? [...area.querySelectorAll<HTMLButtonElement>('.notice button')] : [];
    const at = button === null ? -1 : buttons.indexOf(button);
    const neighbour = at < 0 ? undefined : (buttons[at + 1] ?? buttons[at - 1]);
    const hadFocus = button !== null && button === document.activeElement;
    dismiss();
    if (!hadFocus) return;
    // A removed element's blur is not reliably reported: with nothing left to focus, let go.
    if (neighbour === undefined) hold(false);
    else neighbour.focus();
  };
  return (
    <footer
      className="notice-area"
      aria-label="Notices"
      onPointerEnter={() => hold(true)}
      onPointerLeave={() => hold(false)}
      onFocus={() => hold(true)}
      onBlur={onBlur}
    >
      {notices.alerts.map((alert) => (
        <NoticeRow
          key={alert.id}
          notice={alert}
          role="alert"
          onDismiss={dismissing(() => notices.dismissAlert(alert.id))}
        />
      ))}
      <div className="notice-status-region" role="status" aria-live="polite">
        {notices.status === null ? null : (
          <NoticeRow
            key={notices.status.id}
            notice={notices.status}
            onDismiss={dismissing(notices.dismissStatus)}
          />
        )}
      </div>
    </footer>
  );
}

function NoticeRow(props: {
  readonly notice: Notice;
  readonly role?: 'alert';
  /** Given the row's Dismiss button. */
  onDismiss(button: HTMLButtonElement | null): void;
}): JSX.Element {
  const button = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    props.onDismiss(button.current);
  };
  const alert = props.role === 'alert';
  return (
    <div
      className={`notice ${alert ? 'notice-alert' : 'notice-status'}`}
      role={props.role}
      onKeyDown={onKeyDown}
    >
      {alert ? <AlertIcon /> : null}
      <p className="notice-text">{props.notice.text}</p>
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        onClick={() => props.onDismiss(button.current)}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
