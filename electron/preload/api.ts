import {
  EVENT_CHANNEL,
  INVOKE_METHODS,
  channelOf,
  type AppEvent,
  type EnvelopeApi,
} from '../../services/contract/app.js';
import { LISTENING_CHANNEL } from '../ipc-channels.js';

/** The part of `ipcRenderer` the API needs; it never reaches the page itself. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  send(channel: string, ...args: unknown[]): void;
}

/**
 * Builds `window.inkform` from the method list, so a method added to the contract is exposed
 * without touching this file. Each call resolves with its `Envelope`, never rejects with a
 * service error: the context bridge would keep only an error's message, and the page needs its
 * code too (it unwraps with `fromEnvelopeApi`);
 * event listeners receive the event alone, never Electron's IPC event object.
 */
export function createInkformApi(ipc: IpcRendererLike): EnvelopeApi {
  const api: Partial<Record<keyof EnvelopeApi, unknown>> = {};
  for (const method of INVOKE_METHODS) {
    api[method] = (arg?: unknown) => ipc.invoke(channelOf(method), arg);
  }
  let announced = false;
  api.onEvent = (listener: (event: AppEvent) => void) => {
    const forward = (_event: unknown, payload: unknown) => listener(payload as AppEvent);
    ipc.on(EVENT_CHANNEL, forward);
    if (!announced) {
      announced = true;
      ipc.send(LISTENING_CHANNEL);
    }
    return () => {
      ipc.removeListener(EVENT_CHANNEL, forward);
    };
  };
  return Object.freeze(api) as EnvelopeApi;
}
