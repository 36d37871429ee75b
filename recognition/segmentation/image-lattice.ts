import { median, unionBoxes } from '../geometry.js';
import { GLYPH_PIXELS } from '../imaging/gray-image.js';
import { normaliseGlyph } from '../imaging/normalise.js';
import type { CandidateLine, GlyphCandidate } from '../lattice/lattice.js';
import { pinCandidates } from '../lattice/pins.js';
import type { GrayImage } from '../imaging/gray-image.js';
import type { Box } from '../types.js';
import type { InkLine, PageInk } from './segment-image.js';
import { withoutSlivers } from './slivers.js';

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
/**
 * A component at least this much wider than the line's typical symbol may be several symbols
 * that touch.
 */
const SPLIT_WIDTH = 1.6;
/** No cut closer than this many pen widths to a component's side or to another cut. */
const CUT_MARGIN_PENS = 1;
/** A valley is measured against the ink this far (in x-heights) to either side... */
const CUT_REACH = 0.25;
/** ...and is a place to cut when its column holds at most this share of theirs. */
const CUT_DEPTH = 0.5;
const MAX_CUTS = 3;
const FOOT_PREFERENCE = 0.5;
/** A column beside one holding this many times its ink stands at the foot of a stem. */
const STEM_RISE = 2.5;
/**
 * Log-odds that two pieces of one component belong to one symbol: they are joined by ink, so
 * apart only when symbols touch.
 */
const SAME_COMPONENT_LOGIT = 3;
/**
 * Prior of reading a symbol that a line cut severed without its ink along the cut (see
 * `PageInk.crop`): the sliver is as often the symbol's own as the other line's.
 */
const TRIMMED_LOG_PRIOR = Math.log(0.5);

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

/**
 * Columns where a wide component may hold two symbols that touch: valleys of its column ink,
 * thin against the ink a little to either side — between two letters, or beside the stem of a
 * letter that another one runs into. The lowest few, apart from each other and from the sides.
 */
function cutColumns(ink: Int32Array, unit: number, penWidth: number): number[] {
  // A piece must hold at least a stroke: a 1's stem is barely wider than the pen.
  const margin = Math.max(2, Math.round(CUT_MARGIN_PENS * penWidth));
  const reach = Math.max(2, Math.round(CUT_REACH * unit));
  const valley = (x: number) => {
    let high = 0;
    for (let k = Math.max(0, x - reach); k <= Math.min(ink.length - 1, x + reach); k++)
      high = Math.max(high, ink[k]);
    return high > 0 ? ink[x] / high : 1;
  };
  const depth = Array.from(ink, (_, x) => valley(x));
  const minima: number[] = [];
  const score = new Map<number, number>();
  const step = Math.max(1, Math.round(0.05 * unit));
  for (let x = margin; x < ink.length - margin; x++) {
    if (depth[x] > CUT_DEPTH) continue;
    const bottom = depth[x] <= depth[x - 1] && depth[x] <= depth[x + 1];
    // The foot of an upright stroke that another symbol runs into: the ink rises steeply.
    const foot =
      ink[x + step] >= STEM_RISE * Math.max(1, ink[x]) ||
      ink[x - step] >= STEM_RISE * Math.max(1, ink[x]);
    if (!bottom && !foot) continue;
    minima.push(x);
    // A stem's foot is where touching symbols meet more often than a valley inside a letter.
    score.set(x, depth[x] - (foot ? FOOT_PREFERENCE : 0));
  }
  const cuts: number[] = [];
  for (const x of minima.sort((a, b) => score.get(a)! - score.get(b)! || a - b)) {
    if (cuts.length >= MAX_CUTS) break;
    if (cuts.every((c) => Math.abs(c - x) >= margin)) cuts.push(x);
  }
  return cuts.sort((a, b) => a - b);
}

