import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { NOT_A_SYMBOL, SYMBOL_NAMES, VARIANT_ALIASES } from '../../recognition/symbols.js';
import type { GlyphDataset } from './dataset.js';

/** Reads the packed format of `shared/datasets/symbols` (`images.u8.gz` + `meta.tsv.gz`). */

export type Split = 'train' | 'test';

export interface PackedSplits {
  readonly train: GlyphDataset;
  readonly test: GlyphDataset;
  /** Labels that are not one of our classes (e.g. `alt:minus`), with how many were left out. */
  readonly dropped: Readonly<Record<string, number>>;
}

interface MetaRow {
  index: number;
  label: string;
  writer: string;
  split: string;
  testKind: string;
}

function parseMeta(tsv: string): MetaRow[] {
  const lines = tsv.trimEnd().split('\n');
  const header = lines[0].split('\t');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`meta.tsv lacks the column "${name}"`);
    return i;
  };
  const [iIndex, iLabel, iWriter, iSplit, iKind] = [
    col('index'),
    col('label'),
    col('writer'),
    col('split'),
    col('test_kind'),
  ];
  return lines.slice(1).map((line) => {
    const f = line.split('\t');
    return {
      index: Number(f[iIndex]),
      label: f[iLabel],
      writer: f[iWriter],
      split: f[iSplit],
      testKind: f[iKind] ?? '',
    };
  });
}

export async function isPackedDir(dir: string): Promise<boolean> {
  try {
    await Promise.all(
      ['images.u8.gz', 'meta.tsv.gz'].map((f) => readFile(join(dir, f)).then(() => undefined)),
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads both splits with our 78 classes in canonical order, followed by `NOT_A_SYMBOL` when the
 * data has samples of it (a set made for the recogniser's lattice). Variants that mean one of our
 * symbols are folded into it; labels that are not formula symbols are dropped and counted.
 */
export async function loadPacked(dir: string): Promise<PackedSplits> {
  const [pixels, meta] = await Promise.all([
    readFile(join(dir, 'images.u8.gz')).then((b) => gunzipSync(b)),
    readFile(join(dir, 'meta.tsv.gz')).then((b) => gunzipSync(b).toString('utf8')),
  ]);
  const rows = parseMeta(meta);
  if (pixels.length < rows.length * GLYPH_PIXELS) {
    throw new Error(
      `images.u8.gz holds ${Math.floor(pixels.length / GLYPH_PIXELS)} images but meta.tsv lists ${rows.length}`,
    );
  }
  const classes = rows.some((r) => r.label === NOT_A_SYMBOL)
    ? [...SYMBOL_NAMES, NOT_A_SYMBOL]
    : SYMBOL_NAMES;
  const classIndex = new Map(classes.map((n, i) => [n, i]));
  const dropped: Record<string, number> = {};
  const picked: Record<Split, { row: MetaRow; label: number }[]> = { train: [], test: [] };
  for (const row of rows) {
    const label = classIndex.get(VARIANT_ALIASES[row.label] ?? row.label);
    if (label === undefined || (row.split !== 'train' && row.split !== 'test')) {
      dropped[row.label] = (dropped[row.label] ?? 0) + 1;
      continue;
    }
    picked[row.split].push({ row, label });
  }
  const build = (items: { row: MetaRow; label: number }[]): GlyphDataset => {
    const images = new Uint8Array(items.length * GLYPH_PIXELS);
    const labels = new Uint16Array(items.length);
    items.forEach(({ row, label }, j) => {
      images.set(
        pixels.subarray(row.index * GLYPH_PIXELS, (row.index + 1) * GLYPH_PIXELS),
        j * GLYPH_PIXELS,
      );
      labels[j] = label;
    });
    return {
      classes,
      images,
      labels,
      count: items.length,
      writers: items.map((i) => i.row.writer),
      testKinds: items.map((i) => i.row.testKind),
    };
  };
  return { train: build(picked.train), test: build(picked.test), dropped };
}
