/**
 * Test material for fine-tuning: an unusual handwriting style, drawn from stroke templates with
 * the jitter of real pens, rendered like the shared data's CROHME glyphs. Coordinates are in
 * symbol heights, y down.
 */
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { normaliseGlyph } from '../../recognition/imaging/normalise.js';
import { mulberry32 } from '../../recognition/imaging/random.js';
import { rasteriseStrokes } from '../../recognition/imaging/rasterise-strokes.js';
import { resampleStroke } from '../../recognition/strokes/stroke-geometry.js';
import { TEMPLATES } from '../../recognition/strokes/templates.js';
import type { GlyphDataset } from '../../training/data/dataset.js';

type Stroke = readonly (readonly [number, number])[];

const arc = (cx: number, cy: number, rx: number, ry: number, from: number, to: number): Stroke =>
  Array.from({ length: 25 }, (_, i) => {
    const t = from + ((to - from) * i) / 24;
    return [cx + rx * Math.cos(t), cy + ry * Math.sin(t)] as const;
  });

/** Five symbols as one (imaginary) writer forms them, each unlike the textbook shape. */
export const UNUSUAL_STYLE: Readonly<Record<string, readonly Stroke[]>> = {
  // ∧ like a λ: one long stroke from top left to bottom right, a short leg from its middle.
  wedge: [
    [
      [0.05, 0],
      [0.65, 1],
    ],
    [
      [0.36, 0.5],
      [0, 1],
    ],
  ],
  // ∀ as an upside-down A with a loop at the bottom instead of a crossbar, in one stroke.
  forall: [
    [
      [0, 0],
      [0.3, 0.82],
      ...arc(0.35, 0.88, 0.1, 0.1, Math.PI, 3 * Math.PI).slice(1, -1),
      [0.4, 0.82],
      [0.7, 0],
    ],
  ],
  // → as the horseshoe ⊃ of Principia Mathematica, in one stroke.
  rightarrow: [
    [
      [0, 0.2],
      [0.35, 0.2],
      ...arc(0.35, 0.5, 0.35, 0.3, -Math.PI / 2, Math.PI / 2).slice(1, -1),
      [0.35, 0.8],
      [0, 0.8],
    ],
  ],
  // = with three bars, like ≡.
  eq: [0.3, 0.5, 0.7].map((y): Stroke => [
    [0, y],
    [0.6, y],
  ]),
  // ¬ as a tilde.
  neg: [
    Array.from(
      { length: 25 },
      (_, i) => [i * 0.03, 0.6 - 0.1 * Math.sin((i / 24) * 2 * Math.PI)] as const,
    ),
  ],
};

export const STYLE_CLASSES = Object.keys(UNUSUAL_STYLE);

/** The textbook shapes of `recognition/strokes/templates.ts`, for checking nothing was forgotten. */
export const STANDARD_STYLE: Readonly<Record<string, readonly Stroke[]>> = TEMPLATES;

/**
 * One glyph of `strokes` as a pen would draw it: the whole symbol rotated, scaled and slanted a
 * little, each stroke shifted, each point wobbling, the pen of varying width.
 */
export function renderGlyph(strokes: readonly Stroke[], random: () => number): Uint8Array {
  const noise = (scale: number) => (random() * 2 - 1) * scale;
  const angle = noise(0.14);
  const [sx, sy, shear] = [1 + noise(0.1), 1 + noise(0.1), noise(0.15)];
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const drawn = strokes.map((stroke) => {
    const [dx, dy] = [noise(0.03), noise(0.03)];
    return resampleStroke(stroke, 0.03).map(([x, y]) => {
      const px = (x + shear * y) * sx + dx + noise(0.008);
      const py = y * sy + dy + noise(0.008);
      return [px * cos - py * sin, px * sin + py * cos];
    });
  });
  const image = rasteriseStrokes(drawn, { width: 3.5 + random() * 3, margin: 4, size: 64 });
  const glyph = normaliseGlyph(image);
  if (!glyph) throw new Error('a rendered glyph has no ink');
  return glyph;
}

/** `perClass` jittered glyphs of every symbol of `style`, labelled with `classes`. */
export function renderStyle(
  style: Readonly<Record<string, readonly Stroke[]>>,
  classes: readonly string[],
  perClass: number,
  seed: number,
): GlyphDataset {
  const random = mulberry32(seed);
  const names = Object.keys(style);
  const count = names.length * perClass;
  const images = new Uint8Array(count * GLYPH_PIXELS);
  const labels = new Uint16Array(count);
  names.forEach((name, c) => {
    const label = classes.indexOf(name);
    if (label < 0) throw new Error(`${name} is not one of the classes`);
    for (let k = 0; k < perClass; k++) {
      const i = c * perClass + k;
      images.set(renderGlyph(style[name], random), i * GLYPH_PIXELS);
      labels[i] = label;
    }
  });
  return { classes, images, labels, count };
}
