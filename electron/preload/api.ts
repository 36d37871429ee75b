import {
  EVENT_CHANNEL,
  INVOKE_METHODS,
  channelOf,
  unwrapEnvelope,
  type AppEvent,
  type Envelope,
  type InkformApi,
} from '../../services/contract.js';
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
 * without touching this file. Each call resolves with the value or rejects with an `ApiError`;
 * event listeners receive the event alone, never Electron's IPC event object.
 */
export function createInkformApi(ipc: IpcRendererLike): InkformApi {
  const api: Partial<Record<keyof InkformApi, unknown>> = {};
  for (const method of INVOKE_METHODS) {
    api[method] = async (arg?: unknown) =>
      unwrapEnvelope((await ipc.invoke(channelOf(method), arg)) as Envelope<unknown>);
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
  return Object.freeze(api) as InkformApi;
}
