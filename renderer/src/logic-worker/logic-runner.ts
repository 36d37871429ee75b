/**
 * How the page asks the logic service a question: in a Web Worker in the app, directly (but
 * still asynchronously) in tests. A running question can be cancelled; in a worker that ends
 * the worker, the only way to stop a search that is already under way.
 */
import type { LogicEngine } from '@services/logic';
import { answer, type LogicRequest, type LogicResponse } from '@services/logic';

export interface LogicTask {
  /** Resolves with the answer; never settles once cancelled. */
  readonly result: Promise<LogicResponse>;
  cancel(): void;
}

export interface LogicRunner {
  run(request: LogicRequest): LogicTask;
}

interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

const makeLogicWorker = (): WorkerLike =>
  new Worker(new URL('./logic.worker.ts', import.meta.url), { type: 'module' });

/** One worker per question: a cancelled or finished question takes its worker with it. */
export function createWorkerRunner(makeWorker: () => WorkerLike = makeLogicWorker): LogicRunner {
  return {
    run(request) {
      let worker: WorkerLike;
      try {
        worker = makeWorker();
      } catch (error) {
        // A page that may not start workers says so instead of hanging.
        const message = error instanceof Error ? error.message : String(error);
        return {
          result: Promise.resolve({ kind: 'error', message: `no logic worker: ${message}` }),
          cancel: () => undefined,
        };
      }
      const result = new Promise<LogicResponse>((resolve) => {
        worker.onmessage = (event: MessageEvent<{ response: LogicResponse }>) => {
          worker.terminate();
          resolve(event.data.response);
        };
        worker.onerror = (event) => {
          worker.terminate();
          resolve({ kind: 'error', message: event.message || 'the logic worker failed' });
        };
      });
      worker.postMessage({ id: 0, request });
      return { result, cancel: () => worker.terminate() };
    },
  };
}

/** Answers on the next turn of the event loop, as a worker would; for tests and fallbacks. */
export function createDirectRunner(engine: LogicEngine): LogicRunner {
  return {
    run(request) {
      let cancelled = false;
      const result = new Promise<LogicResponse>((resolve) => {
        setTimeout(() => {
          if (!cancelled) resolve(answer(request, engine));
        }, 0);
      });
      return {
        result,
        cancel: () => {
          cancelled = true;
        },
      };
    },
  };
}
