import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { rasteriseStrokes } from './imaging/rasterise-strokes.js';
import {
  parseStrokes,
  recognizeImage,
  recognizeStrokes,
  RecognitionInputError,
} from './recognize.js';
import { describeWithShippedModel, hasShippedModel } from './shipped-model-test-support.js';
import { composeFormula, FORALL_P_IMPLIES_Q } from './strokes/templates.js';

if (!hasShippedModel)
  console.warn('models/default is missing: skipping end-to-end recognition tests');

const FORMULA = FORALL_P_IMPLIES_Q;

async function png(width: number, height: number, fill: number): Promise<Uint8Array> {
  return sharp({
    create: { width, height, channels: 3, background: { r: fill, g: fill, b: fill } },
  })
    .png()
    .toBuffer();
}

describe('parseStrokes', () => {
  it('accepts [[[x, y], …], …] and says where anything else is wrong', () => {
    expect(
      parseStrokes([
        [
          [0, 1],
          [2, 3],
        ],
        [],
      ]),
    ).toEqual([
      [
        [0, 1],
        [2, 3],
      ],
      [],
    ]);
    expect(() => parseStrokes({})).toThrow(RecognitionInputError);
    expect(() => parseStrokes([[[0, 1]], 5])).toThrow(/stroke 1 is not an array/);
    expect(() => parseStrokes([[[0, 'a']]])).toThrow(/stroke 0, point 0/);
    expect(() => parseStrokes([[[0, Number.NaN]]])).toThrow(/finite/);
  });
});

describeWithShippedModel('end to end with the shipped model', () => {
  it('reads a formula drawn with strokes as well-formed text with its exports', async () => {
    const drawing = composeFormula(FORMULA, { seed: 7, height: 80 });
    const { lines } = await recognizeStrokes(
      drawing.strokes.map((s) => s.map(([x, y]) => [x, y] as const)),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0].symbols).toHaveLength(FORMULA.length);
    expect(lines[0].text).toBe('∀x(P(x)→Q(x))');
    expect(lines[0].wellFormed).toBe(true);
    expect(lines[0].exports?.latex).toMatch(/\\forall x/);
    for (const s of lines[0].symbols) {
      expect(s.alternatives[0].probability).toBeGreaterThanOrEqual(
        s.alternatives[1]?.probability ?? 0,
      );
      expect(s.box.width).toBeGreaterThan(0);
    }
  });

  it('reads the same formula from a picture of it', async () => {
    const drawing = composeFormula(FORMULA, { seed: 7, height: 80 });
    const ink = rasteriseStrokes(drawing.strokes, { width: 5, margin: 30, size: 1200 });
    const bytes = await sharp(Buffer.from(ink.data.map((v) => 255 - v)), {
      raw: { width: ink.width, height: ink.height, channels: 1 },
    })
      .png()
      .toBuffer();
    const result = await recognizeImage(bytes);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0].text).toBe('∀x(P(x)→Q(x))');
    expect(result.width).toBe(ink.width);
  });

  it('gives empty results for blank and all-black pictures and no drawing', async () => {
    expect((await recognizeImage(await png(300, 200, 255))).lines).toEqual([]);
    expect((await recognizeImage(await png(300, 200, 0))).lines).toEqual([]);
    expect((await recognizeStrokes([])).lines).toEqual([]);
    expect((await recognizeStrokes([[], []])).lines).toEqual([]);
  });

  it('refuses unreadable files with a clear error', async () => {
    await expect(recognizeImage(new Uint8Array(0))).rejects.toThrow(/empty/);
    await expect(
      recognizeImage(new TextEncoder().encode('%PDF-1.4 …'), { name: 'a.png' }),
    ).rejects.toThrow('“a.png” is a PDF file');
    const truncated = (await png(300, 200, 128)).subarray(0, 60);
    await expect(recognizeImage(truncated, { name: 'b.png' })).rejects.toThrow(
      '“b.png” is damaged or cut short',
    );
  });
});
