import type { GrayImage } from '../imaging/gray-image.js';
import type { Box } from '../types.js';
import { binarise, type Binarised, type Polarity } from './binarise.js';
import {
  inkMedianSize,
  keepNonSpecks,
  labelComponents,
  sizeOf,
  type Labelled,
} from './components.js';
import { bandsOfCuts, nearCut, shiftCut, type LineCut } from './line-cuts.js';
import { findLineTracks, mergeCloseTracks, nearestLine, type LineTrack } from './lines.js';
import { mergeLine } from './merge.js';
import { median, unionBoxes } from '../geometry.js';
import { detectPaper, type PaperRegion } from './paper.js';
import { splitAcrossLines } from './split-across-lines.js';
import { estimateStrokeWidth } from './stroke-width.js';
import type { GlyphCandidate, SegmentedLine } from './types.js';

/**
 * A page picture to lines of glyph candidates: paper detection, binarisation, components,
 * line detection, per-line merging of multi-stroke symbols, and graded ink crops ready for
 * `normaliseGlyph`. Every size threshold is a multiple of a size measured on the page (the
 * median component size, the pen width), so the same code reads a thumbnail and a scan.
 */

export interface SegmentOptions {
  /** Skip sheet detection (for scans and drawings, which are all paper). */
  readonly detectPaper?: boolean;
  /** Separators the user drew between lines, in the input's pixels: see `line-cuts.ts`. */
  readonly lineCuts?: readonly LineCut[];
}

/**
 * Why a picture gave no lines: `uniform` has (almost) one gray level (an all-black or all-white
 * picture, a lens cap photo); `blank` has texture or lighting but no writing.
 */
export type EmptyReason = 'uniform' | 'blank';

export interface SegmentResult {
  /** Top to bottom; glyphs left to right. Empty for a blank or uniform picture. */
  readonly lines: SegmentedLine[];
  /** The sheet's box when the picture shows paper on a darker desk, else null. */
  readonly paper: Box | null;
  readonly polarity: Polarity;
  /** Ink (1) of the whole input picture, specks and non-glyph marks removed. */
  readonly inkMask: GrayImage;
  /** Measured pen width and typical character size, in input pixels (0 when blank). */
  readonly strokeWidth: number;
  readonly charHeight: number;
  /** Set when `lines` is empty. */
  readonly empty: EmptyReason | null;
}

/** The sheet is read this share of its size inside its outline, clear of the edge's blend. */
const SHEET_INSET = 0.015;
/** Gray levels: below this range the picture is one flat tone. */
const UNIFORM_RANGE = 8;
/** The Sauvola window spans this many character sizes: local, yet wider than any stroke. */
const WINDOW_CHARS = 2.5;
/**
 * The paper under the ink is measured over this many character sizes: wider than any stroke,
 * narrower than the fall of light across a page (see `BinariseOptions.paperRadius`).
 */
const PAPER_RADIUS_CHARS = 0.25;
/** How near the sides of a cut-out sheet (share of its size) its edge may still show. */
const EDGE_BAND = 0.08;
/** An edge is this many times longer than it is thick. */
const EDGE_ASPECT = 5;
/** A line whose tallest piece is lower than this share of the character size is no writing. */
const FLAT_LINE = 0.4;
/** The second binarisation pass is kept when it finds characters at least this share as big. */
const SAME_SIZE = 0.5;
/**
 * A line whose tallest piece is smaller than this share of the size that holds the page's ink is
 * grain that clustered, not writing.
 */
const GRAIN_LINE = 0.25;
/** Components taller than this many character sizes are page edges, rules or shadows. */
const MAX_GLYPH_CHARS = 4;
/**
 * A lone component smaller than this share of its line's letters, or than the pen is wide, is
 * dust, not a symbol. Written full stops and raised dots are about a sixth of a letter across
 * (∀x. in textbook notation, x·y): at a quarter, as this was, pictures lost nearly all of them.
 */
const LONE_SPECK = 0.1;
/**
 * A symbol severed by a cut is also read without its ink this many pen widths from the cut: a
 * stroke of the other line that touched it leaves a sliver there (a bar of ∃ under an x).
 */
