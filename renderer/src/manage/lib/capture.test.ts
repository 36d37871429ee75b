import { describe, expect, it } from 'vitest';
import type { SampleInfo } from '@services/contract';
import { strokeLattices, TEMPLATES } from '@recognition/testing';
import type { InkStroke } from '../../ink/ink-types';
import { captureGlyph, captureTotals, findSavedSample, nextPrompt, stepPrompt } from './capture';

/** A template as the pad would record it: 200 stroke units tall, dense points. */
function inkOf(name: string, scale = 200, dx = 40, dy = 30): InkStroke[] {
  return TEMPLATES[name].map((polyline, s) => ({
    id: `s${s}`,
    width: 4,
    points: polyline.map(([x, y], i) => ({
      x: dx + x * scale,
      y: dy + y * scale,
      pressure: 0.5,
      t: i,
    })),
  }));
}

describe('captureGlyph', () => {
  it('makes the very glyph the engine makes from the same strokes in the workspace', () => {
    const ink = inkOf('Q');
    const glyph = captureGlyph(ink);
    const strokes = ink.map((s) => s.points.map((p) => [p.x, p.y]));
    const lines = strokeLattices(strokes);
    expect(lines).toHaveLength(1);
    const whole = lines[0].candidates.find((c) => c.members.length === strokes.length);
    expect(glyph).toEqual(whole?.glyph);
  });

  it('is 784 bytes of centred ink whatever the size and place of the drawing', () => {
    const big = captureGlyph(inkOf('wedge', 300, 10, 10));
    const small = captureGlyph(inkOf('wedge', 60, 500, 400));
    expect(big).toHaveLength(784);
    expect(small).toHaveLength(784);
    // Normalised: the same shape gives nearly the same glyph.
    const diff = big!.reduce((sum, v, i) => sum + Math.abs(v - small![i]), 0) / 784;
    expect(diff).toBeLessThan(12);
    const border = [...big!.subarray(0, 28), ...big!.subarray(27 * 28)];
    expect(border.every((v) => v === 0)).toBe(true);
  });

  it('draws every stroke of a multi-stroke symbol', () => {
    const both = captureGlyph(inkOf('forall'))!;
    const first = captureGlyph(inkOf('forall').slice(0, 1))!;
    const inked = (g: Uint8Array) => g.filter((v) => v > 0).length;
    expect(inked(both)).toBeGreaterThan(inked(first));
  });

  it('is null without ink', () => {
    expect(captureGlyph([])).toBeNull();
    expect(captureGlyph([{ id: 'a', width: 4, points: [] }])).toBeNull();
  });
});

describe('prompting', () => {
  const labels = ['forall', 'wedge', 'vee'];

  it('goes round to the next symbol short of its target', () => {
    expect(nextPrompt(labels, { forall: 3, wedge: 1, vee: 0 }, 3, 0)).toBe(1);
    expect(nextPrompt(labels, { forall: 3, wedge: 3, vee: 0 }, 3, 0)).toBe(2);
    expect(nextPrompt(labels, { forall: 0, wedge: 3, vee: 3 }, 3, 1)).toBe(0);
    // The current symbol comes again when it is the only one left.
    expect(nextPrompt(labels, { forall: 3, wedge: 1, vee: 3 }, 3, 1)).toBe(1);
    expect(nextPrompt(labels, { forall: 3, wedge: 3, vee: 4 }, 3, 1)).toBeNull();
  });

  it('steps through the list both ways', () => {
    expect(stepPrompt(3, 2, 1)).toBe(0);
    expect(stepPrompt(3, 0, -1)).toBe(2);
    expect(stepPrompt(0, 0, 1)).toBe(0);
  });

  it('counts samples towards the targets only', () => {
    expect(captureTotals(labels, { forall: 5, wedge: 2 }, 3)).toEqual({
      done: 5,
      wanted: 9,
      complete: 1,
    });
  });
});

describe('findSavedSample', () => {
  const sample = (
    id: string,
    glyph: number,
    createdAt: string,
    source = 'capture',
  ): SampleInfo => ({
    id,
    label: 'wedge',
    source,
    createdAt,
    glyph: new Uint8Array(784).fill(glyph),
  });

  it('finds the sample by its glyph', () => {
    const samples = [
      sample('a', 1, '2026-11-28T12:00:05.000Z'),
      sample('b', 2, '2026-11-28T12:00:01.000Z'),
    ];
    expect(findSavedSample(samples, new Uint8Array(784).fill(2))?.id).toBe('b');
  });

  it('takes the newest capture when no glyph matches, never a correction', () => {
    const samples = [
      sample('a', 1, '2026-11-28T12:00:05.000Z'),
      sample('b', 2, '2026-11-28T12:00:09.000Z'),
      sample('c', 3, '2026-11-28T12:00:30.000Z', 'correction'),
    ];
    expect(findSavedSample(samples, new Uint8Array(784).fill(9))?.id).toBe('b');
    expect(findSavedSample([], new Uint8Array(784))).toBeNull();
  });
});
