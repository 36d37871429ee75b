/**
 * The menu's Undo and Redo act on the drawing, unless a text field has focus: then they are
 * the field's own (electron/main/menu-template.ts leaves that to the page). Returns whether
 * the focused field took the command.
 */
export function passToTextField(
  command: 'undo' | 'redo',
  isTextField: (el: Element | null) => boolean,
): boolean {
  const focused = document.activeElement;
  if (!isTextField(focused)) return false;
  if (typeof document.execCommand === 'function') document.execCommand(command);
  return true;
}
