import { Worker, workerData } from 'node:worker_threads';

interface Envelope<T> {
  readonly entry?: string;
  readonly payload: T;
}

/**
 * Starts the worker module `baseName` beside `callerUrl` (the caller's `import.meta.url`). From
 * source (`.ts`, run by tsx or vitest) it goes through a tiny bootstrap that registers tsx in the
 * worker, because Node does not hand the parent's loader to worker threads; bundled builds run
 * the `.js` directly, as every worker is emitted as its own `.js` file beside the bundle that
 * starts it. `payload` reaches the worker through `workerPayload()` (shared memory in it stays
 * shared).
 */
export function spawnWorkerBeside<T>(callerUrl: string, baseName: string, payload?: T): Worker {
  if (!callerUrl.endsWith('.ts')) {
    return new Worker(new URL(`./${baseName}.js`, callerUrl), {
      workerData: { payload } satisfies Envelope<T | undefined>,
    });
  }
  const entry = new URL(`./${baseName}.ts`, callerUrl).href;
  return new Worker(new URL('./boot-tsx.mjs', import.meta.url), {
    workerData: { entry, payload } satisfies Envelope<T | undefined>,
  });
}

/** Inside a worker started by `spawnWorkerBeside`: the payload it was given. */
export function workerPayload<T>(): T {
  return (workerData as Envelope<T>).payload;
}
