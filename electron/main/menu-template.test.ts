import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand, type RecentFile } from '../../services/contract/index.js';
import { buildMenuTemplate, type MenuOptions } from './menu-template.js';

type Item = MenuItemConstructorOptions;

function options(
  overrides: Partial<Pick<MenuOptions, 'platform' | 'isPackaged' | 'recentFiles'>> = {},
) {
  return {
    platform: 'linux' as NodeJS.Platform,
    appName: 'Inkform',
    isPackaged: true,
    recentFiles: [] as readonly RecentFile[],
    send: vi.fn<(command: MenuCommand) => void>(),
    openRecent: vi.fn<(path: string) => void>(),
    clearRecent: vi.fn(),
    showAbout: vi.fn(),
    openProjectPage: vi.fn(),
    ...overrides,
  };
}

function items(template: Item[]): Item[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as Item[]) : []),
  ]);
}

const byLabel = (template: Item[], label: string) =>
  items(template).filter((item) => item.label === label);

function click(item: Item): void {
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  const shortcuts: [string, string, MenuCommand][] = [
    ['Open Image…', 'CmdOrCtrl+O', 'open-image'],
    ['Save Text…', 'CmdOrCtrl+S', 'save-text'],
    ['New Drawing', 'CmdOrCtrl+N', 'new-drawing'],
    ['Undo', 'CmdOrCtrl+Z', 'undo'],
    ['Redo', 'CmdOrCtrl+Shift+Z', 'redo'],
    ['Zoom In', 'CmdOrCtrl+=', 'zoom-in'],
    ['Zoom Out', 'CmdOrCtrl+-', 'zoom-out'],
    ['Actual Size', 'CmdOrCtrl+0', 'zoom-reset'],
    ['Toggle Theme', 'CmdOrCtrl+Shift+T', 'toggle-theme'],
  ];

  it.each(shortcuts)('%s has %s and sends %s to the page', (label, accelerator, command) => {
    const o = options();
    const [item] = byLabel(buildMenuTemplate(o), label);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(o.send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('sends every menu command of the contract from some item', () => {
    const o = options();
    for (const item of items(buildMenuTemplate(o))) if (item.click && !item.role) click(item);
    expect(new Set(o.send.mock.calls.map(([command]) => command))).toEqual(new Set(MENU_COMMANDS));
  });

  it('also redoes on Ctrl+Y on Windows and Linux, through a hidden twin', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const o = options({ platform });
      const redos = byLabel(buildMenuTemplate(o), 'Redo');
      const twin = redos.find((item) => item.accelerator === 'Ctrl+Y');
      expect(twin).toMatchObject({ visible: false, acceleratorWorksWhenHidden: true });
      click(twin as Item);
      expect(o.send).toHaveBeenCalledWith('redo');
    }
    expect(byLabel(buildMenuTemplate(options({ platform: 'darwin' })), 'Redo')).toHaveLength(1);
  });

  it('keeps the native editing roles for text fields', () => {
    const roles = items(buildMenuTemplate(options())).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
    expect(roles).not.toContain('undo');
  });

  it('offers dev tools only when not packaged', () => {
    const roles = (o: MenuOptions) => items(buildMenuTemplate(o)).map((item) => item.role);
    expect(roles(options({ isPackaged: true }))).not.toContain('toggleDevTools');
    expect(roles(options({ isPackaged: false }))).toContain('toggleDevTools');
    expect(roles(options())).toContain('togglefullscreen');
  });

  it('lists recent files and opens the one chosen', () => {
    const recentFiles = [
      { path: '/p/a.png', name: 'a.png', openedAt: '2026-01-01T00:00:00.000Z' },
      { path: '/p/b.jpg', name: 'b.jpg', openedAt: '2026-01-01T00:00:00.000Z' },
    ];
    const o = options({ recentFiles });
    const [recent] = byLabel(buildMenuTemplate(o), 'Open Recent');
    const submenu = recent.submenu as Item[];
    expect(submenu.map((item) => item.label)).toEqual([
      'a.png',
      'b.jpg',
      undefined,
      'Clear Recent',
    ]);
    click(submenu[1]);
    expect(o.openRecent).toHaveBeenCalledExactlyOnceWith('/p/b.jpg');
    click(submenu[3]);
    expect(o.clearRecent).toHaveBeenCalledOnce();
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const [recent] = byLabel(buildMenuTemplate(options()), 'Open Recent');
    expect(recent.submenu).toEqual([{ label: 'No recent files', enabled: false }]);
  });

  it('has File, Edit, View and Help with mnemonics on Linux, and Quit on Ctrl+Q', () => {
    const template = buildMenuTemplate(options());
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(items(template).find((item) => item.role === 'quit')?.accelerator).toBe('Ctrl+Q');
  });

  it('adds the app menu and the window menu on macOS', () => {
    const o = options({ platform: 'darwin' });
    const template = buildMenuTemplate(o);
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'Inkform',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
    const appRoles = (template[0].submenu as Item[]).map((item) => item.role);
    expect(appRoles).toEqual(expect.arrayContaining(['hide', 'hideOthers', 'unhide', 'quit']));
    click(byLabel(template, 'About Inkform')[0]);
    expect(o.showAbout).toHaveBeenCalledOnce();
  });

  it('opens the project page from Help', () => {
    const o = options();
    click(byLabel(buildMenuTemplate(o), 'Project Page')[0]);
    expect(o.openProjectPage).toHaveBeenCalledOnce();
  });
});
