import type { Worker } from 'node:worker_threads';
import type { ImageRecognition, StrokeRecognition, Strokes } from '../../recognition/recognize.js';
import type { Box } from '../../recognition/types.js';
import { spawnWorkerBeside } from '../../recognition/worker/spawn-worker.js';
import { ServiceError } from '../service-error.js';
import type {
  GlyphGuess,
  ImageLayout,
  RecognitionOutput,
  RecognitionReply,
  RecognitionRequest,
  RecognitionTask,
} from './protocol.js';

/** Errors raised by the engine for input the user can fix; the rest are reported as ours. */
const INPUT_ERRORS = new Set(['RecognitionInputError', 'ImageDecodeError', 'ModelLoadError']);

export interface RecognitionClientOptions {
  /** Starts a worker; tests pass one that misbehaves. */
  readonly spawn?: () => Worker;
  /** Told whenever a worker died with work in hand and a fresh one will take over. */
  readonly onRestart?: (message: string) => void;
  /** A request running longer than this is deemed stuck: the worker is ended and restarted. */
  readonly timeoutMs?: number;
}

interface Pending {
  readonly resolve: (value: RecognitionOutput) => void;
  readonly reject: (error: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export const spawnRecognitionWorker = (): Worker =>
  spawnWorkerBeside(import.meta.url, 'recognition-worker');

/**
 * Runs recognition in a worker thread that is started on first use and replaced when it dies.
 * A crash fails only the requests in flight, each with a message saying so; the next request
 * gets a fresh worker.
 */
export class RecognitionClient {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private disposed = false;

  constructor(private readonly options: RecognitionClientOptions = {}) {}

  /** `pins`: groups of strokes the user said are one symbol each. */
  recognizeStrokes(
    strokes: Strokes,
    modelDir: string,
    pins?: readonly (readonly number[])[],
  ): Promise<StrokeRecognition> {
    return this.run({ kind: 'strokes', strokes, pins }, modelDir) as Promise<StrokeRecognition>;
  }

  /**
   * `name` is the file's: a picture that cannot be read is named in the error. `layout`: the
   * user's turn, crop and line separators.
   */
  recognizeImage(
    bytes: Uint8Array,
    modelDir: string,
    name?: string,
    pins?: readonly Box[],
    layout?: ImageLayout,
  ): Promise<ImageRecognition> {
    const task = { kind: 'image', bytes, name, pins, layout } as const;
    return this.run(task, modelDir) as Promise<ImageRecognition>;
  }

  /**
   * The top-1 class of each glyph (`glyphs` holds n × 784 bytes). Send a few thousand at a time:
   * each call is one message, copied to the worker and held to the same time limit.
   */
  classify(glyphs: Uint8Array, modelDir: string): Promise<readonly GlyphGuess[]> {
    return this.run({ kind: 'classify', glyphs }, modelDir) as Promise<readonly GlyphGuess[]>;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    const worker = this.worker;
    this.worker = null;
    this.failAll(new ServiceError('cancelled', 'Inkform is closing'));
    await worker?.terminate();
  }

  private run(task: RecognitionTask, modelDir: string): Promise<RecognitionOutput> {
    if (this.disposed) return Promise.reject(new ServiceError('cancelled', 'Inkform is closing'));
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => this.crashed(worker, 'Recognition took too long and was stopped'),
        this.options.timeoutMs ?? 60_000,
      );
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, modelDir, task } satisfies RecognitionRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = (this.options.spawn ?? spawnRecognitionWorker)();
    worker.on('message', (reply: RecognitionReply) => this.settle(reply));
    worker.on('error', (error) => this.crashed(worker, `Recognition crashed (${error.message})`));
    worker.on('exit', (code) =>
      this.crashed(worker, `Recognition stopped unexpectedly (exit code ${code})`),
    );
    // An idle worker must not keep the process (CLI, tests) alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: RecognitionReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    clearTimeout(pending.timer);
    if (reply.ok) pending.resolve(reply.value);
    else
      pending.reject(
        new ServiceError(
          INPUT_ERRORS.has(reply.error.name) ? 'bad-input' : 'internal',
          reply.error.message,
        ),
      );
  }

  private crashed(worker: Worker, reason: string): void {
    if (worker !== this.worker) return;
    this.worker = null;
    void worker.terminate();
    if (this.disposed) return;
    const hadWork = this.pending.size > 0;
    this.failAll(
      new ServiceError('worker-crashed', `${reason}. It has been restarted; please try again.`),
    );
    if (hadWork) this.options.onRestart?.(`${reason}; it has been restarted.`);
  }

  private failAll(error: Error): void {
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(error);
    }
    this.pending.clear();
  }
}
