/**
 * Makes quitting wait for work that must finish first (stopping the back end's workers,
 * writing the window state). Electron quits as soon as its `will-quit` listeners return, so the
 * first attempt is cancelled, the work awaited, and the quit repeated; a failure in the work
 * never blocks quitting.
 */
export function createQuitGuard(
  pendingWork: () => readonly Promise<unknown>[],
  quit: () => void,
): (event: { preventDefault(): void }) => void {
  let finished = false;
  let running = false;
  return (event) => {
    if (finished) return;
    event.preventDefault();
    if (running) return;
    running = true;
    void Promise.allSettled(pendingWork()).then(() => {
      finished = true;
      quit();
    });
  };
}
