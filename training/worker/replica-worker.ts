import { parentPort } from 'node:worker_threads';
import { initTensorflow } from '../../recognition/tf/backend.js';
import type { GlyphDataset } from '../data/dataset.js';
import { Replica, type ReplicaSpec } from '../trainer/replica.js';
import { workerPayload } from './spawn-worker.js';

/**
 * A second training thread: computes its share of each batch's gradient on its own wasm
 * instance. Data, parameters and its gradient slot live in shared memory; messages carry only
 * the sample indices and a seed.
 */

export interface ReplicaInit {
  readonly data: GlyphDataset;
  readonly spec: ReplicaSpec;
  readonly params: readonly Float32Array[];
  readonly grads: readonly Float32Array[];
}

export interface ReplicaJob {
  readonly id: number;
  readonly indices: Uint32Array;
  readonly seed: number;
  readonly withGrads: boolean;
}

export type ReplicaReply =
  | {
      readonly id: number;
      readonly lossSum: number;
      readonly correct: number;
      readonly count: number;
    }
  | { readonly id: number; readonly error: string };

const port = parentPort!;
const init = workerPayload<ReplicaInit>();
await initTensorflow();
const replica = new Replica(init.data, init.spec);
port.on('message', (job: ReplicaJob) => {
  try {
    const result = replica.run(
      init.params,
      job.indices,
      job.seed,
      job.withGrads ? init.grads : null,
    );
    port.postMessage({ id: job.id, ...result } satisfies ReplicaReply);
  } catch (err) {
    port.postMessage({
      id: job.id,
      error: err instanceof Error ? err.message : String(err),
    } satisfies ReplicaReply);
  }
});
port.postMessage({ id: -1, lossSum: 0, correct: 0, count: 0 } satisfies ReplicaReply);
