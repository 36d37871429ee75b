import {
  INVOKE_METHODS,
  PLATFORM_METHODS,
  SERVICE_METHODS,
  channelOf,
  type Envelope,
  type InvokeApi,
  type PlatformApi,
  type ServiceApi,
} from '../../services/contract/app.js';
import { dispatch } from '../../services/dispatch.js';

/** What a handler learns about the frame that called it (Electron's `event.senderFrame`). */
export interface SenderFrame {
  readonly url: string;
  /** Null for a window's top frame. */
  readonly parent: unknown;
}

export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

/** The part of `ipcMain` used here, so tests can pass a fake and count registrations. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** Raised in main and seen by the caller as a rejected `invoke`: no envelope for strangers. */
export class ForeignSenderError extends Error {
  constructor(url: string) {
    super(`refused an IPC call from ${url || 'an unknown frame'}: not the app's page`);
    this.name = 'ForeignSenderError';
  }
}

/**
 * One object answering every API method: the back end's services and the shell's platform
 * methods. Methods are bound one by one (not spread) so class-based implementations keep
 * their `this`; a method an implementation lacks is left out, and `dispatch` answers it with
 * a not-found envelope instead of the app failing to start.
 */
export function combineApis(services: ServiceApi, platform: PlatformApi): Partial<InvokeApi> {
  const impl: Partial<Record<keyof InvokeApi, unknown>> = {};
  const take = <T extends object>(source: T, methods: readonly (keyof T & keyof InvokeApi)[]) => {
    for (const method of methods) {
      const fn: unknown = source[method];
      if (typeof fn === 'function') impl[method] = fn.bind(source);
    }
  };
  take(services, SERVICE_METHODS);
  take(platform, PLATFORM_METHODS);
  return impl as Partial<InvokeApi>;
}

/**
 * Registers one `invoke` handler per API method and nothing else. Each call is answered only
 * for the app's own top frame (`isAppUrl`), then validated and run by `dispatch`, whose
 * envelope carries any failure back to the page as data. Returns a function that unregisters
 * them all.
 */
export function registerInvokeHandlers(
  ipcMain: IpcMainLike,
  impl: Partial<InvokeApi>,
  isAppUrl: (url: string) => boolean,
): () => void {
  for (const method of INVOKE_METHODS) {
    ipcMain.handle(channelOf(method), (event, arg): Promise<Envelope<unknown>> => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isAppUrl(frame.url))
        return Promise.reject(new ForeignSenderError(frame?.url ?? ''));
      return dispatch(impl, method, arg);
    });
  }
  return () => {
    for (const method of INVOKE_METHODS) ipcMain.removeHandler(channelOf(method));
  };
}
