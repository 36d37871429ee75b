import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../services/contract/app.js';

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

function command(
  options: MenuOptions,
  label: string,
  name: MenuCommand,
  accelerator?: string,
): Item {
  return { label, accelerator, click: () => options.send(name) };
}

/**
 * A second shortcut for an item: Electron gives each item one accelerator, so the alternative
 * is an invisible twin whose shortcut still fires.
 */
function alias(item: Item, accelerator: string): Item {
  return { ...item, accelerator, visible: false, acceleratorWorksWhenHidden: true };
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
      command(options, 'New Drawing', 'new-drawing', 'CmdOrCtrl+N'),
      command(options, 'Open Image…', 'open-image', 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentSubmenu(options) },
      separator,
      command(options, 'Save Text…', 'save-text', 'CmdOrCtrl+S'),
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };
}

function editMenu(options: MenuOptions, mac: boolean): Item {
  const redo = command(options, 'Redo', 'redo', 'CmdOrCtrl+Shift+Z');
  return {
    label: title('Edit', mac),
    submenu: [
      // Undo and redo act on the drawing, whose history lives in the page; the page passes
      // them on to a focused text field itself.
      command(options, 'Undo', 'undo', 'CmdOrCtrl+Z'),
      redo,
      ...(mac ? [] : [alias(redo, 'Ctrl+Y')]),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command(options, 'Copy as Unicode', 'copy-unicode', 'CmdOrCtrl+Shift+C'),
      command(options, 'Copy as LaTeX', 'copy-latex', 'CmdOrCtrl+Shift+L'),
      separator,
      command(options, 'Clear Drawing', 'clear'),
    ],
  };
}

function viewMenu(options: MenuOptions, mac: boolean): Item {
  const zoomIn = command(options, 'Zoom In', 'zoom-in', 'CmdOrCtrl+=');
  return {
    label: title('View', mac),
    submenu: [
      zoomIn,
      alias(zoomIn, 'CmdOrCtrl+Plus'),
      command(options, 'Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
      command(options, 'Actual Size', 'zoom-reset', 'CmdOrCtrl+0'),
      separator,
      command(options, 'Toggle Theme', 'toggle-theme', 'CmdOrCtrl+Shift+T'),
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
