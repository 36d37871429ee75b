import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  INVOKE_METHODS,
  channelOf,
  type InvokeApi,
  type PlatformApi,
  type ServiceApi,
} from '../../services/contract/app.js';
import { isAppUrl } from './app-url.js';
import {
  ForeignSenderError,
  combineApis,
  registerInvokeHandlers,
  type InvokeEvent,
  type IpcMainLike,
} from './ipc.js';

type Handler = (event: InvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => {
      handlers.delete(channel);
    },
  };
  return { ipcMain, handlers };
}

const rendererDir = join('/app', 'out', 'renderer');
const appPage = pathToFileURL(join(rendererDir, 'index.html')).href;
const isApp = (url: string) => isAppUrl(url, { kind: 'files', rendererDir });
const fromPage = (url = appPage, parent: unknown = null): InvokeEvent => ({
  senderFrame: { url, parent },
});

function setup(impl: Partial<InvokeApi> = {}) {
  const fake = fakeIpcMain();
  const unregister = registerInvokeHandlers(fake.ipcMain, impl, isApp);
  const call = (method: string, event: InvokeEvent, arg?: unknown) => {
    const handler = fake.handlers.get(channelOf(method as never));
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler(event, arg) as Promise<unknown>;
  };
  return { ...fake, unregister, call };
}

describe('registerInvokeHandlers', () => {
  it('registers one handler per API method and nothing else', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(INVOKE_METHODS.map(channelOf).sort());
  });

  it('runs the method for the app page and wraps the value in an envelope', async () => {
    const parseFormula = vi.fn(async () => ({ ok: false as const, message: 'x', offset: 0 }));
    const { call } = setup({ parseFormula });
    await expect(
      call('parseFormula', fromPage(), { text: 'P(', format: 'unicode' }),
    ).resolves.toEqual({
      ok: true,
      value: { ok: false, message: 'x', offset: 0 },
    });
    expect(parseFormula).toHaveBeenCalledWith({ text: 'P(', format: 'unicode' });
  });

  it('answers a malformed argument with a bad-input envelope, without running the method', async () => {
    const recognizeStrokes = vi.fn();
    const { call } = setup({ recognizeStrokes });
    const reply = (await call('recognizeStrokes', fromPage(), 'not strokes')) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('bad-input');
    expect(reply.error.message).toMatch(/request must be an object/);
    expect(recognizeStrokes).not.toHaveBeenCalled();
  });

  it('refuses callers other than the app’s own top frame', async () => {
    const getSettings = vi.fn<InvokeApi['getSettings']>();
    const { call } = setup({ getSettings });
    const strangers = [
      fromPage('https://evil.example/'),
      fromPage(pathToFileURL('/home/user/Downloads/page.html').href),
      fromPage(appPage, { url: appPage }),
      { senderFrame: null },
    ];
    for (const event of strangers)
      await expect(call('getSettings', event)).rejects.toBeInstanceOf(ForeignSenderError);
    expect(getSettings).not.toHaveBeenCalled();
  });

  it('unregisters every handler it added', () => {
    const { handlers, unregister } = setup();
    unregister();
    expect(handlers.size).toBe(0);
  });
});

describe('combineApis', () => {
  it('serves both halves and keeps `this` for class-based services', async () => {
    class Services {
      private readonly version = '9.9.9';
      async getAppInfo() {
        return { version: this.version, shell: 'electron' as const, userDataDir: '/u' };
      }
    }
    const platform = { listRecentFiles: async () => [] } as unknown as PlatformApi;
    const impl = combineApis(new Services() as unknown as ServiceApi, platform);
    await expect(impl.getAppInfo?.()).resolves.toMatchObject({ version: '9.9.9' });
    await expect(impl.listRecentFiles?.()).resolves.toEqual([]);
  });

  it('leaves out methods an implementation lacks, so dispatch can answer not-found', async () => {
    const impl = combineApis({} as ServiceApi, {} as PlatformApi);
    expect(Object.keys(impl)).toEqual([]);
    const { call } = setup(impl);
    await expect(call('listModels', fromPage())).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