function atomsOf(page: PageInk, line: InkLine): Atom[] {
  const unit = Math.max(1, line.xHeight);
  const boxes = line.components.map((c) => page.boxOf(c));
  // The typical width of the line's symbols: of its pieces that are not dots or bars.
  const widths = boxes.filter((b) => b.height >= 0.5 * unit).map((b) => b.width);
  const typical = widths.length > 0 ? median(widths) : unit;
  const atoms: Atom[] = [];
  for (const [k, component] of line.components.entries()) {
    const box = boxes[k];
    const cuts =
      box.width >= SPLIT_WIDTH * typical
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

/** A user's cut closer than this (pixels) to a piece's side goes between pieces, not through one. */
const PIN_MARGIN = 2;

/** Whether a pin (working coordinates) is for `line`: its middle is at the line's height. */
function pinnedTo(line: InkLine, pin: Box): boolean {
  const middle = pin.y + pin.height / 2;
  return middle >= line.box.y && middle <= line.box.y + line.box.height;
}

/** The atoms cut wherever a pin's side runs through one, so each pin holds whole atoms. */
function cutAtPins(atoms: readonly Atom[], pins: readonly Box[]): Atom[] {
  const edges = [...new Set(pins.flatMap((p) => [p.x, p.x + p.width]).map(Math.round))];
  let cut = [...atoms];
  for (const x of edges) {
    cut = cut.flatMap((a) => {
      const left = x - a.box.x;
      if (left < PIN_MARGIN || a.box.x + a.box.width - x < PIN_MARGIN) return [a];
      return [
        { ...a, box: { ...a.box, width: left }, piece: true },
        { ...a, box: { ...a.box, x, width: a.box.width - left }, piece: true },
      ];
    });
  }
  return cut.sort((a, b) => a.box.x - b.box.x || a.box.x + a.box.width - (b.box.x + b.box.width));
}

/** The atoms (positions) whose middle lies between a pin's sides. */
function atomsIn(atoms: readonly Atom[], pin: Box): number[] {
  const out: number[] = [];
  atoms.forEach((a, k) => {
    const middle = a.box.x + a.box.width / 2;
    if (middle >= pin.x && middle <= pin.x + pin.width) out.push(k);
  });
  return out;
}

/** The box of the ink in `crop`, whose top-left pixel is at (x, y); null when it is blank. */
function boxOfInk(crop: GrayImage, x: number, y: number): Box | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let r = 0; r < crop.height; r++)
    for (let c = 0; c < crop.width; c++) {
      if (crop.data[r * crop.width + c] === 0) continue;
      x0 = Math.min(x0, c);
      x1 = Math.max(x1, c);
      y0 = Math.min(y0, r);
      y1 = Math.max(y1, r);
    }
  if (x1 < 0) return null;
  return { x: x + x0, y: y + y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/**
 * A candidate symbol with the ink it is made of: which components, inside which box; its boxes
 * in the page's working coordinates.
 */
export interface InkCandidate extends GlyphCandidate {
  readonly components: readonly number[];
  readonly cropBox: Box;
  /** Read without the ink along a line cut (see `PageInk.crop`). */
  readonly trimmed: boolean;
}

/**
 * One line's candidate symbols, each with its ink (for training material). `pins` are boxes
 * (working coordinates) whose ink between their left and right sides the user said is one
 * symbol each; the line keeps only candidates that agree with those of its height.
 */
export function imageLineInk(
  page: PageInk,
  line: InkLine,
  pins: readonly Box[] = [],
): { readonly size: number; readonly candidates: InkCandidate[] } {
  const unit = Math.max(1, line.xHeight);
  const ownPins = pins.filter((pin) => pinnedTo(line, pin));
  const atoms = cutAtPins(atomsOf(page, line), ownPins);
  const links = atoms.map((a, i) => (i > 0 ? joinLogit(atoms[i - 1], a, unit) : 0));
  const candidates: InkCandidate[] = [];
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
      const layout = joins + cut;
      candidates.push({ members, box, layout, glyph, components, cropBox, trimmed: false });
      if (components.some((c) => page.severed(c))) {
        const ink = page.crop(components, cropBox, true);
        const inkBox = boxOfInk(ink, Math.floor(cropBox.x), Math.floor(cropBox.y));
        const trimmedGlyph = normaliseGlyph(ink);
        if (inkBox && trimmedGlyph)
          candidates.push({
            members,
            box: inkBox,
            layout: layout + TRIMMED_LOG_PRIOR,
            glyph: trimmedGlyph,
            components,
            cropBox,
            trimmed: true,
          });
      }
    }
  }
  const pinned = pinCandidates(
    candidates,
    ownPins.map((pin) => atomsIn(atoms, pin)),
    (members): InkCandidate => {
      const components = [...new Set(members.map((k) => atoms[k].component))];
      const cropBox = unionBoxes(members.map((k) => atoms[k].box));
      const first = atoms[members[0]];
      const last = atoms[members[members.length - 1]];
      const whole = (a: Atom) => page.boxOf(a.component);
      const ink = withoutSlivers(
        page.crop(components, cropBox),
        first.box.x > whole(first).x,
        last.box.x + last.box.width < whole(last).x + whole(last).width,
      );
      // A piece's box spans its component's height; the user's symbol is where its ink is, which
      // is what tells a comma from an apostrophe.
      const box = boxOfInk(ink, Math.floor(cropBox.x), Math.floor(cropBox.y)) ?? cropBox;
      const glyph = normaliseGlyph(ink) ?? new Uint8Array(GLYPH_PIXELS);
      return { members, box, layout: 0, glyph, components, cropBox, trimmed: false };
    },
  );
  return { size: atoms.length, candidates: pinned };
}

/** One line's candidate symbols, agreeing with the pins at its height (see `imageLineInk`). */
export function imageLine(page: PageInk, line: InkLine, pins: readonly Box[] = []): CandidateLine {
  const { size, candidates } = imageLineInk(page, line, pins);
  return {
    box: page.toInput(line.box),
    size,
    candidates: candidates.map(({ members, box, layout, glyph }) => ({
      members,
      box: page.toInput(box),
      layout,
      glyph,
    })),
  };
}

/**
 * Every line of a page, top to bottom, as candidate symbols over its pieces of ink, agreeing with
 * the user's `pins` (working coordinates, see `imageLineInk`).
 */
export function imageLattices(page: PageInk, pins: readonly Box[] = []): CandidateLine[] {
  return page.lines.map((line) => imageLine(page, line, pins)).filter((l) => l.size > 0);
}
