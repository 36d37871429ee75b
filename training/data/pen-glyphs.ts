import { GLYPH_PIXELS, type GrayImage } from '../../recognition/imaging/gray-image.js';
import { normaliseGlyph } from '../../recognition/imaging/normalise.js';
import { penInk } from '../../recognition/imaging/pen-ink.js';
import { mulberry32 } from '../../recognition/imaging/random.js';
import { NOT_A_SYMBOL, SYMBOL_NAMES, VARIANT_ALIASES } from '../../recognition/symbols.js';
import type { SharedStrokeExpression } from '../../recognition/strokes/expressions-file.js';
import { layoutDrawing } from '../../recognition/strokes/join-model.js';
import {
  makeStrokeCandidates,
  renderStrokeGroup,
} from '../../recognition/strokes/stroke-candidates.js';
import { strokeBox } from '../../recognition/strokes/stroke-geometry.js';
import { median } from '../../recognition/geometry.js';

/**
 * Training glyphs made from the shared data's pen strokes (train split only), for what the
 * recogniser meets besides the shared images:
 * - every symbol drawn at its size in its expression with a round pen of a random width, as a
 *   scan or photo shows it (a comma's pen looks as wide as an E's, unlike in the CROHME images,
 *   where every symbol was scaled to 56 px first);
 * - `NOT_A_SYMBOL`: groupings the recogniser's lattice proposes that are not one symbol — a
 *   symbol's strokes without some of them, strokes of two neighbours together (drawn both ways) —
 *   and pieces of ink cut at a wrong column (a symbol, or two touching ones).
 */

export interface PenGlyphs {
  /** `labels.length` glyphs of 784 bytes. */
  readonly images: Uint8Array;
  readonly labels: readonly string[];
  readonly writers: readonly string[];
}

export interface PenGlyphOptions {
  readonly seed: number;
  /** Share of the wrong groupings kept (there are several times more of them than symbols). */
  readonly junkShare: number;
  /** Chance per symbol of also making a wrongly cut piece of it (or of it and its neighbour). */
  readonly sliceChance: number;
}

export const PEN_GLYPH_DEFAULTS: PenGlyphOptions = {
  seed: 2026,
  junkShare: 0.3,
  sliceChance: 0.15,
};

const KNOWN = new Set(SYMBOL_NAMES);
const classOf = (label: string): string | null => {
  const name = VARIANT_ALIASES[label] ?? label;
  return KNOWN.has(name) ? name : null;
};

/** Cap heights in pixels of the pictures simulated, and pen widths in cap heights. */
const CAP_PIXELS: readonly [number, number] = [18, 90];
const PEN_WIDTH: readonly [number, number] = [0.05, 0.12];
/** Where a wrong cut falls, as a share of the ink's width. */
const CUT: readonly [number, number] = [0.25, 0.75];

type Strokes = readonly (readonly (readonly number[])[])[];

/**
 * Symbols whose parts are symbols of their own (a bar of = is a −, the head of → a >, the stem of
 * ⊢ a 1) or that stay themselves when cut (a piece of − or · is still one): part of their ink is
 * not a wrong grouping, so it is never taught as `NOT_A_SYMBOL`. Context tells − from =, not shape.
 */
const PARTS_ARE_SYMBOLS: ReadonlySet<string> = new Set([
  'eq',
  'neq',
  'plus',
  'minus',
  'leq',
  'geq',
  'equiv',
  'vdash',
  'models',
  'rightarrow',
  'Rightarrow',
  'leftrightarrow',
  'Leftrightarrow',
  'dot',
  'cdot',
  'sim',
]);

/**
 * A single stroke that reads as a symbol on its own wherever it comes from: a straight bar (the
 * cross of a t, the arm of an E: a −) or a speck (the dot of an i: a .), measured in the writer's
 * symbol height.
 */
function standsAlone(strokes: Strokes, unit: number): boolean {
  if (strokes.length !== 1) return false;
  const box = strokeBox(strokes[0]);
  const bar = box.height <= 0.3 * box.width && box.width >= 0.2 * unit;
  const speck = Math.max(box.width, box.height) <= 0.2 * unit;
  return bar || speck;
}

/** Glyphs gathered one by one with their labels and writers, packed at the end. */
export class GlyphCollector {
  private readonly chunks: Uint8Array[] = [];
  readonly labels: string[] = [];
  readonly writers: string[] = [];

  /** A glyph that could not be made (null) is left out. */
  add(glyph: Uint8Array | null, label: string, writer: string): void {
    if (!glyph) return;
    this.chunks.push(glyph);
    this.labels.push(label);
    this.writers.push(writer);
  }

  result(): PenGlyphs {
    const images = new Uint8Array(this.chunks.length * GLYPH_PIXELS);
    this.chunks.forEach((g, i) => images.set(g, i * GLYPH_PIXELS));
    return { images, labels: this.labels, writers: this.writers };
  }
}

