import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window-options.js';
import { DEFAULT_WINDOW_STATE, MIN_WINDOW_SIZE } from './window-state.js';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({
    preload: '/app/out/preload/index.cjs',
    state: DEFAULT_WINDOW_STATE,
    title: 'Inkform',
  });

  it('runs the page isolated, sandboxed and without Node', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('opens hidden (shown once painted) at the remembered size', () => {
    expect(options).toMatchObject({
      show: false,
      width: DEFAULT_WINDOW_STATE.width,
      height: DEFAULT_WINDOW_STATE.height,
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
    });
    expect(options).not.toHaveProperty('x');
  });

  it('places the window only when a position is known', () => {
    const placed = mainWindowOptions({
      preload: 'p',
      title: 't',
      state: { width: 900, height: 700, x: 40, y: 60, maximized: false },
      icon: '/icon.png',
    });
    expect(placed).toMatchObject({ x: 40, y: 60, width: 900, height: 700, icon: '/icon.png' });
  });
});
