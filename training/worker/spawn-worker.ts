import { Worker } from 'node:worker_threads';

/**
 * Starts a worker module that sits beside this file. From source (`.ts`, run by tsx) it goes
 * through a tiny bootstrap that registers tsx in the worker; bundled builds run the `.js` directly.
 */
export function spawnWorker(baseName: string): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  if (!fromSource) return new Worker(new URL(`./${baseName}.js`, import.meta.url));
  const entry = new URL(`./${baseName}.ts`, import.meta.url).href;
  return new Worker(new URL('./boot-tsx.mjs', import.meta.url), { workerData: { entry } });
}
