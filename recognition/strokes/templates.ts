/**
 * Hand-made stroke templates of a few symbols, and formulas composed from them with jitter: test
 * material for stroke grouping whose true grouping is known. Coordinates are in symbol heights,
 * y down, the baseline at y = 1.
 */
import { mulberry32 } from '../imaging/random.js';
import { symbolNamesOf } from '../symbols.js';
import { resampleStroke } from './stroke-geometry.js';

type Polyline = readonly (readonly [number, number])[];

const arc = (cx: number, cy: number, rx: number, ry: number, from: number, to: number): Polyline =>
  Array.from({ length: 17 }, (_, i) => {
    const t = from + ((to - from) * i) / 16;
    return [cx + rx * Math.cos(t), cy + ry * Math.sin(t)] as const;
  });

/** Each symbol's strokes in the order people usually write them. */
export const TEMPLATES: Readonly<Record<string, readonly Polyline[]>> = {
  forall: [
    [
      [0, 0],
      [0.35, 1],
      [0.7, 0],
    ],
    [
      [0.12, 0.45],
      [0.58, 0.45],
    ],
  ],
  exists: [
    [
      [0, 0],
      [0.6, 0],
      [0.6, 1],
      [0, 1],
    ],
    [
      [0.05, 0.5],
      [0.6, 0.5],
    ],
  ],
  x: [
    [
      [0, 0.4],
      [0.5, 1],
    ],
    [
      [0.5, 0.4],
      [0, 1],
    ],
  ],
  P: [
    [
      [0, 1],
      [0, 0],
    ],
    [[0, 0], ...arc(0.05, 0.25, 0.4, 0.25, -Math.PI / 2, Math.PI / 2), [0, 0.5]],
  ],
  Q: [
    arc(0.4, 0.5, 0.4, 0.5, -Math.PI / 2, (3 * Math.PI) / 2),
    [
      [0.45, 0.75],
      [0.85, 1.05],
    ],
  ],
  lparen: [arc(0.35, 0.5, 0.35, 0.6, (2 * Math.PI) / 3, (4 * Math.PI) / 3)],
  rparen: [arc(-0.15, 0.5, 0.35, 0.6, Math.PI / 3, -Math.PI / 3)],
  rightarrow: [
    [
      [0, 0.6],
      [0.9, 0.6],
    ],
    [
      [0.7, 0.45],
      [0.9, 0.6],
      [0.7, 0.75],
    ],
  ],
  eq: [
    [
      [0, 0.5],
      [0.6, 0.5],
    ],
    [
      [0, 0.75],
      [0.6, 0.75],
    ],
  ],
  neg: [
    [
      [0, 0.55],
      [0.6, 0.55],
      [0.6, 0.8],
    ],
  ],
  wedge: [
    [
      [0, 1],
      [0.3, 0.4],
      [0.6, 1],
    ],
  ],
  i: [
    [
      [0.05, 0.45],
      [0.05, 1],
    ],
    [
      [0.05, 0.2],
      [0.06, 0.21],
    ],
  ],
  comma: [
    [
      [0.05, 0.9],
      [0.05, 1],
      [0, 1.15],
    ],
  ],
  vee: [
    [
      [0, 0.4],
      [0.3, 1],
      [0.6, 0.4],
    ],
  ],
  leftrightarrow: [
    [
      [0, 0.6],
      [1, 0.6],
    ],
    [
      [0.2, 0.45],
      [0, 0.6],
      [0.2, 0.75],
    ],
    [
      [0.8, 0.45],
      [1, 0.6],
      [0.8, 0.75],
    ],
  ],
  Rightarrow: [
    [
      [0, 0.5],
      [0.85, 0.5],
    ],
    [
      [0, 0.7],
      [0.85, 0.7],
    ],
    [
      [0.7, 0.35],
      [0.95, 0.6],
      [0.7, 0.85],
    ],
  ],
  Leftrightarrow: [
    [
      [0.1, 0.5],
      [0.9, 0.5],
    ],
    [
      [0.1, 0.7],
      [0.9, 0.7],
    ],
    [
      [0.25, 0.35],
      [0, 0.6],
      [0.25, 0.85],
    ],
    [
      [0.75, 0.35],
      [1, 0.6],
      [0.75, 0.85],
    ],
  ],
  lt: [
    [
      [0.5, 0.45],
      [0, 0.7],
      [0.5, 0.95],
    ],
  ],
  plus: [
    [
      [0, 0.7],
      [0.5, 0.7],
    ],
    [
      [0.25, 0.45],
      [0.25, 0.95],
    ],
  ],
  '1': [
    [
      [0.05, 0.15],
      [0.2, 0],
      [0.2, 1],
    ],
  ],
  supset: [[[0, 0.4], ...arc(0.3, 0.7, 0.3, 0.3, -Math.PI / 2, Math.PI / 2), [0, 1]]],
  vdash: [
    [
      [0, 0.2],
      [0, 1],
    ],
    [
      [0, 0.6],
      [0.55, 0.6],
    ],
  ],
  top: [
    [
      [0, 0.1],
      [0.7, 0.1],
    ],
    [
      [0.35, 0.1],
      [0.35, 1],
    ],
  ],
  bot: [
    [
      [0.35, 0.1],
      [0.35, 1],
    ],
    [
      [0, 1],
      [0.7, 1],
    ],
  ],
};

