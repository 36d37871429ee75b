import { mulberry32 } from '../../recognition/imaging/random.js';
import { imageLineInk } from '../../recognition/segmentation/image-lattice.js';
import { findInk } from '../../recognition/segmentation/segment-image.js';
import { strokeLattices } from '../../recognition/strokes/stroke-lattice.js';
import { jitteredTemplate, TEMPLATES } from '../../recognition/strokes/templates.js';
import { strokeBox } from '../../recognition/strokes/stroke-geometry.js';
import { unionBoxes } from '../../recognition/geometry.js';
import { NOT_A_SYMBOL } from '../../recognition/symbols.js';
import {
  HANDWRITING,
  pageStrokes,
  writePage,
  type WrittenLine,
  type WrittenPage,
} from '../../recognition/writing/compose-writing.js';
import { photoLook, randomFormulas, scanLook } from '../../recognition/writing/realistic-set.js';
import {
  inkCoverage,
  pagePixels,
  renderStrokes,
} from '../../recognition/writing/render-writing.js';
import {
  makeStrokeBank,
  type StrokeBank,
  type StrokeSample,
} from '../../recognition/writing/stroke-bank.js';
import { GlyphCollector, type PenGlyphs } from './pen-glyphs.js';

/**
 * What the recogniser's lattices meet, from formulas written with train-split strokes: every
 * candidate a drawing's or a picture's lattice proposes that is not one whole symbol becomes a
 * `NOT_A_SYMBOL` sample (a stroke of ∀ alone, ¬ with the F after it, a sliver of a touching
 * pair), and every candidate of a picture that is one whole symbol a sample of its class, cut
 * from the picture by the recogniser's own segmentation. Logic symbols that no train-split writer
 * wrote (¬ ∧ ∨ ↔ ⊤ ⊥ ⇒ ⇔) are drawn from jittered templates so that their neighbours' fragments
 * are met too; their own glyphs are never samples of their class.
 */

export interface LatticeGlyphOptions {
  readonly seed: number;
  /** Formulas written. */
  readonly lines: number;
  /** Share of the wrong candidates kept (there are many more of them than symbols). */
  readonly junkShare: number;
  /** Share of the right candidates of pictures kept. */
  readonly symbolShare: number;
}

export const LATTICE_GLYPH_DEFAULTS: LatticeGlyphOptions = {
  seed: 4242,
  lines: 2500,
  junkShare: 0.15,
  symbolShare: 0.5,
};

const TEMPLATE_SOURCE = 'template';
/** Jittered copies per templated symbol. */
const TEMPLATE_COPIES = 60;
/** A picture candidate is one symbol when this share of its ink is that symbol's... */
const PURE = 0.9;
/** ...and it holds this share of the symbol's ink. */
const WHOLE = 0.8;

/** The train-split samples, with templates for the symbols none of them are. */
function trainingBank(samples: readonly StrokeSample[], rng: () => number): StrokeBank {
  const have = new Set(samples.map((s) => s.label));
  const templated: StrokeSample[] = [];
  for (const label of Object.keys(TEMPLATES)) {
    if (have.has(label)) continue;
    for (let k = 0; k < TEMPLATE_COPIES; k++) {
      const strokes = jitteredTemplate(label, rng).map((s) => s.map(([x, y]) => [x, y] as const));
      templated.push({
        label,
        source: TEMPLATE_SOURCE,
        strokes,
        box: unionBoxes(strokes.map(strokeBox)),
      });
    }
  }
  return makeStrokeBank([...samples, ...templated]);
}

const key = (strokes: readonly number[]) => [...strokes].sort((a, b) => a - b).join(',');

/** Wrong groupings of a drawn line's strokes. */
function drawingJunk(
  line: WrittenLine,
  keep: () => boolean,
  sink: GlyphCollector,
  writer: string,
): void {
  const symbols = new Set(line.symbols.map((s) => key(s.strokes)));
  for (const lattice of strokeLattices(line.strokes))
    for (const c of lattice.candidates) {
      const strokes = c.members.map((p) => lattice.strokes![p]);
      if (!symbols.has(key(strokes)) && keep()) sink.add(c.glyph, NOT_A_SYMBOL, writer);
    }
}

