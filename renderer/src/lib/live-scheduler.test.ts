import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLiveScheduler, type LiveSchedulerOptions } from './live-scheduler';

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A run function whose calls are answered by hand, in any order. */
function harness(delay = 250, overrides: Partial<LiveSchedulerOptions<string, string>> = {}) {
  const runs: { input: string; answer: Deferred<string> }[] = [];
  const results: [string, string][] = [];
  const errors: unknown[] = [];
  const busy: boolean[] = [];
  const scheduler = createLiveScheduler<string, string>({
    run: (input) => {
      const answer = deferred<string>();
      runs.push({ input, answer });
      return answer.promise;
    },
    onResult: (result, input) => results.push([result, input]),
    onError: (error) => errors.push(error),
    onBusyChange: (b) => busy.push(b),
    delayMs: () => delay,
    ...overrides,
  });
  return { scheduler, runs, results, errors, busy };
}

/** Lets settled promises deliver their callbacks. */
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('live recognition scheduler', () => {
  it('waits for a pause in the writing and runs only the latest input', async () => {
    const { scheduler, runs } = harness(250);
    scheduler.schedule('a');
    await vi.advanceTimersByTimeAsync(200);
    scheduler.schedule('ab');
    await vi.advanceTimersByTimeAsync(200);
    expect(runs).toHaveLength(0);
    scheduler.schedule('abc');
    await vi.advanceTimersByTimeAsync(249);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs.map((r) => r.input)).toEqual(['abc']);
  });

  it('delivers a result with the input it belongs to and reports busy around the run', async () => {
    const { scheduler, runs, results, busy } = harness(100);
    scheduler.schedule('x');
    await vi.advanceTimersByTimeAsync(100);
    expect(busy).toEqual([true]);
    runs[0].answer.resolve('X');
    await flush();
    expect(results).toEqual([['X', 'x']]);
    expect(busy).toEqual([true, false]);
  });

  it('never has two runs in flight, and then runs only the newest waiting input', async () => {
    const { scheduler, runs, results } = harness(100);
    scheduler.schedule('1');
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toHaveLength(1);
    scheduler.schedule('2');
    await vi.advanceTimersByTimeAsync(100);
    scheduler.schedule('3');
    await vi.advanceTimersByTimeAsync(100);
    // '2' and '3' fell due while '1' was in flight: nothing new started.
    expect(runs).toHaveLength(1);
    runs[0].answer.resolve('one');
    await flush();
    expect(runs.map((r) => r.input)).toEqual(['1', '3']);
    // The answer for '1' was superseded before it came back.
    expect(results).toEqual([]);
    runs[1].answer.resolve('three');
    await flush();
    expect(results).toEqual([['three', '3']]);
  });

  it('ignores a stale answer that arrives while the newer input is still waiting', async () => {
    const { scheduler, runs, results, busy } = harness(300);
    scheduler.schedule('old');
    await vi.advanceTimersByTimeAsync(300);
    scheduler.schedule('new');
    runs[0].answer.resolve('OLD');
    await flush();
    expect(results).toEqual([]);
    expect(busy).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(300);
    runs[1].answer.resolve('NEW');
    await flush();
    expect(results).toEqual([['NEW', 'new']]);
  });

  it('reports errors of the latest run only', async () => {
    const { scheduler, runs, errors } = harness(10);
    scheduler.schedule('a');
    await vi.advanceTimersByTimeAsync(10);
    scheduler.schedule('b');
    runs[0].answer.reject(new Error('stale failure'));
    await vi.advanceTimersByTimeAsync(10);
    runs[1].answer.reject(new Error('worker crashed'));
    await flush();
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe('worker crashed');
  });

  it('treats a run that throws synchronously like a rejected one', async () => {
    const { scheduler, errors } = harness(10, {
      run: () => {
        throw new Error('boom');
      },
    });
    scheduler.runNow('a');
    await flush();
    expect(errors).toHaveLength(1);
  });

  it('runNow skips the wait but still queues behind a run in flight', async () => {
    const { scheduler, runs } = harness(1000);
    scheduler.runNow('a');
    expect(runs.map((r) => r.input)).toEqual(['a']);
    scheduler.runNow('b');
    expect(runs).toHaveLength(1);
    runs[0].answer.resolve('A');
    await flush();
    expect(runs.map((r) => r.input)).toEqual(['a', 'b']);
  });

  it('postpone restarts the wait while a stroke is being drawn', async () => {
    const { scheduler, runs } = harness(250);
    scheduler.schedule('a');
    await vi.advanceTimersByTimeAsync(200);
    scheduler.postpone();
    await vi.advanceTimersByTimeAsync(200);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(50);
    expect(runs).toHaveLength(1);
  });

  it('cancel drops the waiting input and silences the answer in flight', async () => {
    const { scheduler, runs, results } = harness(100);
    scheduler.schedule('a');
    await vi.advanceTimersByTimeAsync(100);
    scheduler.schedule('b');
    scheduler.cancel();
    runs[0].answer.resolve('A');
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toHaveLength(1);
    expect(results).toEqual([]);
  });

  it('reads the delay at each schedule', async () => {
    let delay = 500;
    const { scheduler, runs } = harness(0, { delayMs: () => delay });
    delay = 50;
    scheduler.schedule('a');
    await vi.advanceTimersByTimeAsync(50);
    expect(runs).toHaveLength(1);
  });

  it('does nothing after dispose', async () => {
    const { scheduler, runs, results, busy } = harness(10);
    scheduler.runNow('a');
    scheduler.dispose();
    runs[0].answer.resolve('A');
    scheduler.schedule('b');
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toHaveLength(1);
    expect(results).toEqual([]);
    expect(busy).toEqual([true]);
  });
});
