import { median } from '../geometry.js';

/**
 * Median wall time of `runs` calls in milliseconds, after `warmup` calls that are not counted.
 * A synchronous `f` is timed without an `await` in the measured span, so sub-millisecond
 * measurements carry no event-loop tick.
 */
export async function medianMs(f: () => unknown, runs: number, warmup = 1): Promise<number> {
  const call = async () => {
    const result = f();
    if (result instanceof Promise) await result;
  };
  for (let i = 0; i < warmup; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const result = f();
    if (result instanceof Promise) await result;
    times.push(performance.now() - t);
  }
  return median(times);
}