/** The candidates of a picture of the page, each a symbol of its class or not a symbol. */
function pictureGlyphs(
  page: WrittenPage,
  samples: readonly StrokeSample[][],
  rng: () => number,
  opts: LatticeGlyphOptions,
  sink: GlyphCollector,
): void {
  const look = rng() < 0.5 ? scanLook(page, rng) : photoLook(page, rng);
  const image = renderStrokes(pageStrokes(page), page.box, look, rng);
  // Which symbol each pixel's ink belongs to, drawn as the picture drew it.
  const geometry = pagePixels(page.box, look.tiltDegrees, look.desk);
  const symbols = page.lines.flatMap((l) => l.symbols.map((s) => ({ line: l, symbol: s })));
  const owner = new Int32Array(geometry.width * geometry.height).fill(-1);
  const best = new Float32Array(geometry.width * geometry.height);
  const inkOf = new Int32Array(symbols.length);
  symbols.forEach(({ line, symbol }, k) => {
    const cover = inkCoverage(
      symbol.strokes.map((i) => line.strokes[i]),
      geometry,
      look.penWidth,
    );
    for (let p = 0; p < cover.length; p++)
      if (cover[p] > 0.5 && cover[p] > best[p]) {
        best[p] = cover[p];
        owner[p] = k;
      }
  });
  for (const o of owner) if (o >= 0) inkOf[o]++;
  const ink = findInk(image);
  for (const line of ink.lines) {
    for (const c of imageLineInk(ink, line).candidates) {
      const crop = ink.crop(c.components, c.cropBox, c.trimmed);
      const counts = new Map<number, number>();
      let total = 0;
      for (let y = 0; y < crop.height; y++)
        for (let x = 0; x < crop.width; x++) {
          if (crop.data[y * crop.width + x] < 128) continue;
          const [ix, iy] = ink.toInputPoint(
            Math.round(c.cropBox.x) + x,
            Math.round(c.cropBox.y) + y,
          );
          const px = Math.round(ix);
          const py = Math.round(iy);
          const inside = px >= 0 && py >= 0 && px < geometry.width && py < geometry.height;
          const o = inside ? owner[py * geometry.width + px] : -1;
          total++;
          if (o >= 0) counts.set(o, (counts.get(o) ?? 0) + 1);
        }
      if (total === 0) continue;
      const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [-1, 0];
      const one = top >= 0 && count >= PURE * total && count >= WHOLE * inkOf[top];
      if (!one) {
        if (rng() < opts.junkShare) sink.add(c.glyph, NOT_A_SYMBOL, 'lattice');
        continue;
      }
      const sample = samples[top];
      const label = symbols[top].symbol.label;
      if (sample[0]?.source !== TEMPLATE_SOURCE && rng() < opts.symbolShare)
        sink.add(c.glyph, label, `pen:${sample[0]?.source ?? 'unknown'}`);
    }
  }
}

/**
 * Lattice glyphs of formulas written with `samples` (train-split strokes only; the caller
 * guarantees it) and templates. Deterministic for a seed.
 */
export function latticeGlyphs(
  samples: readonly StrokeSample[],
  opts: LatticeGlyphOptions = LATTICE_GLYPH_DEFAULTS,
): PenGlyphs {
  const rng = mulberry32(opts.seed);
  const bank = trainingBank(samples, rng);
  // Remember which sample each symbol was written with, to know its source.
  const picked: StrokeSample[] = [];
  const recording: StrokeBank = {
    ...bank,
    pick: (label, r) => {
      const s = bank.pick(label, r);
      picked.push(s);
      return s;
    },
  };
  const formulas = randomFormulas();
  const sink = new GlyphCollector();
  for (let n = 0; n < opts.lines; n++) {
    picked.length = 0;
    const formula = formulas(rng);
    // A bank without some symbol (a small one, in tests) writes only what it can.
    if (formula.some((label) => bank.count(label) === 0)) continue;
    const page = writePage(recording, [formula], HANDWRITING, rng);
    const used = picked.map((s) => [s]);
    const writer = `lattice:${n}`;
    drawingJunk(page.lines[0], () => rng() < opts.junkShare, sink, writer);
    pictureGlyphs(page, used, rng, opts, sink);
  }
  return sink.result();
}
