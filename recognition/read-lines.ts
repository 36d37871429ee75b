import type { GlyphClassifier } from './classifier.js';
import type { Line } from './formula/ast.js';
import { decodeLine, defaultPriors, type GlyphEvidence } from './formula/decoder.js';
import { exportLine, lineToUnicode } from './formula/exports.js';
import type { ParseResult } from './formula/symbol-parser.js';
import { GLYPH_PIXELS } from './imaging/gray-image.js';
import { decodeLattice } from './lattice/decode-lattice.js';
import type { CandidateLine, LatticeEdge } from './lattice/lattice.js';
import { symbolByName } from './symbols.js';
export type { CandidateLine, GlyphCandidate } from './lattice/lattice.js';
import type {
  Alternative,
  Box,
  GlyphLine,
  GlyphSymbol,
  RecognizedLine,
  RecognizedSymbol,
} from './types.js';

/** How many classifier candidates each glyph carries into the decoder and the result. */
export const TOP_K = 5;

const charOf = (label: string) => symbolByName(label)?.char ?? '?';

/** One glyph as the decoder needs it: the classifier's candidates, best first, and its box. */
export interface GlyphReading {
  readonly alternatives: readonly Alternative[];
  readonly box: Box;
}

/** A read line's text, kind and exports from its symbols and their parse. */
function describe(
  symbols: readonly RecognizedSymbol[],
  parse: ParseResult,
): Omit<RecognizedLine, 'symbols' | 'box'> {
  const line: Line | null = parse.ok ? parse.line : null;
  return {
    // A parsed line prints back exactly as written (tested), so both spellings agree.
    text: line ? lineToUnicode(line) : symbols.map((s) => s.char).join(''),
    wellFormed: line !== null,
    kind: line ? line.kind : 'unparsed',
    error: parse.ok ? null : parse.error,
    exports: line ? exportLine(line) : null,
  };
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
  const parse: ParseResult = decoded.line
    ? { ok: true, line: decoded.line }
    : { ok: false, error: decoded.error ?? { position: 0, message: 'not a line' } };
  return { ...describe(symbols, parse), symbols, box };
}

/** FNV-1a over a glyph's bytes: equal glyphs hash alike, and different ones rarely do. */
function glyphHash(glyph: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < glyph.length; i++) h = Math.imul(h ^ glyph[i], 0x01000193);
  return h;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The shared back half of recognition, whatever the input: classify every candidate glyph of the
 * page (one batch), decode each line's lattice with the grammar, and build the text and exports.
 */
export function readCandidateLines(
  lines: readonly CandidateLine[],
  classifier: GlyphClassifier,
): GlyphLine[] {
  const total = lines.reduce((n, l) => n + l.candidates.length, 0);
  if (total === 0) return [];
  // Each distinct glyph is classified once: strokes piled up or strewn as dots draw the same
  // glyph thousands of times, and classifying is most of what reading them costs.
  const byHash = new Map<number, number[]>();
  const glyphs: Uint8Array[] = [];
  const which: number[] = [];
  for (const line of lines)
    for (const c of line.candidates) {
      const hash = glyphHash(c.glyph);
      const same = byHash.get(hash) ?? [];
      let at = same.find((g) => sameBytes(glyphs[g], c.glyph));
      if (at === undefined) {
        at = glyphs.push(c.glyph) - 1;
        byHash.set(hash, [...same, at]);
      }
      which.push(at);
    }
  const unique = new Uint8Array(glyphs.length * GLYPH_PIXELS);
  glyphs.forEach((glyph, i) => unique.set(glyph, i * GLYPH_PIXELS));
  const read = classifier.read(unique, TOP_K);
  const readouts = which.map((at) => read[at]);
  let next = 0;
  const priors = defaultPriors();
  const out: GlyphLine[] = [];
  for (const line of lines) {
    const mine = readouts.slice(next, next + line.candidates.length);
    next += line.candidates.length;
    const edges: LatticeEdge[] = line.candidates.map((c, k) => ({
      members: c.members,
      box: c.box,
      layout: c.layout,
      candidates: mine[k].top.map((p) => ({ label: p.name, probability: p.probability })),
    }));
    if (edges.length === 0) continue;
    const decoded = decodeLattice({ size: line.size, edges }, { priors });
    const symbols: GlyphSymbol[] = decoded.edges.map((k, i) => ({
      label: decoded.labels[i],
      char: charOf(decoded.labels[i]),
      confidence: decoded.scores[i],
      box: line.candidates[k].box,
      alternatives: mine[k].top.map((p) => ({
        label: p.name,
        char: charOf(p.name),
        probability: p.probability,
      })),
      glyph: line.candidates[k].glyph,
      ...(line.strokes
        ? { strokes: line.candidates[k].members.map((m) => line.strokes![m]).sort((a, b) => a - b) }
        : {}),
    }));
    out.push({ ...describe(symbols, decoded.parse), symbols, box: line.box });
  }
  return out;
}
