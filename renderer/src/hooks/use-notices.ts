import { useCallback, useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../api/error-message';

export interface Notice {
  /** Distinguishes two equal messages in a row, so the second one is announced again. */
  readonly id: number;
  readonly text: string;
}

export interface Notices {
  /** The passing notice on show; a newer one takes its place. */
  readonly status: Notice | null;
  /** Failures the user should read, oldest first; each stays until dismissed. */
  readonly alerts: readonly Notice[];
  /** A passing notice ("Copied LaTeX"), announced politely and hidden after a while. */
  notify(text: string): void;
  /** A failure the user should read; stays until dismissed. */
  report(error: unknown): void;
  dismissStatus(): void;
  dismissAlert(id: number): void;
  /** While the pointer or the focus is on the notices, the passing one stays. */
  hold(held: boolean): void;
}

/** Long enough to read a short sentence, short enough not to pile up. */
export const STATUS_MS = 4000;
/** Older failures give way beyond this many, so the notices never crowd out the page. */
export const MAX_ALERTS = 3;

let nextId = 1;

export function useNotices(): Notices {
  const [status, setStatus] = useState<Notice | null>(null);
  const [alerts, setAlerts] = useState<readonly Notice[]>([]);
  const [held, hold] = useState(false);

  useEffect(() => {
    if (status === null || held) return;
    const timer = setTimeout(() => setStatus(null), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status, held]);

  const notify = useCallback((text: string) => setStatus({ id: nextId++, text }), []);
  const report = useCallback((error: unknown) => {
    const text = errorMessage(error);
    // The same failure again moves to the end rather than showing twice.
    setAlerts((shown) =>
      [...shown.filter((a) => a.text !== text), { id: nextId++, text }].slice(-MAX_ALERTS),
    );
  }, []);
  const dismissStatus = useCallback(() => setStatus(null), []);
  const dismissAlert = useCallback(
    (id: number) => setAlerts((shown) => shown.filter((a) => a.id !== id)),
    [],
  );

  return useMemo(
    () => ({ status, alerts, notify, report, dismissStatus, dismissAlert, hold }),
    [status, alerts, notify, report, dismissStatus, dismissAlert],
  );
}
