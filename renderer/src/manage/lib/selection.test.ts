import { describe, expect, it } from 'vitest';
import { clickSelection, EMPTY_SELECTION, type GridSelection } from './selection';

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const between = (from: number, to: number) => ids.slice(from, to + 1);
const plain = { shift: false, toggle: false };
const click = (s: GridSelection, i: number, mods = plain) =>
  clickSelection(s, i, ids[i], mods, between);
const selected = (s: GridSelection) => [...s.ids].sort();

describe('clickSelection', () => {
  it('selects one on a plain click, and none when clicking the only selected one again', () => {
    const one = click(EMPTY_SELECTION, 2);
    expect(selected(one)).toEqual(['c']);
    expect(selected(click(one, 4))).toEqual(['e']);
    expect(selected(click(one, 2))).toEqual([]);
  });

  it('toggles with Ctrl/Cmd', () => {
    let s = click(EMPTY_SELECTION, 1);
    s = click(s, 3, { shift: false, toggle: true });
    expect(selected(s)).toEqual(['b', 'd']);
    s = click(s, 1, { shift: false, toggle: true });
    expect(selected(s)).toEqual(['d']);
  });

  it('selects the range from the anchor with Shift, adding it with Ctrl+Shift', () => {
    let s = click(EMPTY_SELECTION, 0);
    s = click(s, 4, { shift: false, toggle: true });
    expect(selected(click(s, 2, { shift: true, toggle: false }))).toEqual(['c', 'd', 'e']);
    expect(selected(click(s, 2, { shift: true, toggle: true }))).toEqual(['a', 'c', 'd', 'e']);
    // Shift without an anchor is a plain click.
    expect(selected(click(EMPTY_SELECTION, 3, { shift: true, toggle: false }))).toEqual(['d']);
  });
});
