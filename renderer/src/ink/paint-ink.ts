import type { InkPoint, InkStroke } from './ink-types';
import { pressureWidth } from './pressure';
import { groupByWidth, strokeShape, type QuadSegment, type StrokeShape } from './smoothing';

/** What one frame shows. */
export interface InkScene {
  readonly strokes: readonly InkStroke[];
  /** Strokes the eraser has touched in the drag under way; they go when it lifts. */
  readonly pendingErase: ReadonlySet<string>;
  readonly live: { readonly points: readonly InkPoint[]; readonly width: number } | null;
  readonly eraser: { readonly x: number; readonly y: number; readonly radius: number } | null;
}

/** Where the canvas sits on the page and how it maps to device pixels. */
export interface InkViewport {
  /** The canvas's top-left relative to the page's, in CSS pixels. */
  readonly offsetX: number;
  readonly offsetY: number;
  /** The canvas's size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
  readonly dpr: number;
}

/** The subset of the 2D context that painting uses, so it can be exercised without a canvas. */
export type InkContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'quadraticCurveTo'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'lineCap'
  | 'lineJoin'
  | 'lineWidth'
  | 'strokeStyle'
  | 'fillStyle'
  | 'globalAlpha'
>;

type PathSink = Pick<CanvasRenderingContext2D, 'moveTo' | 'quadraticCurveTo'>;

const WIDTH_STEP = 0.25;
const PENDING_ALPHA = 0.25;

interface Bounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

interface Prepared {
  readonly shape: StrokeShape | null;
  readonly bounds: Bounds;
  /** Built on first paint where Path2D exists; strokes never change, so neither do these. */
  paths?: readonly { readonly width: number; readonly path: Path2D }[];
}

const prepared = new WeakMap<InkStroke, Prepared>();

function boundsOf(stroke: InkStroke): Bounds {
  const reach = pressureWidth(stroke.width, 1) / 2;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const point of stroke.points) {
    minX = Math.min(minX, point.x);
    minY = Math.min(minY, point.y);
    maxX = Math.max(maxX, point.x);
    maxY = Math.max(maxY, point.y);
  }
  return { minX: minX - reach, minY: minY - reach, maxX: maxX + reach, maxY: maxY + reach };
}

function prepare(stroke: InkStroke): Prepared {
  let entry = prepared.get(stroke);
  if (entry === undefined) {
    entry = { shape: strokeShape(stroke.points, stroke.width), bounds: boundsOf(stroke) };
    prepared.set(stroke, entry);
  }
  return entry;
}

function trace(sink: PathSink, segments: readonly QuadSegment[]): void {
  // Every piece is its own subpath so that its round caps close the joints between pieces.
  for (const s of segments) {
    sink.moveTo(s.x0, s.y0);
    sink.quadraticCurveTo(s.cx, s.cy, s.x1, s.y1);
  }
}

function paintShape(ctx: InkContext, shape: StrokeShape): void {
  if (shape.kind === 'dot') {
    ctx.beginPath();
    ctx.arc(shape.x, shape.y, shape.radius, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  for (const [width, segments] of groupByWidth(shape.segments, WIDTH_STEP)) {
    ctx.lineWidth = width;
    ctx.beginPath();
    trace(ctx, segments);
    ctx.stroke();
  }
}

function paintStroke(ctx: InkContext, entry: Prepared): void {
  const shape = entry.shape;
  if (shape === null) return;
  if (shape.kind === 'dot' || typeof Path2D === 'undefined') {
    paintShape(ctx, shape);
    return;
  }
  entry.paths ??= [...groupByWidth(shape.segments, WIDTH_STEP)].map(([width, segments]) => {
    const path = new Path2D();
    trace(path, segments);
    return { width, path };
  });
  for (const { width, path } of entry.paths) {
    ctx.lineWidth = width;
    ctx.stroke(path);
  }
}

function overlaps(a: Bounds, b: Bounds): boolean {
  return a.minX <= b.maxX && a.maxX >= b.minX && a.minY <= b.maxY && a.maxY >= b.minY;
}

/** Paints one frame; everything is drawn in stroke units through the context's transform. */
export function paintInk(
  ctx: InkContext,
  scene: InkScene,
  viewport: InkViewport,
  color: string,
): void {
  const { offsetX, offsetY, width, height, zoom, dpr } = viewport;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, Math.ceil(width * dpr), Math.ceil(height * dpr));
  const scale = zoom * dpr;
  ctx.setTransform(scale, 0, 0, scale, -offsetX * dpr, -offsetY * dpr);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = color;
  ctx.fillStyle = color;

  const visible: Bounds = {
    minX: offsetX / zoom,
    minY: offsetY / zoom,
    maxX: (offsetX + width) / zoom,
    maxY: (offsetY + height) / zoom,
  };
  for (const stroke of scene.strokes) {
    const entry = prepare(stroke);
    if (!overlaps(entry.bounds, visible)) continue;
    ctx.globalAlpha = scene.pendingErase.has(stroke.id) ? PENDING_ALPHA : 1;
    paintStroke(ctx, entry);
  }
  ctx.globalAlpha = 1;

  if (scene.live !== null) {
    const shape = strokeShape(scene.live.points, scene.live.width);
    if (shape !== null) paintShape(ctx, shape);
  }

  if (scene.eraser !== null) {
    ctx.globalAlpha = 0.6;
    // One CSS pixel whatever the zoom, so the outline reads as a cursor, not as ink.
    ctx.lineWidth = 1 / zoom;
    ctx.beginPath();
    ctx.arc(scene.eraser.x, scene.eraser.y, scene.eraser.radius, 0, Math.PI * 2);
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
}
