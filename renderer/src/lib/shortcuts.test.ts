import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyContext, type KeyPress } from './shortcuts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const canvas: KeyContext = { inField: false, inDialog: false };
const field: KeyContext = { inField: true, inDialog: false };

describe('shortcutFor', () => {
  it('maps undo and both redo spellings with Ctrl or Cmd', () => {
    expect(shortcutFor(press('z', { ctrlKey: true }), canvas)).toBe('undo');
    expect(shortcutFor(press('z', { metaKey: true }), canvas)).toBe('undo');
    expect(shortcutFor(press('Z', { ctrlKey: true, shiftKey: true }), canvas)).toBe('redo');
    expect(shortcutFor(press('y', { ctrlKey: true }), canvas)).toBe('redo');
  });

  it('maps zoom, open and save', () => {
    expect(shortcutFor(press('=', { ctrlKey: true }), canvas)).toBe('zoom-in');
    expect(shortcutFor(press('+', { ctrlKey: true, shiftKey: true }), canvas)).toBe('zoom-in');
    expect(shortcutFor(press('-', { metaKey: true }), canvas)).toBe('zoom-out');
    expect(shortcutFor(press('0', { ctrlKey: true }), canvas)).toBe('zoom-reset');
    expect(shortcutFor(press('o', { ctrlKey: true }), canvas)).toBe('open-image');
    expect(shortcutFor(press('s', { metaKey: true }), canvas)).toBe('save-text');
  });

  it('maps the tool letters without modifiers only', () => {
    expect(shortcutFor(press('e'), canvas)).toBe('tool-eraser');
    expect(shortcutFor(press('P'), canvas)).toBe('tool-pen');
    expect(shortcutFor(press('e', { ctrlKey: true }), canvas)).toBeNull();
    expect(shortcutFor(press('x'), canvas)).toBeNull();
  });

  it('leaves typing to text fields, except open and save', () => {
    expect(shortcutFor(press('e'), field)).toBeNull();
    expect(shortcutFor(press('z', { ctrlKey: true }), field)).toBeNull();
    expect(shortcutFor(press('=', { ctrlKey: true }), field)).toBeNull();
    expect(shortcutFor(press('s', { ctrlKey: true }), field)).toBe('save-text');
  });

  it('does nothing inside a dialog or with Alt', () => {
    expect(
      shortcutFor(press('z', { ctrlKey: true }), { inField: false, inDialog: true }),
    ).toBeNull();
    expect(shortcutFor(press('e', { altKey: true }), canvas)).toBeNull();
  });
});
