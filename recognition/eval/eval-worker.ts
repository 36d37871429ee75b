import { parentPort } from 'node:worker_threads';
import { workerPayload } from '../worker/spawn-worker.js';
import { loadClassifier } from '../models.js';
import { runEvalJob, type EvalJob, type LineRecord } from './eval-sets.js';

/** One thread of `eval:formulas`: runs its share of the jobs and posts every line it read. */

export interface EvalWorkerPayload {
  readonly shared: string;
  readonly model: string | undefined;
  readonly jobs: readonly EvalJob[];
}

export type EvalWorkerMessage =
  | { readonly type: 'lines'; readonly lines: LineRecord[] }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string };

const post = (message: EvalWorkerMessage) => parentPort?.postMessage(message);

const { shared, model, jobs } = workerPayload<EvalWorkerPayload>();
try {
  const classifier = await loadClassifier(model);
  for (const job of jobs) post({ type: 'lines', lines: await runEvalJob(job, shared, classifier) });
  post({ type: 'done' });
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
