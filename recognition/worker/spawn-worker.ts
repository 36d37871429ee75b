import { Worker, workerData } from 'node:worker_threads';

interface Envelope<T> {
  readonly entry?: string;
  readonly payload: T;
}

/**
 * Starts a worker module that sits beside this file. From source (`.ts`, run by tsx or vitest)
 * it goes through a tiny bootstrap that registers tsx in the worker, because Node does not hand
 * the parent's loader to worker threads; bundled builds run the `.js` directly. `payload` reaches
 * the worker through `workerPayload()` (shared memory in it stays shared).
 */
export function spawnWorker<T>(baseName: string, payload?: T): Worker {
  return spawnWorkerBeside(import.meta.url, baseName, payload);
}

/**
 * Like `spawnWorker` for a worker module beside `callerUrl` (the caller's `import.meta.url`).
 * Bundled builds emit every worker as its own `.js` file beside the bundle that starts it.
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

/** Inside a worker started by `spawnWorker`: the payload it was given. */
export function workerPayload<T>(): T {
  return (workerData as Envelope<T>).payload;
}