/**
 * A template drawn by a hand that is never quite the same: turned, slanted and stretched a
 * little, every stroke displaced and every point shaken. For training material where no
 * writer's strokes of the symbol exist (its class images come from elsewhere).
 */
export function jitteredTemplate(name: string, rng: () => number): number[][][] {
  const template = TEMPLATES[name];
  if (!template) throw new Error(`no stroke template for ${name}`);
  const noise = (scale: number) => (rng() * 2 - 1) * scale;
  const angle = noise(0.14);
  const shear = noise(0.15);
  const sx = 1 + noise(0.12);
  const sy = 1 + noise(0.12);
  return template.map((line) => {
    const dx = noise(0.04);
    const dy = noise(0.04);
    return resampleStroke(
      line.map(([x, y]) => {
        const u = (x + shear * y) * sx;
        const v = y * sy;
        return [
          100 * (u * Math.cos(angle) - v * Math.sin(angle) + dx + noise(0.01)),
          100 * (u * Math.sin(angle) + v * Math.cos(angle) + dy + noise(0.01)),
        ];
      }),
      3,
    );
  });
}

/** ∀x(P(x)→Q(x)) as template names: the formula the tests draw. */
export const FORALL_P_IMPLIES_Q: readonly string[] = symbolNamesOf('∀x(P(x)→Q(x))');

export interface ComposedFormula {
  readonly strokes: number[][][];
  /** The true grouping: stroke indices of each symbol, in the order of `symbols`. */
  readonly groups: number[][];
}

export interface ComposeOptions {
  readonly seed?: number;
  /** Symbol height in output units (canvas pixels, say). */
  readonly height?: number;
  /** Random displacement of whole strokes, in symbol heights. */
  readonly jitter?: number;
  /** Where the formula starts: its top-left corner. */
  readonly origin?: readonly [number, number];
  /** Symbols (indices into `symbols`) whose last stroke is written after the whole formula. */
  readonly late?: readonly number[];
}

/**
 * Writes `symbols` (template names) left to right: each symbol scaled and shifted a little at
 * random, each stroke displaced a little more, every stroke densely sampled like pen input.
 */
export function composeFormula(
  symbols: readonly string[],
  options: ComposeOptions = {},
): ComposedFormula {
  const { seed = 1, height = 60, jitter = 0.03, origin = [0, 0], late = [] } = options;
  const random = mulberry32(seed);
  const noise = (scale: number): number => (random() * 2 - 1) * scale;
  const strokes: number[][][] = [];
  const groups: number[][] = [];
  const deferred: { symbol: number; stroke: number[][] }[] = [];
  let x = origin[0];
  symbols.forEach((name, k) => {
    const template = TEMPLATES[name];
    if (!template) throw new Error(`no stroke template for ${name}`);
    const scale = height * (1 + noise(0.08));
    const dy = origin[1] + noise(0.05) * height;
    let right = 0;
    const drawn = template.map((line) => {
      const sx = noise(jitter) * height;
      const sy = noise(jitter) * height;
      return resampleStroke(
        line.map(([px, py]) => {
          right = Math.max(right, px);
          return [x + px * scale + sx, dy + py * scale + sy];
        }),
        0.03 * height,
      );
    });
    groups.push([]);
    drawn.forEach((stroke, j) => {
      if (late.includes(k) && j === drawn.length - 1 && drawn.length > 1) {
        deferred.push({ symbol: k, stroke });
      } else {
        groups[k].push(strokes.length);
        strokes.push(stroke);
      }
    });
    x += right * scale + height * (0.3 + noise(0.08));
  });
  for (const { symbol, stroke } of deferred) {
    groups[symbol].push(strokes.length);
    strokes.push(stroke);
  }
  return { strokes, groups };
}
