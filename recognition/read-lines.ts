import type { GlyphClassifier } from './classifier.js';
import { decodeLine, type GlyphEvidence } from './formula/decoder.js';
import { exportFormula, toUnicode } from './formula/exports.js';
import { GLYPH_PIXELS } from './imaging/gray-image.js';
import { symbolByName } from './symbols.js';
import type { Alternative, Box, GlyphLine, RecognizedLine, RecognizedSymbol } from './types.js';

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

/** One glyph as the decoder needs it: the classifier's candidates, best first, and its box. */
export interface GlyphReading {
  readonly alternatives: readonly Alternative[];
  readonly box: Box;
}

/**
 * Decodes a line from its glyph readings (with any labels the user chose, see
 * `DecodeOptions.forced`) and builds its text and exports. Pure, so the app re-reads a
 * corrected line without the classifier.
 */
export function readGlyphs(
  readings: readonly GlyphReading[],
  box: Box,
  forced?: readonly (string | null)[],
): RecognizedLine {
  const evidence: GlyphEvidence[] = readings.map((r) => ({
    candidates: r.alternatives.map((a) => ({ label: a.label, probability: a.probability })),
    box: r.box,
  }));
  const decoded = decodeLine(evidence, { forced });
  const symbols: RecognizedSymbol[] = decoded.labels.map((label, i) => ({
    label,
    char: charOf(label),
    confidence: decoded.scores[i],
    box: readings[i].box,
    alternatives: readings[i].alternatives,
  }));
  const formula = decoded.wellFormed ? decoded.formula : null;
  return {
    text: formula ? toUnicode(formula) : symbols.map((s) => s.char).join(''),
    wellFormed: formula !== null,
    error: decoded.error,
    exports: formula ? exportFormula(formula) : null,
    symbols,
    box,
  };
}

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
    const readings = mine.map((candidates, i) => ({
      alternatives: candidates.map((c) => ({
        label: c.name,
        char: charOf(c.name),
        probability: c.probability,
      })),
      box: line.boxes[i],
    }));
    const read = readGlyphs(readings, line.box);
    return {
      ...read,
      symbols: read.symbols.map((s, i) => ({
        ...s,
        glyph: line.glyphs.slice(i * GLYPH_PIXELS, (i + 1) * GLYPH_PIXELS),
      })),
    };
  });
}