const TRIM_PENS = 1;

interface Crop {
  readonly gray: GrayImage;
  readonly x: number;
  readonly y: number;
}

/**
 * The sheet cut out of the picture, a thin margin inside its outline, with what lies outside
 * (desk corners of a turned sheet, the blend along its edge) painted as the nearest paper of the
 * same row or column, so that no step is left for the ink detector, whatever the light there.
 */
function cropToPaper(gray: GrayImage, paper: PaperRegion): Crop {
  const { x, y, width, height } = paper.box;
  const inset = Math.max(2, Math.round(SHEET_INSET * Math.min(width, height)));
  // On the sheet, and as far from the desk as the inset in every direction.
  const inside = (c: number, r: number) =>
    c >= inset &&
    r >= inset &&
    c < width - inset &&
    r < height - inset &&
    paper.contains(x + c - inset, y + r) &&
    paper.contains(x + c + inset, y + r) &&
    paper.contains(x + c, y + r - inset) &&
    paper.contains(x + c, y + r + inset);
  const data = new Uint8Array(width * height);
  const filled = new Uint8Array(height);
  for (let r = 0; r < height; r++) {
    let first = -1;
    let last = -1;
    for (let c = 0; c < width; c++) {
      if (!inside(c, r)) continue;
      if (first < 0) first = c;
      last = c;
    }
    if (first < 0) continue;
    filled[r] = 1;
    const row = (y + r) * gray.width + x;
    for (let c = 0; c < width; c++) {
      const source = inside(c, r) ? c : c < first ? first : c > last ? last : -1;
      // A hole inside the row (never on a convex sheet) takes the row's first paper.
      data[r * width + c] = gray.data[row + (source >= 0 ? source : first)];
    }
  }
  const rows = [...filled.keys()].filter((r) => filled[r]);
  if (rows.length === 0) data.fill(Math.round(paper.level));
  else
    for (let r = 0; r < height; r++) {
      if (filled[r]) continue;
      const nearest = r < rows[0] ? rows[0] : rows[rows.length - 1];
      data.copyWithin(r * width, nearest * width, (nearest + 1) * width);
    }
  return { gray: { width, height, data }, x, y };
}

function grayRange(gray: GrayImage): number {
  let lo = 255;
  let hi = 0;
  for (const v of gray.data) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi - lo;
}

interface Measured {
  readonly bin: Binarised;
  readonly labelled: Labelled;
  readonly kept: number[];
  readonly strokeWidth: number;
  readonly charHeight: number;
}

/** `roughSize`: the characters' size from a first pass, to match the windows to them. */
function measure(gray: GrayImage, roughSize?: number): Measured {
  const bin = binarise(
    gray,
    roughSize === undefined
      ? {}
      : { window: WINDOW_CHARS * roughSize, paperRadius: PAPER_RADIUS_CHARS * roughSize },
  );
  const labelled = labelComponents(bin.mask, gray.width, gray.height);
  const strokeWidth = estimateStrokeWidth(bin.mask, gray.width, gray.height);
  const kept = keepNonSpecks(labelled.components, strokeWidth);
  const charHeight = median(kept.map((i) => sizeOf(labelled.components[i])));
  return { bin, labelled, kept, strokeWidth, charHeight };
}

/**
 * The group's ink, graded like the training glyphs: its pixels and the paper pixels touching
 * them (the anti-aliased rim) scaled so the stroke core is 255; other components' ink in the
 * box and the paper are 0. Pixels for which `leaveOut(x, y)` holds are left out too.
 */
