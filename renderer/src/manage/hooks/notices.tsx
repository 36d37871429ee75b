import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type JSX,
  type ReactNode,
} from 'react';
import { errorMessage } from '../../api/error-message';

export interface ToastAction {
  readonly label: string;
  run(): void;
}

export interface Toast {
  /** Tells two equal messages in a row apart, so the second is announced too. */
  readonly id: number;
  readonly text: string;
  readonly action: ToastAction | null;
}

export interface ManageNotices {
  /** A passing notice; with an action (Undo) it stays long enough to be used. */
  notify(text: string, action?: ToastAction): void;
  /** A failure the user should read; stays until dismissed or replaced. */
  report(error: unknown): void;
}

export interface NoticeState extends ManageNotices {
  readonly toast: Toast | null;
  readonly alert: string | null;
  dismissToast(): void;
  dismissAlert(): void;
}

export const TOAST_MS = 4000;
/** Time to notice a deletion was wrong and reach for Undo. */
export const UNDO_TOAST_MS = 10_000;

let nextId = 1;

export function useNoticeState(): NoticeState {
  const [toast, setToast] = useState<Toast | null>(null);
  const [alert, setAlert] = useState<string | null>(null);

  useEffect(() => {
    if (toast === null) return;
    const timer = setTimeout(
      () => setToast((current) => (current === toast ? null : current)),
      toast.action === null ? TOAST_MS : UNDO_TOAST_MS,
    );
    return () => clearTimeout(timer);
  }, [toast]);

  const notify = useCallback(
    (text: string, action?: ToastAction) =>
      setToast({ id: nextId++, text, action: action ?? null }),
    [],
  );
  const report = useCallback((error: unknown) => setAlert(errorMessage(error)), []);
  const dismissToast = useCallback(() => setToast(null), []);
  const dismissAlert = useCallback(() => setAlert(null), []);
  return useMemo(
    () => ({ toast, alert, notify, report, dismissToast, dismissAlert }),
    [toast, alert, notify, report, dismissToast, dismissAlert],
  );
}

const NoticeContext = createContext<ManageNotices | null>(null);

export function NoticeProvider(props: {
  notices: ManageNotices;
  children: ReactNode;
}): JSX.Element {
  return <NoticeContext.Provider value={props.notices}>{props.children}</NoticeContext.Provider>;
}

/** notify and report for any component of the training pages. */
export function useNotices(): ManageNotices {
  const notices = useContext(NoticeContext);
  if (notices === null) throw new Error('useNotices must be used inside <NoticeProvider>.');
  return notices;
}
