import { describe, expect, it } from 'vitest';
import { layoutDrawing } from './join-model.js';
import { lineCandidates, makeStrokeCandidates, MAX_LINE_CANDIDATES } from './stroke-candidates.js';
import { composeFormula, FORALL_P_IMPLIES_Q } from './templates.js';

describe('lineCandidates', () => {
  it('leaves the candidates of handwriting as they are', () => {
    const { layout } = layoutDrawing(composeFormula(FORALL_P_IMPLIES_Q, { seed: 2 }).strokes);
    expect(lineCandidates(layout)).toEqual(makeStrokeCandidates(layout));
  });

  it('holds strokes piled on one spot to the limit, every stroke still a candidate', () => {
    const piled = Array.from({ length: 300 }, (_, i) => [
      [5 + (i % 7), 5 + (i % 3)],
      [10, 12 + (i % 5)],
    ]);
    const { layout } = layoutDrawing(piled);
    expect(makeStrokeCandidates(layout).length).toBeGreaterThan(MAX_LINE_CANDIDATES);
    const held = lineCandidates(layout);
    expect(held.length).toBeLessThanOrEqual(MAX_LINE_CANDIDATES);
    const singles = held.filter((c) => c.members.length === 1).map((c) => c.members[0]);
    expect(singles).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it('keeps only single strokes when even runs of two are too many', () => {
    const piled = Array.from({ length: MAX_LINE_CANDIDATES + 5 }, () => [[1, 1]]);
    const held = lineCandidates(layoutDrawing(piled).layout);
    expect(held.every((c) => c.members.length === 1)).toBe(true);
    expect(held).toHaveLength(MAX_LINE_CANDIDATES + 5);
  });
});

describe('makeStrokeCandidates and specks', () => {
  const stem = (x: number): number[][] => [
    [x, 20],
    [x, 60],
  ];
  const speck = (x: number, y: number): number[][] => [
    [x, y],
    [x + 2, y + 2],
  ];
  const joinOf = (strokes: number[][][]) =>
    makeStrokeCandidates(layoutDrawing(strokes).layout).find((c) => c.members.length === 2)
      ?.joins ?? -Infinity;

  it('joins a dot above a stem (i) far more readily than one beside its foot (l.)', () => {
    const dotted = joinOf([stem(10), speck(9, 8)]);
    const beside = joinOf([stem(10), speck(16, 57)]);
    expect(dotted).toBeGreaterThan(beside + 2);
  });
});
