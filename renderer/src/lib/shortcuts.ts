import type { MenuCommand } from '@services/contract';

/** What a key press can ask for: a menu command, or a tool (single keys, no menu item). */
export type ShortcutCommand = MenuCommand | 'tool-pen' | 'tool-eraser';

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

/** Commands that mean nothing to a text field, so they work even while typing. */
const GLOBAL: ReadonlySet<ShortcutCommand> = new Set<ShortcutCommand>(['open-image', 'save-text']);

function modified(press: KeyPress): ShortcutCommand | null {
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !press.shiftKey) return 'redo';
  if (key === 'o' && !press.shiftKey) return 'open-image';
  if (key === 's' && !press.shiftKey) return 'save-text';
  if (key === '=' || key === '+') return 'zoom-in';
  if (key === '-' || key === '_') return 'zoom-out';
  if (key === '0') return 'zoom-reset';
  return null;
}

function plain(press: KeyPress): ShortcutCommand | null {
  if (press.shiftKey) return null;
  const key = press.key.toLowerCase();
  if (key === 'p') return 'tool-pen';
  if (key === 'e') return 'tool-eraser';
  return null;
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
  if (context.inField && !GLOBAL.has(command)) return null;
  return command;
}
