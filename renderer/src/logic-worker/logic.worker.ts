/// <reference lib="webworker" />
/**
 * The logic layer off the UI thread: one request in, one response out. The page cancels a long
 * question by ending this worker.
 */
import { LOGIC_ENGINE } from '@services/logic';
import { answer, type LogicRequest } from '@services/logic';

export interface LogicWorkerMessage {
  readonly id: number;
  readonly request: LogicRequest;
}

self.onmessage = (event: MessageEvent<LogicWorkerMessage>) => {
  const { id, request } = event.data;
  self.postMessage({ id, response: answer(request, LOGIC_ENGINE) });
};
