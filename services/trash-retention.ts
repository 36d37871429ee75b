/**
 * How long deleted training sets, samples and models are kept, and the purge that enforces it
 * when the services start.
 */

/**
 * Thirty days. Undo is offered only in the notice right after a delete, so nothing in the app
 * needs the trash for long; the month is for a user who finds out late and digs the files out
 * of the hidden folder by hand. Without a limit the trash, which holds whole sets and models,
 * would make the user-data folder grow for ever.
 */
export const TRASH_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Starts `purge` with the retention above and does not wait for it: the app must open at once,
 * and a purge that fails only leaves the trash as it was, so the failure is reported through
 * `warn` and never reaches the user. The promise resolves when the purge is over, never
 * rejecting, so that `dispose` can wait for files still being erased.
 */
export function purgeTrashInBackground(
  what: string,
  purge: (olderThanMs: number, now: Date) => Promise<number>,
  warn: (message: string) => void,
): Promise<void> {
  // Deferred to a later turn, so that even a purge that throws at once cannot break start-up.
  return Promise.resolve()
    .then(() => purge(TRASH_RETENTION_MS, new Date()))
    .then(
      () => undefined,
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        warn(`could not empty the old trash of ${what}: ${reason}`);
      },
    );
}
