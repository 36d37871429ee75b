import { describe, expect, it } from 'vitest';
import { RecognitionInputError } from '../input-error.js';
import { boundStrokes, boxToInput, checkStrokeCounts } from './bound-strokes.js';
import { strokeBox } from './stroke-geometry.js';
import { STROKE_LIMITS, WORKING_EXTENT } from './stroke-limits.js';
import { composeFormula, FORALL_P_IMPLIES_Q } from './templates.js';

const formula = (): number[][][] => composeFormula(FORALL_P_IMPLIES_Q, { seed: 5 }).strokes;
const mapped = (strokes: number[][][], f: (v: number) => number): number[][][] =>
  strokes.map((s) => s.map(([x, y]) => [f(x), f(y)]));
const close = (a: number, b: number, relative = 1e-9): boolean =>
  Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b));

describe('boundStrokes', () => {
  it('reads a drawing in range in its own coordinates, as a copy', () => {
    const strokes = formula();
    const bounded = boundStrokes(strokes);
    expect(bounded.frame).toBeNull();
    expect(bounded.strokes).toEqual(strokes);
    expect(bounded.strokes[0]).not.toBe(strokes[0]);
    expect(boundStrokes([]).strokes).toEqual([]);
    expect(boundStrokes([[], []]).strokes).toEqual([[], []]);
  });

  for (const [what, f] of [
    ['scaled by 1e300', (v: number) => v * 1e300],
    ['scaled by 1e-300', (v: number) => v * 1e-300],
    ['spread over ±1e308', (v: number) => (v / 400 - 1) * 1e308],
    ['moved by -1e9', (v: number) => v - 1e9],
  ] as const) {
    it(`brings a drawing ${what} into the working extent, shape and boxes kept`, () => {
      const original = formula();
      const input = mapped(original, f);
      const { strokes, frame } = boundStrokes(input);
      expect(frame).not.toBeNull();
      const all = strokeBox(strokes.flat());
      expect(all.x).toBe(0);
      expect(all.y).toBe(0);
      expect(Math.max(all.width, all.height)).toBeCloseTo(WORKING_EXTENT, 6);
      // Uniform: the working drawing is the original one up to a move and one scale.
      const own = strokeBox(original.flat());
      const scale = WORKING_EXTENT / Math.max(own.width, own.height);
      strokes.forEach((s, i) =>
        s.forEach(([x, y], j) => {
          expect(x).toBeCloseTo((original[i][j][0] - own.x) * scale, 4);
          expect(y).toBeCloseTo((original[i][j][1] - own.y) * scale, 4);
        }),
      );
      // Each stroke's box, taken back, is its box in the input.
      strokes.forEach((s, i) => {
        const back = boxToInput(strokeBox(s), frame);
        const want = strokeBox(input[i]);
        expect(close(back.x, want.x, 1e-6)).toBe(true);
        expect(close(back.y, want.y, 1e-6)).toBe(true);
        expect(close(back.width, want.width, 1e-6)).toBe(true);
        expect(close(back.height, want.height, 1e-6)).toBe(true);
      });
    });
  }

  it('keeps every measure finite when the extent itself is beyond the largest number', () => {
    const input = [
      [
        [-1e308, -1e308],
        [1e308, 1e308],
      ],
      [[0, 5e307]],
    ];
    const { strokes, frame } = boundStrokes(input);
    expect(strokes.flat(2).every((v) => Number.isFinite(v) && v >= 0 && v <= WORKING_EXTENT)).toBe(
      true,
    );
    expect(strokes[1][0][0]).toBeCloseTo(WORKING_EXTENT / 2, 9);
    const back = boxToInput(strokeBox(strokes[0]), frame);
    expect(close(back.x, -1e308)).toBe(true);
    expect(back.width).toBe(Number.MAX_VALUE);
    expect(Object.values(back).every(Number.isFinite)).toBe(true);
    const dot = boxToInput(strokeBox(strokes[1]), frame);
    expect(close(dot.y, 5e307, 1e-9)).toBe(true);
  });

  it('moves a drawing of one point, however repeated, without scaling it', () => {
    const input = [Array.from({ length: 50 }, () => [1e308, -1e308]), [[1e308, -1e308]]];
    const { strokes, frame } = boundStrokes(input);
    expect(strokes.flat()).toEqual(Array.from({ length: 51 }, () => [0, 0]));
    expect(boxToInput({ x: 0, y: 0, width: 0, height: 0 }, frame)).toEqual({
      x: 1e308,
      y: -1e308,
      width: 0,
      height: 0,
    });
    expect(boundStrokes([[[3, 4]], [[3, 4]]]).frame).toBeNull();
  });

  it('does not change what it is given', () => {
    const input = mapped(formula(), (v) => v * 1e300);
    const before = JSON.stringify(input);
    boundStrokes(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('refuses numbers that are not finite, naming the stroke and point', () => {
    expect(() =>
      boundStrokes([
        [[0, 0]],
        [
          [1, 1],
          [Number.NaN, 2],
        ],
      ]),
    ).toThrow(/stroke 1, point 1 is not a pair of finite numbers/);
    expect(() => boundStrokes([[[Infinity, 0]]])).toThrow(RecognitionInputError);
  });
});

describe('checkStrokeCounts', () => {
  const points = (n: number) => Array.from({ length: n }, (_, i) => [i, i]);

  it('accepts drawings up to every limit', () => {
    const { maxStrokes, maxPointsPerStroke, maxTotalPoints } = STROKE_LIMITS;
    expect(() => checkStrokeCounts(Array.from({ length: maxStrokes }, () => []))).not.toThrow();
    expect(() => checkStrokeCounts([points(maxPointsPerStroke)])).not.toThrow();
    const full = Array.from({ length: maxTotalPoints / maxPointsPerStroke }, () =>
      points(maxPointsPerStroke),
    );
    expect(() => checkStrokeCounts(full)).not.toThrow();
  });

  it('refuses more, saying how much there is and how much is allowed', () => {
    const { maxStrokes, maxPointsPerStroke, maxTotalPoints } = STROKE_LIMITS;
    expect(() => checkStrokeCounts(Array.from({ length: maxStrokes + 1 }, () => []))).toThrow(
      /too many strokes \(2,001; at most 2,000\)/,
    );
    expect(() => checkStrokeCounts([[], points(maxPointsPerStroke + 1)])).toThrow(
      /stroke 1 has too many points \(20,001; at most 20,000\)/,
    );
    const over = Array.from({ length: maxTotalPoints / maxPointsPerStroke + 1 }, () =>
      points(maxPointsPerStroke),
    );
    expect(() => checkStrokeCounts(over)).toThrow(/too many points \(220,000; at most 200,000/);
    expect(() => checkStrokeCounts(over)).toThrow(RecognitionInputError);
  });
});
