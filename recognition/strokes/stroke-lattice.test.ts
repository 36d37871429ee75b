import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSharedData, SHARED_DATA_MISSING } from '../data/shared-data.js';
import { GlyphClassifier } from '../classifier.js';
import type { Candidate } from '../formula/glyph-scoring.js';
import { GLYPH_PIXELS } from '../imaging/gray-image.js';
import { decodeLattice } from '../lattice/decode-lattice.js';
import type { CandidateLine } from '../lattice/lattice.js';
import { initTensorflow } from '../tf/backend.js';
import {
  readStrokeExpressions,
  strokeExpressionsFile,
  type SharedStrokeExpression,
} from './expressions-file.js';
import { renderStrokeGroup } from './stroke-candidates.js';
import { strokeLattices } from './stroke-lattice.js';
import { composeFormula, FORALL_P_IMPLIES_Q } from './templates.js';

const key = (groups: readonly (readonly number[])[]): string =>
  groups
    .map((g) => [...g].sort((a, b) => a - b).join('+'))
    .sort()
    .join(' ');

const glyphKey = (glyph: Uint8Array): string => Buffer.from(glyph).toString('base64');

type Classify = (glyph: Uint8Array) => Candidate[];

/** The groups of input strokes that the decoder makes of each line, with `classify`. */
function groupsOf(lines: readonly CandidateLine[], classify: Classify): number[][][] {
  return lines.map((line) => {
    const decoded = decodeLattice({
      size: line.size,
      edges: line.candidates.map((c) => ({ ...c, candidates: classify(c.glyph) })),
    });
    return decoded.edges.map((k) => line.candidates[k].members.map((p) => line.strokes![p]));
  });
}

/** Sure of the true symbols' glyphs (as a symbol with no shape rules), unsure of the rest. */
function oracle(strokes: number[][][], groups: readonly (readonly number[])[]): Classify {
  const known = new Set(groups.map((g) => glyphKey(renderStrokeGroup(g.map((i) => strokes[i])))));
  return (glyph) => [{ label: 'forall', probability: known.has(glyphKey(glyph)) ? 0.9 : 0.05 }];
}

const indifferent: Classify = () => [{ label: 'forall', probability: 0.5 }];

describe('strokeLattices', () => {
  it('is empty without strokes, and leaves empty strokes out', () => {
    expect(strokeLattices([])).toEqual([]);
    const { strokes } = composeFormula(['x']);
    const [line] = strokeLattices([[], ...strokes]);
    expect(line.strokes).toEqual([1, 2]);
    expect(line.candidates.some((c) => c.members.join() === '0,1')).toBe(true);
  });

  it('offers every symbol of a jittered ∀x(P(x)→Q(x)) as a candidate, glyph and all', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const { strokes, groups } = composeFormula(FORALL_P_IMPLIES_Q, { seed, jitter: 0.04 });
      const [line] = strokeLattices(strokes);
      const offered = new Set(
        line.candidates.map((c) => key([c.members.map((p) => line.strokes![p])])),
      );
      for (const g of groups) expect(offered.has(key([g])), `seed ${seed}: ${g}`).toBe(true);
      for (const c of line.candidates) {
        expect(c.glyph).toHaveLength(GLYPH_PIXELS);
        expect(c.layout).toBeLessThanOrEqual(0);
      }
      // The decoder then groups it exactly with a classifier that knows the symbols.
      expect(key(groupsOf([line], oracle(strokes, groups))[0]), `seed ${seed}`).toBe(key(groups));
    }
  });

  it('groups it from geometry alone most of the time', () => {
    let exact = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const { strokes, groups } = composeFormula(FORALL_P_IMPLIES_Q, { seed, jitter: 0.03 });
      if (key(groupsOf(strokeLattices(strokes), indifferent)[0]) === key(groups)) exact++;
    }
    expect(exact).toBeGreaterThanOrEqual(14);
  });

  it('joins a stroke written late, such as the dot of an i at the end of the formula', () => {
    const { strokes, groups } = composeFormula(['P', 'lparen', 'i', 'rparen'], {
      seed: 3,
      late: [2],
    });
    const found = groupsOf(strokeLattices(strokes), oracle(strokes, groups))[0];
    expect(key(found)).toBe(key(groups));
  });

  it('splits lines, top to bottom, with indices into the input', () => {
    const top = composeFormula(['forall', 'x', 'lparen', 'P', 'rightarrow', 'Q', 'rparen'], {
      seed: 4,
    });
    const bottom = composeFormula(['exists', 'x', 'neg', 'P'], { seed: 5, origin: [20, 100] });
    // The bottom line was written first.
    const strokes = [...bottom.strokes, [], ...top.strokes];
    const offset = bottom.strokes.length + 1;
    const lines = strokeLattices(strokes);
    expect(lines).toHaveLength(2);
    const truth = [top.groups.map((g) => g.map((i) => i + offset)), bottom.groups];
    const found = groupsOf(lines, oracle(strokes, [...truth[0], ...truth[1]]));
    expect(found.map(key)).toEqual(truth.map(key));
    // Reading order within a line.
    expect(found[1]).toEqual([[0, 1], [2, 3], [4], [5, 6]]);
  });

  it('does not depend on the unit of the coordinates', () => {
    const { strokes } = composeFormula(FORALL_P_IMPLIES_Q, { seed: 2 });
    const scaled = strokes.map((s) => s.map(([x, y]) => [x * 37.5, y * 37.5]));
    const members = (lines: CandidateLine[]) =>
      lines.map((l) => l.candidates.map((c) => `${c.members}:${c.layout.toFixed(6)}`));
    expect(members(strokeLattices(scaled))).toEqual(members(strokeLattices(strokes)));
  });
});

