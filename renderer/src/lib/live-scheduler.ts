/**
 * Live recognition: debounce, sequence numbers and single flight, kept free of React and of the
 * API so that its timing can be tested with fake timers.
 *
 * - `schedule` waits `delayMs()` after the last call before running (the user is still writing);
 * - at most one run is in flight; input that falls due meanwhile waits, and only the latest
 *   waiting input runs once the flight lands (older ones are simply replaced);
 * - a result is delivered only if no newer input arrived since its run started, so a slow
 *   answer for an older drawing never overwrites a newer one.
 */

export interface SchedulerClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface LiveSchedulerOptions<I, R> {
  readonly run: (input: I) => Promise<R>;
  readonly onResult: (result: R, input: I) => void;
  readonly onError: (error: unknown, input: I) => void;
  /** True while a run is in flight. */
  readonly onBusyChange?: (busy: boolean) => void;
  /** Read at each `schedule`, so a changed setting takes effect on the next stroke. */
  readonly delayMs: () => number;
  /** The global timers unless given; tests pass nothing and use fake timers. */
  readonly clock?: SchedulerClock;
}

export interface LiveScheduler<I> {
  /** Runs `input` once the user has paused for the delay. */
  schedule(input: I): void;
  /** Runs `input` without waiting (a model switch, an explicit request). */
  runNow(input: I): void;
  /** Restarts the wait of the pending input, if any: a new stroke has begun. */
  postpone(): void;
  /** Drops the pending input and makes any result in flight stale (the drawing was cleared). */
  cancel(): void;
  /** As `cancel`, and nothing is reported any more. */
  dispose(): void;
}

interface Job<I> {
  readonly seq: number;
  readonly input: I;
}

const globalClock: SchedulerClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createLiveScheduler<I, R>(options: LiveSchedulerOptions<I, R>): LiveScheduler<I> {
  const clock = options.clock ?? globalClock;
  let latestSeq = 0;
  let pending: Job<I> | null = null;
  /** The pending job's wait is over; it runs as soon as nothing is in flight. */
  let due = false;
  let timer: unknown = null;
  let inFlight: Job<I> | null = null;
  let disposed = false;

  const stopTimer = (): void => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  const startTimer = (): void => {
    stopTimer();
    timer = clock.setTimeout(
      () => {
        timer = null;
        due = true;
        pump();
      },
      Math.max(0, options.delayMs()),
    );
  };

  const setBusy = (busy: boolean): void => {
    if (!disposed) options.onBusyChange?.(busy);
  };

  const finish = (job: Job<I>, deliver: () => void): void => {
    inFlight = null;
    if (!disposed && job.seq === latestSeq) deliver();
    if (pending !== null && due) pump();
    else setBusy(false);
  };

  function pump(): void {
    if (disposed || inFlight !== null || pending === null || !due) return;
    const job = pending;
    pending = null;
    due = false;
    inFlight = job;
    setBusy(true);
    // A run that throws synchronously is reported like one that rejects.
    new Promise<R>((resolve) => resolve(options.run(job.input))).then(
      (result) => finish(job, () => options.onResult(result, job.input)),
      (error: unknown) => finish(job, () => options.onError(error, job.input)),
    );
  }

  const enqueue = (input: I): void => {
    latestSeq += 1;
    pending = { seq: latestSeq, input };
    due = false;
  };

  const cancel = (): void => {
    latestSeq += 1;
    pending = null;
    due = false;
    stopTimer();
  };

  return {
    schedule(input) {
      if (disposed) return;
      enqueue(input);
      startTimer();
    },
    runNow(input) {
      if (disposed) return;
      enqueue(input);
      stopTimer();
      due = true;
      pump();
    },
    postpone() {
      if (!disposed && pending !== null && !due) startTimer();
    },
    cancel,
    dispose() {
      cancel();
      disposed = true;
    },
  };
}
