/**
 * Multi-selection in the sample grid, as file managers do it: click selects one, Ctrl/Cmd-click
 * toggles one, Shift-click selects the range from the last plain or toggling click.
 */

export interface GridSelection {
  readonly ids: ReadonlySet<string>;
  /** Index of the click a Shift-click extends from. */
  readonly anchor: number | null;
}

export const EMPTY_SELECTION: GridSelection = { ids: new Set(), anchor: null };

export interface ClickModifiers {
  readonly shift: boolean;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  readonly toggle: boolean;
}

/**
 * The selection after clicking cell `index` (sample `id`). `idsBetween(a, b)` lists the ids of
 * cells a…b inclusive that are loaded; a range over cells not loaded yet selects what is known.
 */
export function clickSelection(
  selection: GridSelection,
  index: number,
  id: string,
  modifiers: ClickModifiers,
  idsBetween: (from: number, to: number) => readonly string[],
): GridSelection {
  if (modifiers.shift && selection.anchor !== null) {
    const from = Math.min(selection.anchor, index);
    const to = Math.max(selection.anchor, index);
    const ids = new Set(modifiers.toggle ? selection.ids : []);
    for (const rangeId of idsBetween(from, to)) ids.add(rangeId);
    return { ids, anchor: selection.anchor };
  }
  if (modifiers.toggle) {
    const ids = new Set(selection.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: index };
  }
  const only = selection.ids.size === 1 && selection.ids.has(id);
  return { ids: only ? new Set() : new Set([id]), anchor: index };
}
