import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogicRequest, LogicResponse } from '@services/logic';
import type { LogicRunner, LogicTask } from '../logic-worker/logic-runner';

export type LogicTaskState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly request: LogicRequest }
  | { readonly status: 'done'; readonly request: LogicRequest; readonly response: LogicResponse }
  | { readonly status: 'cancelled'; readonly request: LogicRequest };

export interface LogicTaskControl {
  readonly state: LogicTaskState;
  /** Starts a question, cancelling the one still running. */
  run(request: LogicRequest): void;
  cancel(): void;
  reset(): void;
}

/** One question at a time to the logic runner; the latest one wins, unmounting cancels. */
export function useLogicTask(runner: LogicRunner): LogicTaskControl {
  const [state, setState] = useState<LogicTaskState>({ status: 'idle' });
  const current = useRef<LogicTask | null>(null);

  const stop = useCallback(() => {
    current.current?.cancel();
    current.current = null;
  }, []);

  const run = useCallback(
    (request: LogicRequest) => {
      stop();
      const task = runner.run(request);
      current.current = task;
      setState({ status: 'running', request });
      void task.result.then((response) => {
        if (current.current !== task) return;
        current.current = null;
        setState({ status: 'done', request, response });
      });
    },
    [runner, stop],
  );

  const cancel = useCallback(() => {
    if (current.current === null) return;
    stop();
    setState((s) => (s.status === 'running' ? { status: 'cancelled', request: s.request } : s));
  }, [stop]);

  const reset = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { state, run, cancel, reset };
}
