import { BrowserWindow, screen, shell } from 'electron';
import { isAppUrl, type AppOrigin } from './app-url.js';
import { secureContents } from './guards.js';
import { mainWindowOptions } from './window-options.js';
import { fitToDisplays, type WindowState } from './window-state.js';

export interface MainWindowOptions {
  readonly origin: AppOrigin;
  /** The page to load: the dev server's URL or the built index.html as a file: URL. */
  readonly url: string;
  readonly preload: string;
  readonly title: string;
  readonly icon?: string;
  readonly state: WindowState;
  /** The window's size and place as it closes, to remember for next time. */
  readonly onClose: (state: WindowState) => void;
  /** The page is (re)loading and cannot receive events until it listens again. */
  readonly onLoadStart: () => void;
}

/** Whole pixels: the state file stores integers, and fractional bounds occur on scaled screens. */
function currentState(window: BrowserWindow): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  const [rx, ry, rw, rh] = [x, y, width, height].map(Math.round);
  return { x: rx, y: ry, width: rw, height: rh, maximized: window.isMaximized() };
}

/** Creates the main window where it was last, and reports where it was when it closes. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = fitToDisplays(options.state, workAreas);
  const window = new BrowserWindow(
    mainWindowOptions({
      preload: options.preload,
      state,
      title: options.title,
      icon: options.icon,
    }),
  );
  secureContents(window.webContents, (url) => void shell.openExternal(url));
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.webContents.on('did-start-loading', options.onLoadStart);
  window.on('close', () => options.onClose(currentState(window)));
  if (!isAppUrl(options.url, options.origin)) throw new Error(`refusing to load ${options.url}`);
  void window.loadURL(options.url);
  return window;
}
