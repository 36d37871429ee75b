import type { MenuItemConstructorOptions } from 'electron';
import { commandSpec, type MenuCommand, type RecentFile } from '../../services/contract/index.js';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** Dev tools stay out of the packaged app's menu. */
  readonly isPackaged: boolean;
  readonly recentFiles: readonly RecentFile[];
  /** Hands a command to the page, which owns the drawing, its undo history and the zoom. */
  send(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
  showAbout(): void;
  openProjectPage(): void;
}

type Item = MenuItemConstructorOptions;

const separator: Item = { type: 'separator' };

/** `&` marks the Alt-key mnemonic on Windows and Linux; macOS has none and would show it. */
const title = (name: string, mac: boolean): string => (mac ? name : `&${name}`);

/**
 * A second shortcut for an item: Electron gives each item one accelerator, so the alternative
 * is an invisible twin whose shortcut still fires.
 */
function alias(item: Item, accelerator: string): Item {
  return { ...item, accelerator, visible: false, acceleratorWorksWhenHidden: true };
}

/**
 * A command's item from the command table (services/contract/commands.ts), followed by hidden
 * twins for its other accelerators; `Ctrl+` ones are not for macOS, whose users press Cmd.
 */
function command(options: MenuOptions, name: MenuCommand, mac: boolean): Item[] {
  const { label, keys } = commandSpec(name);
  const usable = keys.filter((key) => !(mac && key.startsWith('Ctrl+')));
  const item: Item = { label, accelerator: usable[0], click: () => options.send(name) };
  return [item, ...usable.slice(1).map((key) => alias(item, key))];
}

function recentSubmenu(options: MenuOptions): Item[] {
  if (options.recentFiles.length === 0) return [{ label: 'No recent files', enabled: false }];
  return [
    ...options.recentFiles.map((file): Item => ({
      label: file.name,
      toolTip: file.path,
      click: () => options.openRecent(file.path),
    })),
    separator,
    { label: 'Clear Recent', click: () => options.clearRecent() },
  ];
}

function fileMenu(options: MenuOptions, mac: boolean): Item {
  return {
    label: title('File', mac),
    submenu: [
      ...command(options, 'new-drawing', mac),
      ...command(options, 'open-image', mac),
      { label: 'Open Recent', submenu: recentSubmenu(options) },
      separator,
      ...command(options, 'save-text', mac),
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };
}

function editMenu(options: MenuOptions, mac: boolean): Item {
  return {
    label: title('Edit', mac),
    submenu: [
      // Undo and redo act on the drawing, whose history lives in the page; the page passes
      // them on to a focused text field itself.
      ...command(options, 'undo', mac),
      ...command(options, 'redo', mac),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      ...command(options, 'copy-unicode', mac),
      ...command(options, 'copy-latex', mac),
      separator,
      ...command(options, 'clear', mac),
    ],
  };
}

function viewMenu(options: MenuOptions, mac: boolean): Item {
  return {
    label: title('View', mac),
    submenu: [
      ...command(options, 'zoom-in', mac),
      ...command(options, 'zoom-out', mac),
      ...command(options, 'zoom-reset', mac),
      separator,
      ...command(options, 'toggle-theme', mac),
      separator,
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as Item, separator]),
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(options: MenuOptions, mac: boolean): Item {
  return {
    label: title('Help', mac),
    role: 'help',
    submenu: [
      ...(mac ? [] : [{ label: `About ${options.appName}`, click: () => options.showAbout() }]),
      { label: 'Project Page', click: () => options.openProjectPage() },
    ],
  };
}

function appMenu(options: MenuOptions): Item {
  return {
    label: options.appName,
    submenu: [
      { label: `About ${options.appName}`, click: () => options.showAbout() },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

/** The application menu; the caller builds it with `Menu.buildFromTemplate`. */
export function buildMenuTemplate(options: MenuOptions): Item[] {
  const mac = options.platform === 'darwin';
  return [
    ...(mac ? [appMenu(options)] : []),
    fileMenu(options, mac),
    editMenu(options, mac),
    viewMenu(options, mac),
    ...(mac ? [{ role: 'windowMenu' } as Item] : []),
    helpMenu(options, mac),
  ];
}
