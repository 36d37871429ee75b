import { describe, expect, it } from 'vitest';
import { lineStroke, strokeOf } from '../ink/test-strokes';
import { fakeLine } from '../test/fake-api';
import { blankPin, drawnLines, readingOf } from './drawn-lines';
import { strokesOfLines } from './line-ink';
import { freshLine } from './page-results';
import type { TypedPin, WorkspaceDoc } from './workspace-history';

// Two lines, one under the other: ∀x(P(x)→Q(x)) at y 0–64 and ∃y(R(y)∧¬S(y)) at y 200–264.
const top = fakeLine('∀x(P(x)→Q(x))', { x: 0, y: 0 });
const bottom = fakeLine('∃y(R(y)∧¬S(y))', { x: 0, y: 200 });
const a = lineStroke('a', [10, 10], [30, 50]);
const b = lineStroke('b', [10, 210], [30, 250]);
const c = lineStroke('c', [300, 210], [320, 250]);

describe('strokesOfLines', () => {
  it('gives each stroke to the line holding most of its points', () => {
    const across = strokeOf('across', [
      [10, 60],
      [10, 210],
      [12, 220],
    ]);
    expect(strokesOfLines([top, bottom], [a, b, across])).toEqual([['a'], ['b', 'across']]);
  });

  it('gives a stroke outside every line to the nearest one, and none to a page of no lines', () => {
    const speck = strokeOf('speck', [[20, 180]]);
    expect(strokesOfLines([top, bottom], [speck])).toEqual([[], ['speck']]);
    expect(strokesOfLines([], [a])).toEqual([]);
  });
});

const doc = (over: Partial<WorkspaceDoc> = {}): WorkspaceDoc => ({
  strokes: [a, b],
  pins: [],
  relabels: [],
  ...over,
});

describe('drawnLines', () => {
  it('puts typed text back on its line when a line above it is added', () => {
    const pin: TypedPin = { strokeIds: ['b'], text: '∃y(R(y)∧S(y))' };
    const ink = doc({ pins: [pin] });
    const before = drawnLines(readingOf([bottom], [b]), { ...ink, strokes: [b] });
    expect(before[0].pin).toBe(pin);
    const after = drawnLines(readingOf([top, bottom], ink.strokes), ink);
    expect(after.map((l) => l.pin)).toEqual([null, pin]);
    expect(after[1].inkChanged).toBe(false);
  });

  it('asks when the typed line’s ink changed and reads otherwise, not while they agree', () => {
    const strokes = [a, b, c];
    const moved = fakeLine('∃y(R(y)∧¬S(y))∧P', { x: 0, y: 200 });
    const pin: TypedPin = { strokeIds: ['b'], text: '∃y(R(y)∧S(y))' };
    const lines = drawnLines(readingOf([top, moved], strokes), doc({ strokes, pins: [pin] }));
    expect(lines[1].pin).toBe(pin);
    expect(lines[1].strokeIds).toEqual(['b', 'c']);
    expect(lines[1].inkChanged).toBe(true);

    const agreeing: TypedPin = { ...pin, text: moved.text };
    const agreed = drawnLines(readingOf([top, moved], strokes), doc({ strokes, pins: [agreeing] }));
    expect(agreed[1].inkChanged).toBe(false);
  });

  it('does not ask while the reading is of older ink than the page has', () => {
    const pin: TypedPin = { strokeIds: ['b'], text: 'typed' };
    const reading = readingOf([top, bottom], [a, b, c]);
    // Undo took stroke c away; its reading has not come back yet.
    const lines = drawnLines(reading, doc({ strokes: [a, b], pins: [pin] }));
    expect(lines[1].inkChanged).toBe(false);
  });

  it('gives text typed on a blank page to the first line once there is ink, and asks', () => {
    const pin: TypedPin = { strokeIds: [], text: 'P(x)' };
    expect(blankPin(doc({ pins: [pin] }))).toBe(pin);
    const strokes = [a];
    const lines = drawnLines(readingOf([top], strokes), doc({ strokes, pins: [pin] }));
    expect(lines[0].pin).toBe(pin);
    expect(lines[0].inkChanged).toBe(true);
  });

  it('keeps a relabel while its line’s symbols are where they were', () => {
    const relabelled = { ...freshLine(top), forced: ['exists', ...Array<null>(12).fill(null)] };
    const relabel = { strokeIds: ['a'], state: relabelled };
    const kept = drawnLines(readingOf([top, bottom], [a, b]), doc({ relabels: [relabel] }));
    expect(kept[0].state).toBe(relabelled);
    expect(kept[1].state.forced.every((f) => f === null)).toBe(true);

    const rewritten = fakeLine('∀x(P(x)→Q(x))', { x: 5, y: 0 });
    const dropped = drawnLines(readingOf([rewritten], [a]), doc({ relabels: [relabel] }));
    expect(dropped[0].state.recognized).toBe(rewritten);
    expect(dropped[0].state.forced.every((f) => f === null)).toBe(true);
  });
});
