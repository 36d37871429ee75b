import { parentPort } from 'node:worker_threads';
import { initTensorflow } from '../../recognition/tf/backend.js';
import type { GlyphDataset } from '../data/dataset.js';
import {
  adamUpdate,
  secondHalfStart,
  type AdamMoments,
  type AdamStepCoefficients,
} from '../optimisers/adam.js';
import { Replica, type ReplicaSpec } from '../trainer/replica.js';
import { workerPayload } from '../../recognition/worker/spawn-worker.js';

/**
 * A second training thread: computes its share of each batch's gradient on its own wasm
 * instance, or, when batches are too small to share, prepares the next batch (augmentation
 * included) while the first thread trains on the current one. Data, parameters, its gradient
 * slot and the batch slots live in shared memory; messages carry only sample indices and seeds.
 */

/** Room for one batch's network input, in shared memory. */
export interface BatchSlot {
  readonly x: Float32Array;
  readonly labels: Int32Array;
}

export interface ReplicaInit {
  readonly data: GlyphDataset;
  readonly spec: ReplicaSpec;
  readonly params: readonly Float32Array[];
  readonly grads: readonly Float32Array[];
  readonly slots: readonly BatchSlot[];
  /** For the helper that takes the second half of each Adam step: the summed gradient. */
  readonly adam?: { readonly grads: readonly Float32Array[]; readonly moments: AdamMoments };
}

export type ReplicaJob =
  | {
      readonly kind: 'gradients';
      readonly id: number;
      readonly indices: Uint32Array;
      readonly seed: number;
      readonly withGrads: boolean;
    }
  | {
      /** Fill `slots[slot]` with the training batch of `indices` and `seed`. */
      readonly kind: 'assemble';
      readonly id: number;
      readonly indices: Uint32Array;
      readonly seed: number;
      readonly slot: number;
    }
  | {
      /** Update the second half of every parameter tensor (see `GradientPool.adamStep`). */
      readonly kind: 'adam';
      readonly id: number;
      readonly coefficients: AdamStepCoefficients;
    };

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
    if (job.kind === 'adam') {
      if (init.adam === undefined) throw new Error('this thread has no Adam state');
      const { grads, moments } = init.adam;
      init.params.forEach((w, k) =>
        adamUpdate(
          w,
          grads[k],
          moments.m[k],
          moments.v[k],
          secondHalfStart(w.length),
          w.length,
          job.coefficients,
        ),
      );
      port.postMessage({ id: job.id, lossSum: 0, correct: 0, count: 0 } satisfies ReplicaReply);
      return;
    }
    if (job.kind === 'assemble') {
      const { x, labels } = init.slots[job.slot];
      replica.assembleInto(job.indices, job.seed, true, x, labels);
      const count = job.indices.length;
      port.postMessage({ id: job.id, lossSum: 0, correct: 0, count } satisfies ReplicaReply);
      return;
    }
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
