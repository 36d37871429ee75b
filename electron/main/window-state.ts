import { readJsonOr, writeFileAtomic } from '../../training/storage/atomic-file.js';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Size and place of the main window between runs; no position means "let the OS centre it". */
export interface WindowState {
  readonly width: number;
  readonly height: number;
  readonly x?: number;
  readonly y?: number;
  readonly maximized: boolean;
}

export const MIN_WINDOW_SIZE = { width: 720, height: 520 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };

/** Sizes beyond any real screen are a corrupt file, not a preference. */
const MAX_SIDE = 100_000;

function integer(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new Error(`${what} must be an integer between ${min} and ${max}`);
  return value;
}

/** Checks a parsed file; throws on anything unexpected so the caller falls back to defaults. */
export function parseWindowState(json: unknown): WindowState {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error('window state must be an object');
  const s = json as Record<string, unknown>;
  const state = {
    width: integer(s.width, 'width', MIN_WINDOW_SIZE.width, MAX_SIDE),
    height: integer(s.height, 'height', MIN_WINDOW_SIZE.height, MAX_SIDE),
    maximized: s.maximized === true,
  };
  if (s.x === undefined && s.y === undefined) return state;
  return {
    ...state,
    x: integer(s.x, 'x', -MAX_SIDE, MAX_SIDE),
    y: integer(s.y, 'y', -MAX_SIDE, MAX_SIDE),
  };
}

/** How much of the window must show on one display to count as reachable (title bar and a bit). */
const VISIBLE = { width: 100, height: 50 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Fits a remembered state to the displays present now: a window left on a monitor that has
 * since been unplugged would open out of reach, so its position is dropped, and a size larger
 * than the biggest work area is shrunk to it.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxWidth = Math.max(...workAreas.map((a) => a.width));
  const maxHeight = Math.max(...workAreas.map((a) => a.height));
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(state.width, maxWidth));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(state.height, maxHeight));
  const sized: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return sized;
  const rect = { x: state.x, y: state.y, width, height };
  const reachable = workAreas.some((area) => {
    const o = overlap(rect, area);
    return (
      o.width >= Math.min(VISIBLE.width, width) && o.height >= Math.min(VISIBLE.height, height)
    );
  });
  return reachable ? { ...sized, x: state.x, y: state.y } : sized;
}

export function loadWindowState(
  file: string,
  onInvalid?: (message: string) => void,
): Promise<WindowState> {
  return readJsonOr(file, parseWindowState, DEFAULT_WINDOW_STATE, onInvalid);
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
}
