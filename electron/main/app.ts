import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BrowserWindow,
  app,
  clipboard,
  dialog,
  ipcMain,
  session,
  type IpcMainEvent,
} from 'electron';
import { createAppServices } from '../../services/app-services.js';
import { EVENT_CHANNEL, type AppEvent } from '../../services/contract/app.js';
import { LISTENING_CHANNEL } from '../ipc-channels.js';
import { createAppMenu } from './app-menu.js';
import { isAppUrl, type AppOrigin } from './app-url.js';
import { imagePathFromArgv } from './argv.js';
import { EventGate } from './event-gate.js';
import { secureSession } from './guards.js';
import { combineApis, registerInvokeHandlers, type SenderFrame } from './ipc.js';
import { createMainWindow } from './main-window.js';
import { buildLayout } from '../../services/shell/paths.js';
import { createImageOpener, createPlatformApi, type PlatformHost } from './platform-api.js';
import { createQuitGuard } from './quit-guard.js';
import { RecentFilesStore } from './recent-files.js';
import { loadWindowState, saveWindowState, type WindowState } from './window-state.js';

const warn = (message: string) => console.warn(`Inkform: ${message}`);

/**
 * Wires the app together once Electron is ready: the back end, the IPC API, the menu and the
 * window. Every decision lives in the modules it imports; this file only connects them to
 * Electron.
 */
export function startApp(): void {
  const layout = buildLayout(dirname(fileURLToPath(import.meta.url)));
  const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const origin: AppOrigin = devServer
    ? { kind: 'dev-server', url: devServer }
    : { kind: 'files', rendererDir: layout.rendererDir };
  const isAppFrame = (frame: SenderFrame | null) =>
    frame !== null && frame.parent === null && isAppUrl(frame.url, origin);

  let window: BrowserWindow | null = null;
  const stateSaves: Promise<void>[] = [];
  const gate = new EventGate<AppEvent>((event) => {
    if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
  });
  // Files the OS asks us to open before the app is ready wait here.
  const earlyFiles: string[] = [];
  let openImagePath: ((path: string) => void) | null = null;
  const openFromOs = (path: string) =>
    openImagePath ? openImagePath(path) : earlyFiles.push(path);

  // macOS hands over files (Dock, Finder, recent documents) this way, before or after `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOs(path);
  });

  app.on('second-instance', (_event, argv, cwd) => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const path = imagePathFromArgv(argv, cwd);
    if (path) openFromOs(path);
  });

  void app
    .whenReady()
    .then(async () => {
      secureSession(session.defaultSession, origin);
      const userDataDir = app.getPath('userData');
      const services = createAppServices({
        userDataDir,
        emit: (event) => gate.push(event),
        warmUp: true,
      });
      const recent = new RecentFilesStore(join(userDataDir, 'recent-files.json'), warn);

      const host: PlatformHost = {
        showOpenDialog: (options) =>
          window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options),
        showSaveDialog: (options) =>
          window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
        writeClipboardText: (text) => clipboard.writeText(text),
        addRecentDocument: (path) => app.addRecentDocument(path),
        documentsDir: app.getPath('documents'),
      };

      const setMenu = createAppMenu({
        send: (command) => gate.push({ type: 'menu', command }),
        openRecent: (path) => openFromOs(path),
        clearRecent: () => recent.clear(),
        window: () => window,
      });
      setMenu(await recent.list());

      const openImage = createImageOpener(host, recent, setMenu);
      openImagePath = (path) => {
        openImage(path)
          .then((image) => gate.push({ type: 'open-image', image }))
          .catch((error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            dialog.showErrorBox('Could not open the image', message);
          });
      };

      registerInvokeHandlers(
        ipcMain,
        combineApis(services, createPlatformApi(host, recent, setMenu)),
        (url) => isAppUrl(url, origin),
      );
      ipcMain.on(LISTENING_CHANNEL, (event: IpcMainEvent) => {
        if (isAppFrame(event.senderFrame)) gate.open();
      });

      const stateFile = join(userDataDir, 'window-state.json');
      let windowState: WindowState = await loadWindowState(stateFile, warn);
      const rememberWindow = (state: WindowState) => {
        windowState = state;
        stateSaves.push(
          saveWindowState(stateFile, state).catch((error: unknown) =>
            warn(`could not remember the window's size: ${String(error)}`),
          ),
        );
      };
      const openWindow = () => {
        window = createMainWindow({
          origin,
          url: devServer ?? layout.rendererIndex,
          preload: layout.preload,
          title: app.name,
          icon:
            process.platform === 'linux' && !app.isPackaged
              ? join(app.getAppPath(), 'assets', 'icon.png')
              : undefined,
          state: windowState,
          onClose: rememberWindow,
          onLoadStart: () => gate.close(),
        });
        window.on('closed', () => {
          window = null;
        });
      };
      openWindow();

      const launchImage = imagePathFromArgv(process.argv, process.cwd());
      if (launchImage) earlyFiles.push(launchImage);
      for (const path of earlyFiles.splice(0)) openFromOs(path);

      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
      app.on(
        'will-quit',
        createQuitGuard(
          () => [...stateSaves, services.dispose()],
          () => app.quit(),
        ),
      );
    })
    .catch((error: unknown) => {
      // Without a window the user would see nothing at all; say why and leave.
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      dialog.showErrorBox('Inkform could not start', message);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
