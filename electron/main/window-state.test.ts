import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  MIN_WINDOW_SIZE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
} from './window-state.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkform-window-state-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('window state file', () => {
  it('round-trips a saved state', async () => {
    const file = join(dir, 'window-state.json');
    const state = { width: 1000, height: 700, x: 10, y: 20, maximized: true };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
  });

  it('writes atomically: only the state file is left in the folder', async () => {
    const file = join(dir, 'window-state.json');
    await saveWindowState(file, DEFAULT_WINDOW_STATE);
    await saveWindowState(file, { ...DEFAULT_WINDOW_STATE, width: 999 });
    expect(await readdir(dir)).toEqual(['window-state.json']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ width: 999 });
  });

  it('leaves no temporary file behind when the write fails', async () => {
    const file = join(dir, 'missing-folder', 'window-state.json');
    await expect(saveWindowState(file, DEFAULT_WINDOW_STATE)).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('falls back to defaults for a missing or corrupt file, and says why', async () => {
    expect(await loadWindowState(join(dir, 'none.json'))).toEqual(DEFAULT_WINDOW_STATE);
    const corrupt: [string, string][] = [
      ['truncated.json', '{"width": 1200, "hei'],
      ['array.json', '[1, 2]'],
      ['strings.json', '{"width": "wide", "height": 700, "maximized": false}'],
      ['tiny.json', '{"width": 3, "height": 2, "maximized": false}'],
      ['huge.json', '{"width": 1e9, "height": 700, "maximized": false}'],
      ['half-placed.json', '{"width": 900, "height": 700, "x": 5, "maximized": false}'],
    ];
    for (const [name, text] of corrupt) {
      const messages: string[] = [];
      await writeFile(join(dir, name), text);
      expect(await loadWindowState(join(dir, name), (m) => messages.push(m))).toEqual(
        DEFAULT_WINDOW_STATE,
      );
      expect(messages).toHaveLength(1);
    }
  });
});

describe('parseWindowState', () => {
  it('keeps only known fields and treats anything but true as not maximised', () => {
    expect(parseWindowState({ width: 800, height: 600, maximized: 'yes', extra: 1 })).toEqual({
      width: 800,
      height: 600,
      maximized: false,
    });
  });
});

describe('fitToDisplays', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 870 };
  const right = { x: 1440, y: 0, width: 1920, height: 1050 };

  it('keeps a window that is on a display', () => {
    const state = { width: 1000, height: 700, x: 1600, y: 100, maximized: false };
    expect(fitToDisplays(state, [laptop, right])).toEqual(state);
  });

  it('drops a position that is off every display (a monitor was unplugged)', () => {
    const state = { width: 1000, height: 700, x: 2000, y: 100, maximized: true };
    expect(fitToDisplays(state, [laptop])).toEqual({ width: 1000, height: 700, maximized: true });
  });

  it('drops a position that leaves only a sliver visible', () => {
    const state = { width: 1000, height: 700, x: 1420, y: 100, maximized: false };
    expect(fitToDisplays(state, [laptop])).not.toHaveProperty('x');
  });

  it('shrinks a window larger than the largest display, never below the minimum', () => {
    const fitted = fitToDisplays({ width: 5000, height: 4000, maximized: false }, [laptop]);
    expect(fitted).toEqual({ width: 1440, height: 870, maximized: false });
    const small = { x: 0, y: 0, width: 640, height: 480 };
    expect(fitToDisplays({ width: 900, height: 700, maximized: false }, [small])).toEqual({
      ...MIN_WINDOW_SIZE,
      maximized: false,
    });
  });

  it('changes nothing when no displays are reported', () => {
    const state = { width: 900, height: 700, x: -5000, y: 0, maximized: false };
    expect(fitToDisplays(state, [])).toEqual(state);
  });
});