function inkCrop(
  labelled: Labelled,
  bin: Binarised,
  members: readonly number[],
  box: Box,
  leaveOut: (x: number, y: number) => boolean = () => false,
): GrayImage {
  const { width: w, height: h, relativeInk } = bin;
  const { labels } = labelled;
  const memberLabels = new Set(members.map((i) => i + 1));
  const mine = (x: number, y: number) => memberLabels.has(labels[y * w + x]) && !leaveOut(x, y);
  const values: number[] = [];
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      if (mine(x, y)) values.push(relativeInk[y * w + x]);
    }
  }
  const floor = 2 * bin.noise;
  const full = Math.max(floor + 1e-3, median(values));
  const out = new Uint8Array(box.width * box.height);
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const p = y * w + x;
      let take = mine(x, y);
      if (!take && labels[p] === 0) {
        for (let dy = -1; dy <= 1 && !take; dy++) {
          for (let dx = -1; dx <= 1 && !take; dx++) {
            const yy = y + dy;
            const xx = x + dx;
            if (yy >= 0 && yy < h && xx >= 0 && xx < w && mine(xx, yy)) take = true;
          }
        }
      }
      if (!take) continue;
      const t = (relativeInk[p] - floor) / (full - floor);
      out[(y - box.y) * box.width + x - box.x] = t <= 0 ? 0 : t >= 1 ? 255 : Math.round(255 * t);
    }
  }
  return { width: box.width, height: box.height, data: out };
}

/** The median size of the components nearest to each track. */
function trackSizes(tracks: LineTrack[], labelled: Labelled, kept: readonly number[]): number[] {
  const sizes: number[][] = tracks.map(() => []);
  for (const i of kept) {
    const c = labelled.components[i];
    const { box } = c;
    sizes[nearestLine(tracks, box.x + box.width / 2, box.y + box.height / 2)].push(sizeOf(c));
  }
  return sizes.map((s) => median(s));
}

/**
 * The components `members` (ids into `labelled`) grouped into text lines, top to bottom: tracks
 * found on their ink, pieces of one line joined, components spanning lines cut.
 */
function linesOfInk(
  labelled: Labelled,
  w: number,
  h: number,
  members: readonly number[],
  charHeight: number,
): number[][] {
  if (members.length === 0) return [];
  const clean = new Uint8Array(w * h);
  const own = new Set(members.map((i) => i + 1));
  for (let p = 0; p < clean.length; p++) clean[p] = own.has(labelled.labels[p]) ? 1 : 0;
  // Stripes work at the page's typical size; pieces of a line written larger are joined by the
  // size of their own glyphs.
  const pieces = findLineTracks(clean, w, h, charHeight);
  const tracks = mergeCloseTracks(pieces, trackSizes(pieces, labelled, members));
  if (tracks.length === 0) return [[...members]];
  const sizes = trackSizes(tracks, labelled, members);

  const { parts, split } = splitAcrossLines(labelled, w, members, tracks, sizes);
  const splitSet = new Set(split);
  const perLine: number[][] = tracks.map(() => []);
  for (const i of members) {
    if (splitSet.has(i)) continue;
    const { box } = labelled.components[i];
    perLine[nearestLine(tracks, box.x + box.width / 2, box.y + box.height / 2)].push(i);
  }
  for (const part of parts) perLine[part.line].push(part.component);
  return perLine;
}

/** One line of writing as pieces of ink, before they are grouped into symbols. */
export interface InkLine {
  /** Working coordinates (see `PageInk.toInput`). */
  readonly box: Box;
  /** The line's components (ids for `PageInk.boxOf` and `crop`), lone specks left out. */
  readonly components: readonly number[];
  /**
   * Median height of its parts taller than a few pen widths (so the bars of = and the dots of i
   * do not pull it down): the line's measure for what is near, wide or tiny.
   */
  readonly xHeight: number;
}

export interface PageInk extends Omit<SegmentResult, 'lines'> {
  /** Top to bottom. */
  readonly lines: InkLine[];
  /**
   * A component's box in working coordinates: those of the sheet cut out of the picture. Boxes
   * shown to anyone go through `toInput`.
   */
  boxOf(component: number): Box;
  /**
   * The components' ink inside `box` (working coordinates; narrower than the components to take
   * a piece of them), graded like the training glyphs. `trimmed` leaves out the ink of severed
   * components along the cuts that severed them.
   */
  crop(components: readonly number[], box: Box, trimmed?: boolean): GrayImage;
  /** Whether `component` is a part of ink that one of the user's line cuts split. */
  severed(component: number): boolean;
  /** Ink pixels of `component` in each column of its box, left to right. */
  columnInk(component: number): Int32Array;
  /** A working box as the input picture has it. */
  toInput(box: Box): Box;
  /** A working point in the input picture. */
  toInputPoint(x: number, y: number): [number, number];
}

