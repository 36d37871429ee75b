import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppServicesOptions } from '../../services/app-services.js';
import {
  EVENT_CHANNEL,
  INVOKE_METHODS,
  SERVICE_METHODS,
  channelOf,
  type AppEvent,
} from '../../services/contract/app.js';
import { LISTENING_CHANNEL } from '../ipc-channels.js';
import type { FakeElectron } from '../test-support/fake-electron.js';

const state = vi.hoisted(() => ({
  fake: null as FakeElectron | null,
  userDataDir: '',
  services: null as
    (Record<string, ReturnType<typeof vi.fn>> & { options?: AppServicesOptions }) | null,
}));

vi.mock('electron', async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { createFakeElectron } = await import('../test-support/fake-electron.js');
  state.userDataDir = mkdtempSync(join(tmpdir(), 'inkform-app-'));
  state.fake = createFakeElectron(state.userDataDir);
  return state.fake.module;
});

vi.mock('../../services/app-services.js', () => ({
  createAppServices: (options: AppServicesOptions) => {
    const services: Record<string, ReturnType<typeof vi.fn>> & { options?: AppServicesOptions } = {
      dispose: vi.fn(async () => {}),
    };
    for (const method of SERVICE_METHODS) services[method] = vi.fn(async () => `${method} result`);
    services.options = options;
    state.services = services;
    return services;
  },
}));

const { startApp } = await import('./app.js');

function fake(): FakeElectron {
  if (!state.fake) throw new Error('electron was not mocked');
  return state.fake;
}

type Handler = (event: unknown, arg?: unknown) => Promise<unknown>;

function handler(method: (typeof INVOKE_METHODS)[number]): Handler {
  const found = fake().module.ipcMain.handlers.get(channelOf(method));
  if (!found) throw new Error(`no handler for ${method}`);
  return found as unknown as Handler;
}

let pageUrl = '';
const fromPage = () => ({ senderFrame: { url: pageUrl, parent: null } });

beforeAll(async () => {
  startApp();
  fake().markReady();
  const window = await fake().firstWindow;
  pageUrl = window.loadURL.mock.calls[0][0];
});

afterAll(() => rm(state.userDataDir, { recursive: true, force: true }));

describe('startApp', () => {
  it('registers one IPC handler per API method, and only the listening signal besides', () => {
    const { ipcMain } = fake().module;
    expect([...ipcMain.handlers.keys()].sort()).toEqual(INVOKE_METHODS.map(channelOf).sort());
    expect([...ipcMain.listeners.keys()]).toEqual([LISTENING_CHANNEL]);
  });

  it('opens one secure window on the built page', async () => {
    const [window] = fake().windows;
    expect(fake().windows).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: expect.stringMatching(/[/\\]preload[/\\]index\.cjs$/),
    });
    expect(pageUrl).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    expect(window.webContents.openHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
  });

  it('secures the session before anything loads', () => {
    const session = fake().module.session.defaultSession;
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalledOnce();
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.setPermissionCheckHandler).toHaveBeenCalledOnce();
  });

  it('gives the back end the user-data folder', () => {
    expect(state.services?.options?.userDataDir).toBe(state.userDataDir);
  });

  it('serves the page’s calls from the back end and refuses other frames', async () => {
    await expect(handler('listModels')(fromPage())).resolves.toEqual({
      ok: true,
      value: 'listModels result',
    });
    await expect(handler('recognizeStrokes')(fromPage(), 'nonsense')).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
    await expect(
      handler('listModels')({ senderFrame: { url: 'https://evil.example/', parent: null } }),
    ).rejects.toThrow(/not the app's page/);
    await expect(handler('listRecentFiles')(fromPage())).resolves.toEqual({ ok: true, value: [] });
  });

  it('holds pushed events until the page listens, then delivers them', () => {
    const [window] = fake().windows;
    const event: AppEvent = { type: 'models-changed' };
    state.services?.options?.emit(event);
    expect(window.webContents.send).not.toHaveBeenCalled();
    fake().module.ipcMain.emit(LISTENING_CHANNEL, {
      senderFrame: { url: 'https://evil/', parent: null },
    });
    expect(window.webContents.send).not.toHaveBeenCalled();
    fake().module.ipcMain.emit(LISTENING_CHANNEL, fromPage());
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(EVENT_CHANNEL, event);
  });

  it('sends menu commands to the page', () => {
    const [window] = fake().windows;
    const { Menu } = fake().module;
    const template = Menu.buildFromTemplate.mock.lastCall?.[0] as {
      label?: string;
      submenu?: { label?: string; click?: () => void }[];
    }[];
    const file = template.find((item) => item.label === '&File');
    file?.submenu?.find((item) => item.label === 'Open Image…')?.click?.();
    expect(window.webContents.send).toHaveBeenLastCalledWith(EVENT_CHANNEL, {
      type: 'menu',
      command: 'open-image',
    });
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('focuses the existing window on a second launch', () => {
    const [window] = fake().windows;
    fake().module.app.emit('second-instance', {}, ['inkform'], '/');
    expect(window.focus).toHaveBeenCalled();
  });

  it('quits on Windows and Linux when the window closes, after saving its place and stopping the back end', async () => {
    const { app } = fake().module;
    fake().windows[0].emit('close');
    if (process.platform !== 'darwin') {
      app.emit('window-all-closed');
      expect(app.quit).toHaveBeenCalledOnce();
    }
    app.quit.mockClear();
    let quitted: () => void = () => {};
    const quitting = new Promise<void>((done) => {
      quitted = done;
    });
    app.quit.mockImplementation(() => quitted());
    const willQuit = { preventDefault: vi.fn() };
    app.emit('will-quit', willQuit);
    expect(willQuit.preventDefault).toHaveBeenCalled();
    await quitting;
    expect(state.services?.dispose).toHaveBeenCalledOnce();
    const saved = JSON.parse(await readFile(join(state.userDataDir, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
  });
});
