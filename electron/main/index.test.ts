import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  isPackaged: false,
  lock: true,
  startApp: vi.fn(),
  quit: vi.fn(),
  setName: vi.fn(),
  setPath: vi.fn(),
  preferSharpWasm: vi.fn(() => true),
}));

vi.mock('electron', () => ({
  app: {
    get isPackaged() {
      return state.isPackaged;
    },
    getAppPath: () => '/src/inkform',
    getPath: (name: string) => `/home/u/.config-${name}`,
    setName: state.setName,
    setPath: state.setPath,
    requestSingleInstanceLock: () => state.lock,
    quit: state.quit,
  },
}));
vi.mock('./app.js', () => ({ startApp: state.startApp }));
// The real hook would hide native sharp from every later test in this process.
vi.mock('./sharp-wasm.js', () => ({ preferSharpWasm: state.preferSharpWasm }));

const savedModel = process.env.INKFORM_DEFAULT_MODEL;
const resources = join('/opt', 'Inkform', 'resources');

beforeEach(() => {
  vi.resetModules();
  delete process.env.INKFORM_DEFAULT_MODEL;
  Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
  state.isPackaged = false;
  state.lock = true;
  state.startApp.mockClear();
  state.quit.mockClear();
  state.setName.mockClear();
  state.setPath.mockClear();
  state.preferSharpWasm.mockClear();
});

afterEach(() => {
  Reflect.deleteProperty(process, 'resourcesPath');
  if (savedModel === undefined) delete process.env.INKFORM_DEFAULT_MODEL;
  else process.env.INKFORM_DEFAULT_MODEL = savedModel;
});

describe('main entry', () => {
  it('points the back end at the packaged model, then starts the app', async () => {
    state.isPackaged = true;
    await import('./index.js');
    expect(process.env.INKFORM_DEFAULT_MODEL).toBe(join(resources, 'models', 'default'));
    expect(state.startApp).toHaveBeenCalledOnce();
    expect(state.quit).not.toHaveBeenCalled();
  });

  it('uses the project’s model when run from source, unless one is given', async () => {
    await import('./index.js');
    expect(process.env.INKFORM_DEFAULT_MODEL).toBe(join('/src/inkform', 'models', 'default'));
    vi.resetModules();
    process.env.INKFORM_DEFAULT_MODEL = '/my/model';
    await import('./index.js');
    expect(process.env.INKFORM_DEFAULT_MODEL).toBe('/my/model');
  });

  it('names the app Inkform and keeps its data under that name, run from source or packaged', async () => {
    await import('./index.js');
    expect(state.setName).toHaveBeenCalledWith('Inkform');
    expect(state.setPath).toHaveBeenCalledWith(
      'userData',
      join('/home/u/.config-appData', 'Inkform'),
    );
  });

  it('leaves at once when another instance holds the lock', async () => {
    state.lock = false;
    await import('./index.js');
    expect(state.quit).toHaveBeenCalledOnce();
    expect(state.startApp).not.toHaveBeenCalled();
  });

  it('steers sharp to WebAssembly on Linux only', async () => {
    await import('./index.js');
    expect(state.preferSharpWasm).toHaveBeenCalledTimes(process.platform === 'linux' ? 1 : 0);
  });
});
