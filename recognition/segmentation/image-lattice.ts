import { unionBoxes } from '../geometry.js';
import { GLYPH_PIXELS } from '../imaging/gray-image.js';
import { normaliseGlyph } from '../imaging/normalise.js';
import type { CandidateLine, GlyphCandidate } from '../read-lines.js';
import type { Box } from '../types.js';
import type { InkLine, PageInk } from './segment-image.js';

/**
 * A picture's lines as lattices. The atoms are the line's pieces of ink in reading order (by left
 * edge): its connected components, and, where a component is wide enough to be symbols that touch,
 * the pieces between the columns where its ink is thinnest. Candidate symbols are runs of up to
 * four neighbouring atoms that could be one symbol — the bars of =, ⇔ and E, a crossbar that
 * missed the rest of ∀, a comma that touches x — each weighed by how likely its atoms belong
 * together from their boxes alone. The classifier and the grammar decide the rest.
 */

/** Most atoms in one symbol (E written in four strokes, ⇔ broken in three). */
const MAX_ATOMS = 4;
/** Widest symbol tried, in x-heights (⇔ and long arrows reach about two). */
const MAX_WIDTH = 3;
/** Atoms further apart than this (in x-heights) are never one symbol. */
const MAX_GAP = 0.6;
/** A component at least this wide (in x-heights) may be several symbols that touch. */
const SPLIT_WIDTH = 1.2;
/** No cut closer than this (in x-heights) to a component's side or to another cut. */
const CUT_MARGIN = 0.25;
/** A column is a place to cut when its ink is at most this many pen widths thick... */
const CUT_PENS = 2.5;
/** ...and at most this share of the component's median column. */
const CUT_SHARE = 0.6;
const MAX_CUTS = 3;
/**
 * Log-odds that two pieces of one component belong to one symbol: they are joined by ink, so
 * apart only when symbols touch.
 */
const SAME_COMPONENT_LOGIT = 2;

interface Atom {
  readonly component: number;
  /** In input coordinates; a piece's box is the columns it keeps. */
  readonly box: Box;
  readonly piece: boolean;
}

const logSigmoid = (z: number): number =>
  z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));

/**
 * Log-odds that neighbouring atoms `a` (left) and `b` belong to one symbol, from their boxes:
 * pieces that share their columns (stacked bars, a dot over its stem, a crossbar inside ∀'s
 * arms) go together, pieces side by side do not, less so the further apart.
 */
function joinLogit(a: Atom, b: Atom, unit: number): number {
  if (a.component === b.component) return SAME_COMPONENT_LOGIT;
  const overlap =
    Math.min(a.box.x + a.box.width, b.box.x + b.box.width) - Math.max(a.box.x, b.box.x);
  const narrower = Math.max(1, Math.min(a.box.width, b.box.width));
  const shared = Math.max(-1, Math.min(1, overlap / narrower));
  const gap = Math.max(0, -overlap) / unit;
  return -2 + 5 * shared - 4 * gap;
}

/** Columns where a wide component's ink is thinnest: where symbols that touch may meet. */
function cutColumns(ink: Int32Array, unit: number, penWidth: number): number[] {
  const margin = Math.max(1, Math.round(CUT_MARGIN * unit));
  const sorted = [...ink].sort((a, b) => a - b);
  const typical = sorted[sorted.length >> 1] ?? 0;
  const limit = Math.min(CUT_PENS * penWidth, CUT_SHARE * typical);
  const smooth = Array.from(ink, (_, x) => {
    let s = 0;
    let n = 0;
    for (let k = Math.max(0, x - 1); k <= Math.min(ink.length - 1, x + 1); k++) {
      s += ink[k];
      n++;
    }
    return s / n;
  });
  const minima: number[] = [];
  for (let x = margin; x < ink.length - margin; x++) {
    if (smooth[x] > limit) continue;
    if (smooth[x] <= smooth[x - 1] && smooth[x] <= smooth[x + 1]) minima.push(x);
  }
  const cuts: number[] = [];
  for (const x of minima.sort((a, b) => smooth[a] - smooth[b] || a - b)) {
    if (cuts.length >= MAX_CUTS) break;
    if (cuts.every((c) => Math.abs(c - x) >= margin)) cuts.push(x);
  }
  return cuts.sort((a, b) => a - b);
}

function atomsOf(page: PageInk, line: InkLine): Atom[] {
  const unit = Math.max(1, line.xHeight);
  const atoms: Atom[] = [];
  for (const component of line.components) {
    const box = page.boxOf(component);
    const cuts =
      box.width >= SPLIT_WIDTH * unit
        ? cutColumns(page.columnInk(component), unit, page.strokeWidth)
        : [];
    if (cuts.length === 0) {
      atoms.push({ component, box, piece: false });
      continue;
    }
    const edges = [0, ...cuts, box.width];
    for (let k = 0; k + 1 < edges.length; k++)
      atoms.push({
        component,
        box: { x: box.x + edges[k], y: box.y, width: edges[k + 1] - edges[k], height: box.height },
        piece: true,
      });
  }
  return atoms.sort((a, b) => a.box.x - b.box.x || a.box.x + a.box.width - (b.box.x + b.box.width));
}

/** One line's candidate symbols. */
export function imageLine(page: PageInk, line: InkLine): CandidateLine {
  const unit = Math.max(1, line.xHeight);
  const atoms = atomsOf(page, line);
  const links = atoms.map((a, i) => (i > 0 ? joinLogit(atoms[i - 1], a, unit) : 0));
  const candidates: GlyphCandidate[] = [];
  for (let start = 0; start < atoms.length; start++) {
    let box = atoms[start].box;
    let joins = 0;
    for (let end = start; end < atoms.length && end < start + MAX_ATOMS; end++) {
      if (end > start) {
        const next = atoms[end].box;
        if (next.x - (box.x + box.width) > MAX_GAP * unit) break;
        box = unionBoxes([box, next]);
        if (box.width > MAX_WIDTH * unit) break;
        joins += logSigmoid(links[end]);
      }
      const members = Array.from({ length: end - start + 1 }, (_, k) => start + k);
      const cut = start > 0 ? logSigmoid(-links[start]) : 0;
      const components = [...new Set(members.map((k) => atoms[k].component))];
      // A piece is cropped to its columns; whole components keep all their ink in the box.
      const cropBox = members.some((k) => atoms[k].piece)
        ? box
        : unionBoxes(components.map((c) => page.boxOf(c)));
      const glyph = normaliseGlyph(page.crop(components, cropBox)) ?? new Uint8Array(GLYPH_PIXELS);
      candidates.push({ members, box, layout: joins + cut, glyph });
    }
  }
  return { box: line.box, size: atoms.length, candidates };
}

/** Every line of a page, top to bottom, as candidate symbols over its pieces of ink. */
export function imageLattices(page: PageInk): CandidateLine[] {
  return page.lines.map((line) => imageLine(page, line)).filter((l) => l.size > 0);
}
