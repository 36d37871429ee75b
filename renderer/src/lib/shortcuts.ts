import { commandSpec, MENU_COMMANDS, type MenuCommand } from '@services/contract';

/** Tools: single keys without a modifier, and no menu item. */
const TOOL_KEYS = { p: 'tool-pen', e: 'tool-eraser' } as const;

/** What a key press can ask for: a menu command, or a tool. */
export type ShortcutCommand = MenuCommand | (typeof TOOL_KEYS)[keyof typeof TOOL_KEYS];

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Where the press happened, so typing in a field keeps its own meaning. */
export interface KeyContext {
  /** A text field, select or editable element has focus. */
  readonly inField: boolean;
  /** The press is inside a dialog (the correction popover), which owns its keys. */
  readonly inDialog: boolean;
}

/**
 * Keys that shifted name the same key on common layouts, and Electron's name for `+`, so that
 * Ctrl+Shift+= (which types `+`) is still Ctrl+=.
 */
const SAME_KEY: Readonly<Record<string, string>> = { '+': '=', plus: '=', _: '-' };

const keyName = (key: string): string => {
  const lower = key.toLowerCase();
  return SAME_KEY[lower] ?? lower;
};

/** A command's key with Ctrl or Cmd, and whether Shift is part of it. */
interface Chord {
  readonly key: string;
  readonly shift: boolean;
  readonly command: MenuCommand;
}

/** The chords the page answers itself: the accelerators of the table's `pageKeys` commands. */
const CHORDS: readonly Chord[] = MENU_COMMANDS.flatMap((command) => {
  const spec = commandSpec(command);
  if (!spec.pageKeys) return [];
  return spec.keys.map((accelerator) => {
    const parts = accelerator.split('+');
    return { key: keyName(parts[parts.length - 1]), shift: parts.includes('Shift'), command };
  });
});

const isMenuCommand = (command: ShortcutCommand): command is MenuCommand =>
  (MENU_COMMANDS as readonly string[]).includes(command);

/** Whether a command means nothing to a text field, so that its keys work while typing. */
const worksInFields = (command: ShortcutCommand): boolean =>
  isMenuCommand(command) && commandSpec(command).inFields === true;

/** Whether a command acts on the Training pages too, not only on the workspace. */
export const isAppWide = (command: ShortcutCommand): boolean =>
  isMenuCommand(command) && commandSpec(command).appWide === true;

function modified(press: KeyPress): ShortcutCommand | null {
  const key = keyName(press.key);
  // A letter with Shift is another shortcut; a symbol may need Shift to be typed at all.
  const letter = /^[a-z]$/.test(key);
  const chord = CHORDS.find((c) => c.key === key && (!letter || c.shift === press.shiftKey));
  return chord?.command ?? null;
}

function plain(press: KeyPress): ShortcutCommand | null {
  if (press.shiftKey) return null;
  const key = press.key.toLowerCase();
  return key in TOOL_KEYS ? TOOL_KEYS[key as keyof typeof TOOL_KEYS] : null;
}

/**
 * The page's own shortcuts (the menu has the same accelerators; whichever sees the key first
 * acts, and the page stops it going further). Ctrl on Windows and Linux, Cmd on macOS: either
 * is accepted, as users of both reach for both.
 */
export function shortcutFor(press: KeyPress, context: KeyContext): ShortcutCommand | null {
  if (context.inDialog || press.altKey) return null;
  const command = press.ctrlKey || press.metaKey ? modified(press) : plain(press);
  if (command === null) return null;
  if (context.inField && !worksInFields(command)) return null;
  return command;
}
