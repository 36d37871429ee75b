import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_SIZE, type WindowState } from './window-state.js';

export interface WindowOptionsInput {
  readonly preload: string;
  readonly state: WindowState;
  readonly title: string;
  /** Linux shows this in the task bar when run unpackaged; packages carry their own icon. */
  readonly icon?: string;
}

/**
 * The main window. The page runs sandboxed and isolated with no Node access: everything it can
 * do goes through the preload's `window.inkform`. It is shown once painted, so no white flash.
 */
export function mainWindowOptions({
  preload,
  state,
  title,
  icon,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A dropped image is handled by the page; without this the window would open the file.
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}
