import type { Worker } from 'node:worker_threads';
import { spawnWorkerBeside } from '../../recognition/worker/spawn-worker.js';

/** Starts one of training's worker modules, which sit beside this file (`train-worker`, …). */
export function spawnWorker<T>(baseName: string, payload?: T): Worker {
  return spawnWorkerBeside(import.meta.url, baseName, payload);
}
