/**
 * The one table of the commands that the menu (electron/main/menu-template.ts), the page's
 * keyboard shortcuts (renderer/src/lib/shortcuts.ts) and the page's handlers (App.tsx) share:
 * each command's name, menu label and accelerators are written here once. The menu lives in
 * main and the state in the page, so a menu item is sent to the page as a `menu` event.
 */
export interface CommandSpec {
  /** The menu item's label. */
  readonly label: string;
  /**
   * Electron accelerators: the first is shown on the item, the rest work from hidden twins.
   * `Ctrl+` keys are for Windows and Linux only in the menu; the page takes Ctrl or Cmd for all.
   */
  readonly keys: readonly string[];
  /** The page answers the keys itself too, so they work in the browser (`npm run serve`). */
  readonly pageKeys?: true;
  /** Means nothing to a text field, so its keys work while typing. */
  readonly inFields?: true;
  /** Acts on the Training pages as well as on the workspace. */
  readonly appWide?: true;
}

export const COMMANDS = {
  'new-drawing': { label: 'New Drawing', keys: ['CmdOrCtrl+N'], appWide: true },
  'open-image': {
    label: 'Open Image…',
    keys: ['CmdOrCtrl+O'],
    pageKeys: true,
    inFields: true,
    appWide: true,
  },
  'save-text': { label: 'Save Text…', keys: ['CmdOrCtrl+S'], pageKeys: true, inFields: true },
  undo: { label: 'Undo', keys: ['CmdOrCtrl+Z'], pageKeys: true },
  redo: { label: 'Redo', keys: ['CmdOrCtrl+Shift+Z', 'Ctrl+Y'], pageKeys: true },
  'copy-unicode': { label: 'Copy as Unicode', keys: ['CmdOrCtrl+Shift+C'] },
  'copy-latex': { label: 'Copy as LaTeX', keys: ['CmdOrCtrl+Shift+L'] },
  clear: { label: 'Clear Drawing', keys: [] },
  'zoom-in': { label: 'Zoom In', keys: ['CmdOrCtrl+=', 'CmdOrCtrl+Plus'], pageKeys: true },
  'zoom-out': { label: 'Zoom Out', keys: ['CmdOrCtrl+-'], pageKeys: true },
  'zoom-reset': { label: 'Actual Size', keys: ['CmdOrCtrl+0'], pageKeys: true },
  'toggle-theme': { label: 'Toggle Theme', keys: ['CmdOrCtrl+Shift+T'], appWide: true },
} as const satisfies Readonly<Record<string, CommandSpec>>;

/** Menu items that the page carries out. */
export type MenuCommand = keyof typeof COMMANDS;

export const MENU_COMMANDS = Object.keys(COMMANDS) as readonly MenuCommand[];

/** A command's row, typed as the table's shape (the literal types say too much to loop over). */
export const commandSpec = (command: MenuCommand): CommandSpec => COMMANDS[command];