/**
 * Finds the writing on a page: paper, binarisation, components, lines, and each line's pieces of
 * ink. `gray` is the picture's luminance as `toGray` or `decodeImage` give it (dark ink stays
 * dark; chalk on a board is detected and inverted here). Never throws on content: a blank,
 * uniform or tiny picture gives no lines and says why in `empty`.
 */
export function findInk(gray: GrayImage, opts: SegmentOptions = {}): PageInk {
  const inkMask: GrayImage = {
    width: gray.width,
    height: gray.height,
    data: new Uint8Array(gray.width * gray.height),
  };
  const paper = opts.detectPaper === false ? null : detectPaper(gray);
  const crop: Crop = paper ? cropToPaper(gray, paper) : { gray, x: 0, y: 0 };
  const nothing = (empty: EmptyReason, polarity: Polarity): PageInk => ({
    lines: [],
    paper: paper?.box ?? null,
    polarity,
    inkMask,
    strokeWidth: 0,
    charHeight: 0,
    empty,
    boxOf: () => ({ x: 0, y: 0, width: 0, height: 0 }),
    crop: () => ({ width: 0, height: 0, data: new Uint8Array(0) }),
    columnInk: () => new Int32Array(0),
    severed: () => false,
    toInput: (box) => box,
    toInputPoint: (x, y) => [x, y],
  });
  if (grayRange(crop.gray) < UNIFORM_RANGE) return nothing('uniform', 'dark-on-light');

  // First pass with a window set by the page size, only to measure the characters; the second
  // pass uses a window matched to them.
  const rough = measure(crop.gray);
  if (rough.kept.length === 0) return nothing('blank', rough.bin.polarity);
  const toInputPoint = (x: number, y: number): [number, number] => [x + crop.x, y + crop.y];
  const toInput = (box: Box): Box => ({ ...box, x: box.x + crop.x, y: box.y + crop.y });
  const matched = measure(crop.gray, rough.charHeight);
  // A window matched to thin, faint writing can shatter it into grain; the characters it finds
  // must be about the size that set it, or the first pass stands.
  const m = matched.charHeight >= SAME_SIZE * rough.charHeight ? matched : rough;
  const { bin, labelled, strokeWidth } = m;
  const { width: w, height: h } = crop.gray;
  const charHeight = m.charHeight;
  const kept = m.kept.filter(
    (i) =>
      labelled.components[i].box.height <= MAX_GLYPH_CHARS * charHeight &&
      !(paper && alongTheEdge(labelled.components[i].box, crop.gray)),
  );
  if (kept.length === 0) return nothing('blank', bin.polarity);

  // The user's separators come first: line finding runs inside each band between them.
  const cuts = (opts.lineCuts ?? []).map((cut) => shiftCut(cut, -crop.x, -crop.y));
  const { bands, severed } = bandsOfCuts(labelled, w, kept, cuts);
  const trimReach = TRIM_PENS * strokeWidth;
  const alongCut = (x: number, y: number) =>
    severed.has(labelled.labels[y * w + x] - 1) && nearCut(cuts, x, y, trimReach);
  const perLine = bands.flatMap((members) => linesOfInk(labelled, w, h, members, charHeight));

  const boxOf = (i: number): Box => labelled.components[i].box;
  const inkSize = inkMedianSize(kept.map((i) => labelled.components[i]));
  const lines: InkLine[] = [];
  for (const members of perLine) {
    if (members.length === 0) continue;
    const boxes = members.map((i) => labelled.components[i].box);
    const tall = boxes.filter((b) => b.height >= 2 * strokeWidth).map((b) => b.height);
    const xHeight = tall.length > 0 ? median(tall) : charHeight;
    // A lone speck, far from any other ink of its symbol, is dust.
    const components = mergeLine(boxes, xHeight)
      .filter((group) => {
        const box = unionBoxes(group.map((k) => boxes[k]));
        const size = Math.max(box.width, box.height);
        return group.length > 1 || (size >= LONE_SPECK * xHeight && size >= strokeWidth);
      })
      .flat()
      .map((k) => members[k]);
    // Writing has something upright in every line; only flat marks is the edge of a sheet, a
    // fold or a ruled line.
    const tallest = Math.max(0, ...components.map((i) => labelled.components[i].box.height));
    if (components.length === 0 || tallest < FLAT_LINE * charHeight) continue;
    if (tallest < GRAIN_LINE * inkSize) continue;
    lines.push({ box: unionBoxes(components.map(boxOf)), components, xHeight });
  }
  for (const line of lines) {
    for (const i of line.components) {
      const { box } = labelled.components[i];
      for (let y = box.y; y < box.y + box.height; y++)
        for (let x = box.x; x < box.x + box.width; x++)
          if (labelled.labels[y * w + x] === i + 1) {
            const [ix, iy] = toInputPoint(x, y).map(Math.round);
            if (ix >= 0 && iy >= 0 && ix < gray.width && iy < gray.height)
              inkMask.data[iy * gray.width + ix] = 1;
          }
    }
  }
  return {
    lines,
    paper: paper?.box ?? null,
    polarity: bin.polarity,
    inkMask,
    strokeWidth,
    charHeight,
    empty: lines.length === 0 ? 'blank' : null,
    boxOf,
    crop: (components, box, trimmed = false) =>
      inkCrop(labelled, bin, components, clampBox(box, w, h), trimmed ? alongCut : undefined),
    severed: (component) => severed.has(component),
    columnInk: (component) => {
      const { box } = labelled.components[component];
      const counts = new Int32Array(box.width);
      for (let y = box.y; y < box.y + box.height; y++)
        for (let x = box.x; x < box.x + box.width; x++)
          if (labelled.labels[y * w + x] === component + 1) counts[x - box.x]++;
      return counts;
    },
    toInput,
    toInputPoint,
  };
}

