import { useCallback, useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../api/error-message';

export interface StatusNotice {
  /** Distinguishes two equal messages in a row, so the second one is announced again. */
  readonly id: number;
  readonly text: string;
}

export interface Notices {
  readonly status: StatusNotice | null;
  readonly alert: string | null;
  /** A passing notice ("Copied LaTeX"), announced politely and hidden after a while. */
  notify(text: string): void;
  /** A failure the user should read; stays until dismissed or replaced. */
  report(error: unknown): void;
  dismissAlert(): void;
}

/** Long enough to read a short sentence, short enough not to pile up. */
export const STATUS_MS = 4000;

let nextId = 1;

export function useNotices(): Notices {
  const [status, setStatus] = useState<StatusNotice | null>(null);
  const [alert, setAlert] = useState<string | null>(null);

  useEffect(() => {
    if (status === null) return;
    const timer = setTimeout(() => setStatus(null), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const notify = useCallback((text: string) => setStatus({ id: nextId++, text }), []);
  const report = useCallback((error: unknown) => setAlert(errorMessage(error)), []);
  const dismissAlert = useCallback(() => setAlert(null), []);

  return useMemo(
    () => ({ status, alert, notify, report, dismissAlert }),
    [status, alert, notify, report, dismissAlert],
  );
}