/** The expression's typical symbol height: what a cap height is to its writer. */
function expressionUnit(e: SharedStrokeExpression): number {
  const heights = e.symbols
    .filter((s) => /^[A-Za-z0-9]$/.test(s.label))
    .map((s) => {
      const boxes = s.strokes.map((k) => strokeBox(e.strokes[k]));
      const top = Math.min(...boxes.map((b) => b.y));
      return Math.max(...boxes.map((b) => b.y + b.height)) - top;
    })
    .filter((h) => h > 0);
  return heights.length ? median(heights) : 100;
}

/**
 * Ink graded as the picture segmentation grades it: the typical inked pixel at full strength, so a
 * thin pen's antialiased stroke is not a faint one.
 */
function asSegmented(ink: GrayImage): GrayImage {
  const inked = ink.data.filter((v) => v > 0);
  const full = inked.length ? median([...inked]) : 255;
  return { ...ink, data: ink.data.map((v) => Math.min(255, Math.round((255 * v) / full))) };
}

/** The ink a picture of the strokes shows, cut at `cut` (share of the width) when given. */
function pictureGlyph(
  strokes: Strokes,
  scale: number,
  penWidth: number,
  cut?: { at: number; keepLeft: boolean },
): Uint8Array | null {
  const ink = asSegmented(penInk(strokes, { scale, penWidth }));
  if (!cut) return normaliseGlyph(ink);
  const column = Math.round(ink.width * cut.at);
  const from = cut.keepLeft ? 0 : column;
  const to = cut.keepLeft ? column : ink.width;
  const width = to - from;
  if (width < 2) return null;
  const data = new Uint8Array(width * ink.height);
  for (let y = 0; y < ink.height; y++)
    data.set(ink.data.subarray(y * ink.width + from, y * ink.width + to), y * width);
  return normaliseGlyph({ width, height: ink.height, data });
}

/** Glyphs of the train split's stroke expressions; test-split expressions are never read. */
export function penGlyphs(
  expressions: readonly SharedStrokeExpression[],
  opts: PenGlyphOptions = PEN_GLYPH_DEFAULTS,
): PenGlyphs {
  const rng = mulberry32(opts.seed);
  const between = ([lo, hi]: readonly [number, number]) => lo + rng() * (hi - lo);
  const out = new GlyphCollector();
  for (const e of expressions) {
    if (e.split !== 'train') continue;
    const writer = `pen:${e.writer}`;
    const cap = between(CAP_PIXELS);
    const unit = expressionUnit(e);
    const scale = cap / unit;
    const penWidth = Math.max(1, between(PEN_WIDTH) * cap);
    const strokesOf = (indices: readonly number[]) => indices.map((k) => e.strokes[k]);
    const symbolOf = new Map<number, number>();
    e.symbols.forEach((s, i) => s.strokes.forEach((k) => symbolOf.set(k, i)));
    const ours = e.symbols.map((s) => classOf(s.label));

    ours.forEach((label, i) => {
      if (!label) return;
      const strokes = strokesOf(e.symbols[i].strokes);
      out.add(pictureGlyph(strokes, scale, penWidth), label, writer);
      if (rng() >= opts.sliceChance || PARTS_ARE_SYMBOLS.has(label)) return;
      // A wrong cut: through the symbol, or through it where its right neighbour touches it.
      const next = ours[i + 1] ? strokesOf(e.symbols[i + 1].strokes) : [];
      const at = between(CUT) * (next.length ? 0.5 : 1);
      out.add(
        pictureGlyph([...strokes, ...next], scale, penWidth, { at, keepLeft: rng() < 0.5 }),
        NOT_A_SYMBOL,
        writer,
      );
    });

    const { order, layout } = layoutDrawing(e.strokes);
    for (const candidate of makeStrokeCandidates(layout)) {
      const indices = candidate.members.map((p) => order[p]);
      const symbols = new Set(indices.map((k) => symbolOf.get(k) ?? -1));
      // Strokes of symbols outside our classes (√, ∑ …) or of no symbol teach nothing here.
      if ([...symbols].some((i) => i < 0 || !ours[i])) continue;
      const whole =
        symbols.size === 1 && e.symbols[[...symbols][0]].strokes.length === indices.length;
      if (whole || rng() >= opts.junkShare) continue;
      const strokes = strokesOf(indices);
      const partOf = symbols.size === 1 ? ours[[...symbols][0]] : null;
      if ((partOf && PARTS_ARE_SYMBOLS.has(partOf)) || standsAlone(strokes, unit)) continue;
      out.add(
        rng() < 0.5 ? renderStrokeGroup(strokes) : pictureGlyph(strokes, scale, penWidth),
        NOT_A_SYMBOL,
        writer,
      );
    }
  }
  return out.result();
}
