import type { JSX } from 'react';
import type { Toast } from '../hooks/notices';
import { AlertBanner } from '../../components/feedback/AlertBanner';

/** The last error of the training pages, until dismissed: the workspace's banner. */
export function AlertBar(props: { message: string | null; onDismiss(): void }): JSX.Element | null {
  if (props.message === null) return null;
  return <AlertBanner message={props.message} onDismiss={props.onDismiss} />;
}

/**
 * Passing notices, some with an action (Undo). The live region is always present so screen
 * readers announce what appears in it.
 */
export function ToastBar(props: { toast: Toast | null; onDismiss(): void }): JSX.Element {
  const { toast } = props;
  return (
    <div className="manage-toast-region" role="status" aria-live="polite">
      {toast === null ? null : (
        <div className="manage-toast" key={toast.id}>
          <span>{toast.text}</span>
          {toast.action === null ? null : (
            <button
              type="button"
              className="manage-toast-action"
              onClick={() => {
                props.onDismiss();
                toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