/**
 * Whether a component is the sheet's own edge rather than writing: long and thin, lying along a
 * side of the cut-out sheet (a turned sheet's edge, blurred, survives a little inside its box).
 */
function alongTheEdge(box: Box, sheet: GrayImage): boolean {
  const band = Math.max(6, EDGE_BAND * Math.min(sheet.width, sheet.height));
  const flat = box.width >= EDGE_ASPECT * box.height;
  const upright = box.height >= EDGE_ASPECT * box.width;
  return (
    (flat && (box.y < band || box.y + box.height > sheet.height - band)) ||
    (upright && (box.x < band || box.x + box.width > sheet.width - band))
  );
}

/** `box` rounded out to whole pixels and kept inside a `w`×`h` picture. */
function clampBox(box: Box, w: number, h: number): Box {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(w, Math.ceil(box.x + box.width));
  const y1 = Math.min(h, Math.ceil(box.y + box.height));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

/**
 * Segments a page into lines of glyphs, each glyph the components that `mergeLine` finds to be
 * one symbol by their boxes alone: the segmentation that sheet import and the tests use. Reading
 * formulas groups the pieces of ink by recognition instead (`image-lattice.ts`).
 */
export function segmentImage(gray: GrayImage, opts: SegmentOptions = {}): SegmentResult {
  const page = findInk(gray, opts);
  const lines: SegmentedLine[] = [];
  for (const line of page.lines) {
    const boxes = line.components.map((i) => page.boxOf(i));
    const glyphs: GlyphCandidate[] = mergeLine(boxes, line.xHeight).map((group) => {
      const box = unionBoxes(group.map((k) => boxes[k]));
      return {
        box: page.toInput(box),
        ink: page.crop(
          group.map((k) => line.components[k]),
          box,
        ),
      };
    });
    lines.push({ box: page.toInput(line.box), glyphs });
  }
  const { paper, polarity, inkMask, strokeWidth, charHeight, empty } = page;
  return { lines, paper, polarity, inkMask, strokeWidth, charHeight, empty };
}
