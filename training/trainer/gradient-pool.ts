import type { Worker } from 'node:worker_threads';
import type { GlyphDataset } from '../data/dataset.js';
import type { ReplicaInit, ReplicaJob, ReplicaReply } from '../worker/replica-worker.js';
import { spawnWorker } from '../worker/spawn-worker.js';
import { Replica, type ReplicaResult, type ReplicaSpec } from './replica.js';

function sharedCopy<T extends Uint8Array | Uint16Array | Float32Array>(
  source: T,
  make: (buffer: SharedArrayBuffer) => T,
): T {
  const copy = make(new SharedArrayBuffer(source.byteLength));
  copy.set(source);
  return copy;
}

function sharedDataset(data: GlyphDataset): GlyphDataset {
  return {
    classes: data.classes,
    count: data.count,
    images: sharedCopy(data.images, (b) => new Uint8Array(b)),
    labels: sharedCopy(data.labels, (b) => new Uint16Array(b)),
  };
}

function sharedArrays(sizes: readonly number[]): Float32Array[] {
  return sizes.map((n) => new Float32Array(new SharedArrayBuffer(n * 4)));
}

/** The smallest share of a batch worth sending to another thread. */
const MIN_SHARE = 256;

interface Helper {
  readonly worker: Worker;
  readonly grads: readonly Float32Array[];
  pending: { resolve: (r: ReplicaResult) => void; reject: (e: Error) => void } | null;
  failure: Error | null;
}

/**
 * Data-parallel gradients: each batch is split between this thread and `threads − 1` helper
 * threads, each with its own wasm instance, and their gradients are summed. One wasm thread
 * tops out at the speed of its matrix products, so on two cores this is what lets a dense
 * network train at the speed of the machine rather than of one core. Parameters, data and
 * gradients sit in shared memory; for a fixed thread count the results are deterministic.
 */
export class GradientPool {
  /** The master copy of the parameters, updated in place by the optimiser. */
  readonly params: Float32Array[];
  /** Gradient of the scaled loss after `run(…, true)`. */
  readonly grads: Float32Array[];
  private readonly localGrads: Float32Array[];
  private nextId = 0;

  private constructor(
    private readonly local: Replica,
    params: Float32Array[],
    private readonly helpers: Helper[],
  ) {
    this.params = params;
    this.grads = params.map((p) => new Float32Array(p.length));
    this.localGrads = params.map((p) => new Float32Array(p.length));
  }

  get threads(): number {
    return this.helpers.length + 1;
  }

  static async create(
    data: GlyphDataset,
    spec: ReplicaSpec,
    initialParams: readonly Float32Array[],
    threads: number,
  ): Promise<GradientPool> {
    const sizes = initialParams.map((p) => p.length);
    if (threads <= 1) {
      return new GradientPool(
        new Replica(data, spec),
        initialParams.map((p) => Float32Array.from(p)),
        [],
      );
    }
    const shared = sharedDataset(data);
    const params = sharedArrays(sizes);
    params.forEach((p, i) => p.set(initialParams[i]));
    const helpers: Helper[] = [];
    try {
      for (let t = 1; t < threads; t++) {
        const grads = sharedArrays(sizes);
        const init: ReplicaInit = { data: shared, spec, params, grads };
        const helper: Helper = {
          worker: spawnWorker('replica-worker', init),
          grads,
          pending: null,
          failure: null,
        };
        helpers.push(helper);
        await new Promise<void>((resolve, reject) => {
          helper.pending = { resolve: () => resolve(), reject };
          GradientPool.listen(helper);
        });
      }
    } catch (err) {
      await Promise.all(helpers.map((h) => h.worker.terminate()));
      throw err;
    }
    return new GradientPool(new Replica(shared, spec), params, helpers);
  }

  private static listen(helper: Helper): void {
    const fail = (error: Error) => {
      helper.failure ??= error;
      helper.pending?.reject(helper.failure);
      helper.pending = null;
    };
    helper.worker.on('message', (reply: ReplicaReply) => {
      const pending = helper.pending;
      helper.pending = null;
      if ('error' in reply) pending?.reject(new Error(`a training thread failed: ${reply.error}`));
      else pending?.resolve(reply);
    });
    helper.worker.on('error', (err) =>
      fail(new Error(`a training thread crashed: ${err.message}`)),
    );
    helper.worker.on('exit', (code) =>
      fail(new Error(`a training thread stopped (exit code ${code})`)),
    );
  }

  /**
   * Loss sum and correct count over `indices`; with `withGrads`, also leaves
   * `gradScale × ∇(summed loss)` in `grads` (so a scale of 1/batch gives the mean's gradient).
   */
  async run(
    indices: Uint32Array,
    seed: number,
    withGrads: boolean,
    gradScale = 1,
  ): Promise<ReplicaResult> {
    // Below a few hundred samples a share, the hand-over costs more than the second core gains
    // (measured: a 128-sample Adam step is slower on two threads than on one).
    const parts = Math.max(1, Math.min(this.threads, Math.floor(indices.length / MIN_SHARE)));
    const bounds = Array.from({ length: parts + 1 }, (_, k) =>
      Math.round((k * indices.length) / parts),
    );
    const remote = this.helpers.slice(0, parts - 1).map((helper, k) => {
      if (helper.failure) return Promise.reject(helper.failure);
      const job: ReplicaJob = {
        id: this.nextId++,
        indices: indices.slice(bounds[k + 1], bounds[k + 2]),
        seed: (seed + 7919 * (k + 1)) >>> 0,
        withGrads,
      };
      return new Promise<ReplicaResult>((resolve, reject) => {
        helper.pending = { resolve, reject };
        helper.worker.postMessage(job);
      });
    });
    const mine = this.local.run(
      this.params,
      indices.subarray(bounds[0], bounds[1]),
      seed >>> 0,
      withGrads ? this.localGrads : null,
    );
    const theirs = await Promise.all(remote);
    if (withGrads) this.sumGradients(parts - 1, gradScale);
    return theirs.reduce(
      (acc, r) => ({
        lossSum: acc.lossSum + r.lossSum,
        correct: acc.correct + r.correct,
        count: acc.count + r.count,
      }),
      mine,
    );
  }

  private sumGradients(helpers: number, scale: number): void {
    this.grads.forEach((sum, t) => {
      const local = this.localGrads[t];
      for (let i = 0; i < sum.length; i++) sum[i] = local[i];
      for (const helper of this.helpers.slice(0, helpers)) {
        const g = helper.grads[t];
        for (let i = 0; i < sum.length; i++) sum[i] += g[i];
      }
      if (scale !== 1) for (let i = 0; i < sum.length; i++) sum[i] *= scale;
    });
  }

  async dispose(): Promise<void> {
    await Promise.all(this.helpers.map((h) => h.worker.terminate()));
  }
}
