import { Menu, app, dialog, shell, type BrowserWindow } from 'electron';
import type { MenuCommand, RecentFile } from '../../services/contract/index.js';
import { PROJECT_URL, aboutText } from './about.js';
import { buildMenuTemplate } from './menu-template.js';

export interface AppMenuOptions {
  /** Hands a command to the page. */
  readonly send: (command: MenuCommand) => void;
  readonly openRecent: (path: string) => void;
  /** Empties the app's recent list; the menu is rebuilt with what it returns. */
  readonly clearRecent: () => Promise<readonly RecentFile[]>;
  /** The window dialogs belong to, if one is open. */
  readonly window: () => BrowserWindow | null;
}

/** Returns a function that (re)installs the application menu for a list of recent files. */
export function createAppMenu(options: AppMenuOptions): (files: readonly RecentFile[]) => void {
  const showAbout = () => {
    const text = aboutText({
      appName: app.name,
      version: app.getVersion(),
      versions: process.versions,
    });
    const box = { type: 'info' as const, title: `About ${app.name}`, ...text };
    const owner = options.window();
    void (owner ? dialog.showMessageBox(owner, box) : dialog.showMessageBox(box));
  };

  const install = (recentFiles: readonly RecentFile[]) => {
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: app.name,
      isPackaged: app.isPackaged,
      recentFiles,
      send: options.send,
      openRecent: options.openRecent,
      clearRecent: () => {
        app.clearRecentDocuments();
        void options.clearRecent().then(install);
      },
      showAbout,
      openProjectPage: () => void shell.openExternal(PROJECT_URL),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  return install;
}
