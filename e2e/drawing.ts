/**
 * Drawing with the mouse as a person would: the stroke templates the recognition tests use,
 * placed inside the drawing surface, each stroke a real press, drag and release.
 */
import type { Page } from 'playwright-core';
import { composeFormula, FORALL_P_IMPLIES_Q } from '../recognition/strokes/templates.js';

export const FORMULA_TEXT = '∀x(P(x)→Q(x))';

type Point = readonly [number, number];
type Stroke = readonly Point[];

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Chromium delivers at most one mouse move per frame, so each costs a frame; a real mouse
 * moved at writing speed reports points a few pixels apart, not the templates' dense samples.
 */
const MOUSE_GAP_PX = 6;

/** The same drawing as services/app-services.test.ts reads, in template units (60 per symbol). */
export function formulaStrokes(seed = 3): readonly Stroke[] {
  return composeFormula(FORALL_P_IMPLIES_Q, { seed }).strokes.map((stroke) =>
    stroke.map(([x, y]) => [x, y] as const),
  );
}

export function bounds(strokes: readonly Stroke[]): Rect {
  const xs = strokes.flatMap((stroke) => stroke.map(([x]) => x));
  const ys = strokes.flatMap((stroke) => stroke.map(([, y]) => y));
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Drops points closer than `gap` to the last one kept; the stroke's end is always kept. */
function thin(points: readonly Point[], gap: number): Point[] {
  const kept: Point[] = [];
  for (const point of points) {
    const last = kept[kept.length - 1];
    if (last === undefined || Math.hypot(point[0] - last[0], point[1] - last[1]) >= gap)
      kept.push(point);
  }
  const end = points[points.length - 1];
  if (end !== undefined && kept[kept.length - 1] !== end) kept.push(end);
  return kept;
}

/** Where the drawing can go: the part of the (scrollable) surface that is on screen. */
async function drawingArea(page: Page): Promise<Rect> {
  const surface = await page.getByTestId('ink-surface').boundingBox();
  const canvas = await page.getByRole('application', { name: 'Drawing canvas' }).boundingBox();
  if (surface === null || canvas === null) throw new Error('the drawing surface is not on screen');
  const x = Math.max(surface.x, canvas.x);
  const y = Math.max(surface.y, canvas.y);
  const right = Math.min(surface.x + surface.width, canvas.x + canvas.width);
  const bottom = Math.min(surface.y + surface.height, canvas.y + canvas.height);
  return { x, y, width: right - x, height: bottom - y };
}

export interface DrawOptions {
  /** CSS pixels; less if the formula would not fit. */
  readonly symbolHeight?: number;
  /** Near the top left, where people start writing, or centred for a picture. */
  readonly placement?: 'top-left' | 'centre';
  /**
   * The bounds (template units) to scale and place by; by default the strokes' own. Parts of
   * one drawing drawn in turns pass the whole drawing's, so that they line up.
   */
  readonly ink?: Rect;
}

/**
 * Draws `strokes` with mouse presses, scaled and placed in the visible part of the surface.
 * Returns the time of the last release, from `performance.now()` in the test process.
 */
export async function drawStrokes(
  page: Page,
  strokes: readonly Stroke[],
  { symbolHeight = 56, placement = 'top-left', ink = bounds(strokes) }: DrawOptions = {},
): Promise<number> {
  const area = await drawingArea(page);
  const margin = 48;
  const scale = Math.min(
    symbolHeight / 60,
    (area.width - 2 * margin) / ink.width,
    (area.height - 2 * margin) / ink.height,
  );
  const centred = placement === 'centre';
  const left = centred ? area.x + (area.width - ink.width * scale) / 2 : area.x + margin;
  const top = centred ? area.y + area.height * 0.3 : area.y + margin + 24;
  const toScreen = ([x, y]: Point): Point => [
    left + (x - ink.x) * scale,
    top + (y - ink.y) * scale,
  ];
  let releasedAt = 0;
  for (const stroke of strokes) {
    const [first, ...rest] = thin(stroke.map(toScreen), MOUSE_GAP_PX);
    await page.mouse.move(first[0], first[1]);
    await page.mouse.down();
    for (const [x, y] of rest) await page.mouse.move(x, y);
    await page.mouse.up();
    releasedAt = performance.now();
  }
  return releasedAt;
}
