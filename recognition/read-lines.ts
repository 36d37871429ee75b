import type { GlyphClassifier } from './classifier.js';
import { decodeLine, type GlyphEvidence } from './formula/decoder.js';
import { exportFormula, toUnicode } from './formula/exports.js';
import { GLYPH_PIXELS } from './imaging/gray-image.js';
import { symbolByName } from './symbols.js';
import type { Box, GlyphLine, GlyphSymbol } from './types.js';

/** How many classifier candidates each glyph carries into the decoder and the result. */
export const TOP_K = 5;

/** A line's glyphs, already normalised to 28×28, with their boxes in input coordinates. */
export interface NormalisedLine {
  readonly box: Box;
  readonly boxes: readonly Box[];
  /** `boxes.length` glyphs of 784 bytes each. */
  readonly glyphs: Uint8Array;
}

const charOf = (label: string) => symbolByName(label)?.char ?? '?';

/**
 * The shared back half of recognition, whatever the input: classify every glyph (one batch for
 * the whole page), decode each line with the formula grammar, and build the exports.
 */
export function readLines(
  lines: readonly NormalisedLine[],
  classifier: GlyphClassifier,
): GlyphLine[] {
  const total = lines.reduce((n, l) => n + l.boxes.length, 0);
  if (total === 0) return [];
  const all = new Uint8Array(total * GLYPH_PIXELS);
  let offset = 0;
  for (const line of lines) {
    all.set(line.glyphs.subarray(0, line.boxes.length * GLYPH_PIXELS), offset);
    offset += line.boxes.length * GLYPH_PIXELS;
  }
  const predictions = classifier.topK(all, TOP_K);
  let next = 0;
  return lines.map((line) => {
    const mine = predictions.slice(next, next + line.boxes.length);
    next += line.boxes.length;
    const evidence: GlyphEvidence[] = mine.map((candidates, i) => ({
      candidates: candidates.map((c) => ({ label: c.name, probability: c.probability })),
      box: line.boxes[i],
    }));
    const decoded = decodeLine(evidence);
    const symbols: GlyphSymbol[] = decoded.labels.map((label, i) => ({
      label,
      char: charOf(label),
      confidence: decoded.scores[i],
      box: line.boxes[i],
      alternatives: mine[i].map((c) => ({
        label: c.name,
        char: charOf(c.name),
        probability: c.probability,
      })),
      glyph: line.glyphs.slice(i * GLYPH_PIXELS, (i + 1) * GLYPH_PIXELS),
    }));
    const formula = decoded.wellFormed ? decoded.formula : null;
    return {
      text: formula ? toUnicode(formula) : symbols.map((s) => s.char).join(''),
      wellFormed: formula !== null,
      error: decoded.error,
      exports: formula ? exportFormula(formula) : null,
      symbols,
      box: line.box,
    };
  });
}
