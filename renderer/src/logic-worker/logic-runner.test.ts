import { describe, expect, it, vi } from 'vitest';
import type { LogicResponse } from '@services/logic';
import { createWorkerRunner } from './logic-runner';

/** A worker that answers when told to, and remembers being ended. */
function fakeWorker() {
  const worker = {
    posted: [] as unknown[],
    terminated: false,
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage(message: unknown) {
      this.posted.push(message);
    },
    terminate() {
      this.terminated = true;
    },
    answer(response: LogicResponse) {
      this.onmessage?.({ data: { id: 0, response } } as MessageEvent);
    },
  };
  return worker;
}

describe('createWorkerRunner', () => {
  it('posts the request to a new worker and ends it after the answer', async () => {
    const worker = fakeWorker();
    const runner = createWorkerRunner(() => worker);
    const task = runner.run({ kind: 'analyse', text: 'P' });
    expect(worker.posted).toEqual([{ id: 0, request: { kind: 'analyse', text: 'P' } }]);
    worker.answer({ kind: 'error', message: 'x' });
    await expect(task.result).resolves.toEqual({ kind: 'error', message: 'x' });
    expect(worker.terminated).toBe(true);
  });

  it('ends the worker when cancelled, and starts a fresh one for the next question', () => {
    const workers = [fakeWorker(), fakeWorker()];
    const make = vi.fn(() => workers[make.mock.calls.length - 1]);
    const runner = createWorkerRunner(make);
    runner.run({ kind: 'decide', text: 'P' }).cancel();
    expect(workers[0].terminated).toBe(true);
    runner.run({ kind: 'decide', text: 'Q' });
    expect(workers[1].posted).toHaveLength(1);
    expect(workers[1].terminated).toBe(false);
  });

  it('answers with an error when the worker fails', async () => {
    const worker = fakeWorker();
    const task = createWorkerRunner(() => worker).run({ kind: 'decide', text: 'P' });
    worker.onerror?.({ message: 'module not found' } as ErrorEvent);
    await expect(task.result).resolves.toEqual({ kind: 'error', message: 'module not found' });
  });

  it('answers with an error when no worker can be started', async () => {
    const task = createWorkerRunner(() => {
      throw new Error('blocked');
    }).run({ kind: 'decide', text: 'P' });
    await expect(task.result).resolves.toEqual({
      kind: 'error',
      message: 'no logic worker: blocked',
    });
  });
});
