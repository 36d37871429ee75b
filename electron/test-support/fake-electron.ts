/**
 * A stand-in for the `electron` module in tests (no Electron binary exists on CI machines):
 * records what the app registers and lets a test fire events and IPC calls by hand.
 */
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }

  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? [])
      (listener as (...a: unknown[]) => unknown)(...args);
  }
}

export function createFakeElectron(userDataDir: string) {
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const windows: FakeWindow[] = [];
  let windowCreated: (window: FakeWindow) => void = () => {};
  const firstWindow = new Promise<FakeWindow>((resolve) => {
    windowCreated = resolve;
  });

  class FakeWebContents extends Emitter {
    readonly send = vi.fn();
    openHandler: ((details: { url: string }) => unknown) | null = null;
    setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
      this.openHandler = handler;
    }
  }

  class FakeWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async (_url: string) => {});
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly maximize = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      windowCreated(this);
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1000, height: 700 });
    static getAllWindows = () => windows;
  }

  const app = Object.assign(new Emitter(), {
    name: 'Inkform',
    isPackaged: false,
    whenReady: () => ready,
    getPath: (name: string) => (name === 'userData' ? userDataDir : `${userDataDir}/${name}`),
    getAppPath: () => '/src/inkform',
    getVersion: () => '0.1.0',
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
  });

  const ipcMain = Object.assign(new Emitter(), {
    handlers: new Map<string, Listener>(),
    handle(channel: string, listener: Listener) {
      ipcMain.handlers.set(channel, listener);
    },
    removeHandler(channel: string) {
      ipcMain.handlers.delete(channel);
    },
  });

  const session = {
    defaultSession: {
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    },
  };

  const module = {
    app,
    ipcMain,
    session,
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    clipboard: { writeText: vi.fn() },
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
      showErrorBox: vi.fn(),
    },
    shell: { openExternal: vi.fn(async () => {}) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };

  return { module, markReady, firstWindow, windows };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
