import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  EVENT_CHANNEL,
  INVOKE_METHODS,
  channelOf,
  type AppEvent,
  fromEnvelopeApi,
  type EnvelopeApi,
} from '../../services/contract/app.js';
import { LISTENING_CHANNEL } from '../ipc-channels.js';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    ipcRenderer: {
      invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
      send: vi.fn<(channel: string, ...args: unknown[]) => void>(),
      on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      }),
      removeListener: vi.fn(
        (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
          listeners.get(channel)?.delete(listener);
        },
      ),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: electron.ipcRenderer,
}));

await import('./index.js');
const exposed = electron.exposed.get('inkform') as EnvelopeApi;
// What the page does with it (renderer/src/api/get-api.ts).
const api = fromEnvelopeApi(exposed);

function emit(channel: string, event: unknown, payload: unknown): void {
  for (const listener of electron.listeners.get(channel) ?? [])
    (listener as IpcListener)(event, payload);
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
});

describe('preload', () => {
  it('exposes exactly the API methods and onEvent on window.inkform, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['inkform']);
    expect(Object.keys(exposed).sort()).toEqual([...INVOKE_METHODS, 'onEvent'].sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(exposed)).toBe(true);
  });

  it('calls each method on its own channel with its one argument and unwraps the value', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { saved: true, path: '/f' } });
    const request = { suggestedName: 'f.txt', content: 'P' };
    await expect(api.saveText(request)).resolves.toEqual({ saved: true, path: '/f' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channelOf('saveText'), request);
    for (const method of INVOKE_METHODS) {
      electron.ipcRenderer.invoke.mockClear();
      await (api[method] as (arg?: unknown) => Promise<unknown>)(undefined);
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channelOf(method), undefined);
    }
  });

  it('hands error envelopes to the page as data, which the page turns into an ApiError with its code', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({
      ok: false,
      error: { code: 'bad-input', message: 'strokes must be an array' },
    });
    await expect(exposed.recognizeStrokes({ strokes: [] })).resolves.toMatchObject({ ok: false });
    const error = await api.recognizeStrokes({ strokes: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'bad-input', message: 'strokes must be an array' });
  });

  it('passes pushed events to listeners without Electron’s event object, until unsubscribed', () => {
    const received: AppEvent[] = [];
    const other: AppEvent[] = [];
    const stop = api.onEvent((event) => received.push(event));
    api.onEvent((event) => other.push(event));
    const ipcEvent = { sender: { send: () => {} }, ports: [] };
    emit(EVENT_CHANNEL, ipcEvent, { type: 'menu', command: 'undo' });
    stop();
    emit(EVENT_CHANNEL, ipcEvent, { type: 'models-changed' });
    expect(received).toEqual([{ type: 'menu', command: 'undo' }]);
    expect(other).toEqual([{ type: 'menu', command: 'undo' }, { type: 'models-changed' }]);
  });

  it('tells main once that the page listens, so held events can flow', () => {
    api.onEvent(() => {});
    api.onEvent(() => {});
    expect(electron.ipcRenderer.send.mock.calls).toEqual([[LISTENING_CHANNEL]]);
  });
});
