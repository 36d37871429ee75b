import type { Worker } from 'node:worker_threads';
import type { GlyphDataset } from '../data/dataset.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import type { BatchSlot, ReplicaInit, ReplicaJob, ReplicaReply } from '../worker/replica-worker.js';
import { spawnWorker } from '../worker/spawn-worker.js';
import { adamUpdate, secondHalfStart, type Adam, type AdamMoments } from '../optimisers/adam.js';
import type { Batch } from './batches.js';
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
/** Batches up to this size are not shared out, so a helper can prepare the next one instead. */
const SLOT_CAPACITY = 2 * MIN_SHARE;
/** One batch is read while the next is written. */
const SLOTS = 2;

function sharedSlot(): BatchSlot {
  return {
    x: new Float32Array(new SharedArrayBuffer(SLOT_CAPACITY * GLYPH_PIXELS * 4)),
    labels: new Int32Array(new SharedArrayBuffer(SLOT_CAPACITY * 4)),
  };
}

/** A batch a helper is preparing: which one, where, and when it is ready. */
interface Prefetch {
  readonly indices: Uint32Array;
  readonly seed: number;
  readonly slot: number;
  readonly ready: Promise<ReplicaResult>;
}

const sameIndices = (a: Uint32Array, b: Uint32Array): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

interface Helper {
  readonly worker: Worker;
  readonly grads: readonly Float32Array[];
  /** Replies come in the order the jobs were posted: a worker takes one message at a time. */
  readonly pending: { resolve: (r: ReplicaResult) => void; reject: (e: Error) => void }[];
  failure: Error | null;
}

/**
 * Data-parallel gradients: each batch is split between this thread and `threads − 1` helper
 * threads, each with its own wasm instance, and their gradients are summed. One wasm thread
 * tops out at the speed of its matrix products, so on two cores this is what lets a dense
 * network train at the speed of the machine rather than of one core. Batches too small to share
 * run here while a helper prepares the next one and then takes half of the Adam update.
 * Parameters, data, gradients and batches sit in shared memory; for a fixed thread count the
 * results are deterministic, and for small batches the same as on one thread.
 */
export class GradientPool {
  /** The master copy of the parameters, updated in place by the optimiser. */
  readonly params: Float32Array[];
  /** Gradient of the scaled loss after `run(…, true)`. */
  readonly grads: Float32Array[];
  private readonly localGrads: Float32Array[];
  private nextId = 0;
  private prefetched: Prefetch | null = null;
  private nextSlot = 0;

  /**
   * Zeroed moment arrays for Adam, in shared memory when there are helpers, so that a helper
   * can take half of each update (see `adamStep`); null on one thread.
   */
  readonly adamMoments: AdamMoments | null;