describe('strokeLattices with the user’s pins', () => {
  it('joins strokes written far apart that the join model never groups', () => {
    // A k whose stem and arms are a symbol's width apart.
    const strokes = [
      [
        [0, 0],
        [0, 60],
      ],
      [
        [90, 10],
        [60, 40],
        [90, 60],
      ],
    ];
    const free = strokeLattices(strokes)[0];
    expect(free.candidates.some((c) => c.members.length === 2)).toBe(false);
    const [line] = strokeLattices(strokes, { pins: [[0, 1]] });
    // As drawn, and, less likely, with its side-by-side parts stacked (the bars of a split =).
    expect(line.candidates.map((c) => c.members)).toEqual([
      [0, 1],
      [0, 1],
    ]);
    const [asDrawn, stacked] = line.candidates;
    expect(asDrawn.box).toEqual({ x: 0, y: 0, width: 90, height: 60 });
    expect(asDrawn.glyph).toEqual(renderStrokeGroup(strokes));
    expect(asDrawn.layout).toBe(0);
    expect(stacked.box).toEqual(asDrawn.box);
    expect(stacked.layout).toBeLessThan(0);
    expect(stacked.glyph).not.toEqual(asDrawn.glyph);
  });

  it('splits a group the decoder would read as one symbol, whatever the classifier says', () => {
    const { strokes, groups } = composeFormula(['x', 'P'], { seed: 3 });
    // Sure that the x's two strokes are one symbol, and of nothing else.
    const sure = oracle(strokes, groups);
    const each = (found: number[][]) => found.map((g) => key([g]));
    expect(each(groupsOf(strokeLattices(strokes), sure)[0])).toContain(key([groups[0]]));
    const split = groups[0].map((stroke) => [stroke]);
    const found = each(groupsOf(strokeLattices(strokes, { pins: split }), sure)[0]);
    expect(found).toEqual(expect.arrayContaining(split.map((g) => key([g]))));
    expect(found).not.toContain(key([groups[0]]));
  });

  it('ignores a pin whose strokes lie on different lines', () => {
    const top = composeFormula(['x'], { seed: 1 });
    const bottom = composeFormula(['P'], { seed: 2, origin: [0, 100] });
    const strokes = [...top.strokes, ...bottom.strokes];
    const pins = [[top.groups[0][0], top.strokes.length + bottom.groups[0][0]]];
    expect(strokeLattices(strokes, { pins })).toEqual(strokeLattices(strokes));
  });
});

const dataDir = findSharedData();
const expressionsFile = dataDir && strokeExpressionsFile(dataDir);
const modelDir =
  process.env.INKFORM_TEST_MODEL ?? join(import.meta.dirname, '..', '..', 'models', 'default');
const hasModel = existsSync(join(modelDir, 'model.json'));
if (!expressionsFile || !existsSync(expressionsFile)) console.warn(SHARED_DATA_MISSING);
else if (!hasModel) console.warn(`no model at ${modelDir}: skipping the stroke grouping test`);

describe.skipIf(!expressionsFile || !existsSync(expressionsFile) || !hasModel)(
  'stroke grouping of real handwriting (CROHME test writers)',
  () => {
    let classifier: GlyphClassifier;
    let test: SharedStrokeExpression[];
    beforeAll(async () => {
      await initTensorflow();
      classifier = await GlyphClassifier.load(modelDir);
      test = (await readStrokeExpressions(expressionsFile ?? '')).filter(
        (e) => e.split === 'test' && e.linear && e.fol_only,
      );
    });
    afterAll(() => classifier?.dispose());

    const classify: Classify = (glyph) =>
      classifier.topK(glyph, 5)[0].map((p) => ({ label: p.name, probability: p.probability }));

    it('groups most one-line expressions exactly', () => {
      const exact = test.filter(
        (e) =>
          key(groupsOf(strokeLattices(e.strokes), classify).flat()) ===
          key(e.symbols.map((s) => s.strokes)),
      ).length;
      const rate = exact / test.length;
      console.log(`exact stroke grouping: ${exact}/${test.length} = ${rate.toFixed(3)}`);
      expect(rate).toBeGreaterThan(0.9);
    });
  },
);