  private constructor(
    private readonly local: Replica,
    shared: { params: Float32Array[]; grads: Float32Array[]; adamMoments: AdamMoments | null },
    private readonly helpers: Helper[],
    private readonly slots: readonly BatchSlot[],
  ) {
    this.params = shared.params;
    this.grads = shared.grads;
    this.adamMoments = shared.adamMoments;
    this.localGrads = shared.params.map((p) => new Float32Array(p.length));
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
      const params = initialParams.map((p) => Float32Array.from(p));
      const grads = params.map((p) => new Float32Array(p.length));
      return new GradientPool(
        new Replica(data, spec),
        { params, grads, adamMoments: null },
        [],
        [],
      );
    }
    const shared = sharedDataset(data);
    const params = sharedArrays(sizes);
    params.forEach((p, i) => p.set(initialParams[i]));
    const summed = sharedArrays(sizes);
    const adamMoments = { m: sharedArrays(sizes), v: sharedArrays(sizes) };
    const helpers: Helper[] = [];
    const slots = Array.from({ length: SLOTS }, sharedSlot);
    try {
      for (let t = 1; t < threads; t++) {
        const grads = sharedArrays(sizes);
        const init: ReplicaInit = {
          data: shared,
          spec,
          params,
          grads,
          slots,
          ...(t === 1 ? { adam: { grads: summed, moments: adamMoments } } : {}),
        };
        const helper: Helper = {
          worker: spawnWorker('replica-worker', init),
          grads,
          pending: [],
          failure: null,
        };
        helpers.push(helper);
        await new Promise<void>((resolve, reject) => {
          helper.pending.push({ resolve: () => resolve(), reject });
          GradientPool.listen(helper);
        });
      }
    } catch (err) {
      await Promise.all(helpers.map((h) => h.worker.terminate()));
      throw err;
    }
    return new GradientPool(
      new Replica(shared, spec),
      { params, grads: summed, adamMoments },
      helpers,
      slots,
    );
  }

  private static listen(helper: Helper): void {
    const fail = (error: Error) => {
      helper.failure ??= error;
      for (const pending of helper.pending.splice(0)) pending.reject(helper.failure);
    };
    helper.worker.on('message', (reply: ReplicaReply) => {
      const pending = helper.pending.shift();
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
   * `next`, the training batch that will follow, may be prepared by a helper meanwhile.
   */
  async run(
    indices: Uint32Array,
    seed: number,
    withGrads: boolean,
    gradScale = 1,
    next?: { readonly indices: Uint32Array; readonly seed: number },
  ): Promise<ReplicaResult> {
    // Also waits for a batch still being prepared, so the helper is free for its share below.
    const assembled = await this.takePrefetched(indices, seed, withGrads);
    if (next !== undefined) this.prefetch(next.indices, next.seed);
    // Below a few hundred samples a share, the second core does more good preparing the next
    // batch and sharing the update (measured at 128: a 23.0 ms step shared, 22.4 ms not).
    const parts = Math.max(1, Math.min(this.threads, Math.floor(indices.length / MIN_SHARE)));
    const bounds = Array.from({ length: parts + 1 }, (_, k) =>
      Math.round((k * indices.length) / parts),
    );
    const remote = this.helpers.slice(0, parts - 1).map((helper, k) => {
      if (helper.failure) return Promise.reject(helper.failure);
      const job = {
        id: this.nextId++,
        indices: indices.slice(bounds[k + 1], bounds[k + 2]),
        seed: (seed + 7919 * (k + 1)) >>> 0,
        withGrads,
      };
      return this.post(helper, { kind: 'gradients', ...job });
    });
    const mine = this.local.run(
      this.params,
      indices.subarray(bounds[0], bounds[1]),
      seed >>> 0,
      withGrads ? this.localGrads : null,
      assembled,
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

  /**
   * Has a helper prepare the training batch of `indices` and `seed` while this thread works on
   * the current one, when the batch is small enough to be run here alone and a helper is free.
   * `run` with the same indices and seed then starts from it; the result is the same either way.
   */
  private prefetch(indices: Uint32Array, seed: number): void {
    const helper = this.helpers[0];
    if (helper === undefined || helper.pending.length > 0 || helper.failure !== null) return;
    if (this.prefetched !== null || indices.length > SLOT_CAPACITY) return;
    if (Math.floor(indices.length / MIN_SHARE) > 1) return;
    const slot = this.nextSlot;
    this.nextSlot = (slot + 1) % SLOTS;
    const job = {
      kind: 'assemble',
      id: this.nextId++,
      indices: indices.slice(),
      seed,
      slot,
    } as const;
    const ready = this.post(helper, job);
    // Consumed, or dropped, by the next `run`; an unconsumed failure must not go unhandled.
    ready.catch(() => {});
    this.prefetched = { indices: job.indices, seed: seed >>> 0, slot, ready };
  }

  /** The prepared batch if it is this one; any other is dropped (the helper is free again). */
  private async takePrefetched(
    indices: Uint32Array,
    seed: number,
    training: boolean,
  ): Promise<Batch | undefined> {
    const prefetch = this.prefetched;
    if (prefetch === null) return undefined;
    this.prefetched = null;
    try {
      await prefetch.ready;
    } catch {
      // The batch is made here instead; a crashed helper is reported by the step that needs it.
      return undefined;
    }
    if (!training || prefetch.seed !== seed >>> 0 || !sameIndices(prefetch.indices, indices))
      return undefined;
    const { x, labels } = this.slots[prefetch.slot];
    const size = indices.length;
    return { x: x.subarray(0, size * GLYPH_PIXELS), labels: labels.subarray(0, size), size };
  }

  private post(helper: Helper, job: ReplicaJob): Promise<ReplicaResult> {
    if (helper.failure) return Promise.reject(helper.failure);
    return new Promise<ReplicaResult>((resolve, reject) => {
      helper.pending.push({ resolve, reject });
      helper.worker.postMessage(job);
    });
  }

  /**
   * One Adam step on `params` from `grads`. With a helper, it updates the second half of every
   * tensor while this thread updates the first: the rule is element by element, so the result
   * is the same as on one thread, in about half the time.
   */
  async adamStep(adam: Adam): Promise<void> {
    const c = adam.nextStep();
    const { m, v } = adam.momentsFor(this.params);
    const helper = this.helpers[0];
    const shared =
      this.adamMoments !== null && m === this.adamMoments.m && v === this.adamMoments.v;
    if (helper === undefined || !shared) {
      this.params.forEach((w, k) => adamUpdate(w, this.grads[k], m[k], v[k], 0, w.length, c));
      return;
    }
    const theirs = this.post(helper, { kind: 'adam', id: this.nextId++, coefficients: c });
    this.params.forEach((w, k) =>
      adamUpdate(w, this.grads[k], m[k], v[k], 0, secondHalfStart(w.length), c),
    );
    await theirs;
  }

  private sumGradients(helpers: number, scale: number): void {
    this.grads.forEach((sum, t) => {
      const local = this.localGrads[t];
      if (helpers === 0) {
        // One pass instead of a copy and a scaling: this runs after every step.
        for (let i = 0; i < sum.length; i++) sum[i] = local[i] * scale;
        return;
      }
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
