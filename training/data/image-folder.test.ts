import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLYPH_PIXELS, GLYPH_SIZE } from '../../recognition/imaging/gray-image.js';
import { glyphAt, type GlyphDataset } from './dataset.js';
import { loadImageFolder, summariseReport } from './image-folder.js';
import { loadTrainingData } from './load-data.js';
import { writeImageFolder } from './write-image-folder.js';

interface Drawing {
  width: number;
  height: number;
  /** Ink on paper (true) or light strokes on a dark board (false). */
  darkInk: boolean;
  /** The stroke box, as fractions of the image, placed off-centre on purpose. */
  box: [x0: number, y0: number, x1: number, y1: number];
}

/** A grey image holding a thick plus sign: enough shape to check centring and orientation. */
function drawPlus({ width, height, darkInk, box }: Drawing): Buffer {
  const paper = darkInk ? 235 : 20;
  const ink = darkInk ? 15 : 240;
  const data = Buffer.alloc(width * height, paper);
  const [x0, y0, x1, y1] = [box[0] * width, box[1] * height, box[2] * width, box[3] * height];
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const half = Math.max(1, Math.min(x1 - x0, y1 - y0) / 10);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inBox = x >= x0 && x < x1 && y >= y0 && y < y1;
      if (inBox && (Math.abs(x - cx) <= half || Math.abs(y - cy) <= half))
        data[y * width + x] = ink;
    }
  }
  return data;
}

/** A horizontal bar only: turned by EXIF orientation it must come out vertical. */
function drawBar(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height, 255);
  for (let y = Math.floor(height * 0.45); y < Math.ceil(height * 0.55); y++) {
    for (let x = Math.floor(width * 0.1); x < Math.ceil(width * 0.9); x++) data[y * width + x] = 0;
  }
  return data;
}

async function writeImage(
  path: string,
  pixels: Buffer,
  width: number,
  height: number,
  format: 'png' | 'jpeg' | 'webp' = 'png',
): Promise<void> {
  const image = sharp(pixels, { raw: { width, height, channels: 1 } });
  const encoded =
    format === 'png'
      ? image.png()
      : format === 'jpeg'
        ? image.jpeg({ quality: 92 })
        : image.webp({ lossless: true });
  await writeFile(path, await encoded.toBuffer());
}

/** A plus in the format its file name says: .jpg or .jpeg, .webp, otherwise PNG. */
async function writePlus(path: string, drawing: Drawing) {
  const format = /\.jpe?g$/.test(path) ? 'jpeg' : path.endsWith('.webp') ? 'webp' : 'png';
  await writeImage(path, drawPlus(drawing), drawing.width, drawing.height, format);
}

function inkStats(glyph: Uint8Array): { total: number; cx: number; cy: number; corners: number } {
  let total = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < GLYPH_SIZE; y++) {
    for (let x = 0; x < GLYPH_SIZE; x++) {
      const v = glyph[y * GLYPH_SIZE + x];
      total += v;
      sx += v * x;
      sy += v * y;
    }
  }
  const last = GLYPH_SIZE - 1;
  const corners =
    glyph[0] + glyph[last] + glyph[last * GLYPH_SIZE] + glyph[last * GLYPH_SIZE + last];
  return { total, cx: sx / total, cy: sy / total, corners };
}

function expectCentredInk(data: GlyphDataset): void {
  for (let i = 0; i < data.count; i++) {
    const { total, cx, cy, corners } = inkStats(glyphAt(data, i));
    expect(total).toBeGreaterThan(255 * 20);
    expect(Math.abs(cx - 13.5)).toBeLessThan(2.5);
    expect(Math.abs(cy - 13.5)).toBeLessThan(2.5);
    expect(corners).toBe(0);
  }
}

function classCounts(data: GlyphDataset): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const label of data.labels)
    counts[data.classes[label]] = (counts[data.classes[label]] ?? 0) + 1;
  return counts;
}

let tmp: string;
let flat: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'inkform-image-folder-'));
  flat = join(tmp, 'flat');
  await buildFlatTree(flat);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** The flat tree's good images: several sizes, formats and polarities, off-centre. */
const GOOD_IMAGES: readonly [file: string, Drawing][] = [
  ['A/small.png', { width: 50, height: 80, darkInk: true, box: [0.05, 0.1, 0.5, 0.4] }],
  ['A/big.jpg', { width: 300, height: 300, darkInk: false, box: [0.5, 0.55, 0.95, 0.95] }],
  ['^A/encoded.webp', { width: 64, height: 40, darkInk: true, box: [0.6, 0.1, 0.95, 0.6] }],
  ['a/one.png', { width: 120, height: 90, darkInk: false, box: [0.1, 0.1, 0.6, 0.9] }],
  ['a/two', { width: 28, height: 28, darkInk: true, box: [0.2, 0.2, 0.8, 0.8] }],
  ['forall/f.png', { width: 200, height: 100, darkInk: true, box: [0.3, 0.1, 0.7, 0.9] }],
  ['∀/g.jpeg', { width: 90, height: 90, darkInk: true, box: [0, 0, 0.5, 0.5] }],
  ['my symbol/m.png', { width: 40, height: 40, darkInk: true, box: [0.1, 0.1, 0.9, 0.9] }],
];

/** A flat tree with good images in several sizes, formats and polarities, and typical junk. */
async function buildFlatTree(root: string): Promise<void> {
  for (const folder of ['A', '^A', 'a', 'forall', '∀', 'my symbol']) {
    await mkdir(join(root, folder), { recursive: true });
  }
  for (const [file, drawing] of GOOD_IMAGES) await writePlus(join(root, file), drawing);

  // Junk that must be counted as skipped, with a reason.
  await writeFile(join(root, 'a', 'zero.png'), Buffer.alloc(0));
  await writeFile(join(root, 'a', 'text.png'), 'this is not a picture\n');
  await writeFile(join(root, 'forall', 'scan.png'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
  await writeImage(join(root, 'A', 'blank.png'), Buffer.alloc(60 * 60, 255), 60, 60);
  // Files and folders that are not data, passed over silently.
  await writeFile(join(root, 'A', '.DS_Store'), Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
  await writeFile(join(root, 'A', 'notes.txt'), 'drawn by hand\n');
  await writeFile(join(root, 'README.md'), '# glyphs\n');
  await mkdir(join(root, 'A', 'nested'));
  await writePlus(join(root, 'A', 'nested', 'deep.png'), {
    width: 30,
    height: 30,
    darkInk: true,
    box: [0.1, 0.1, 0.9, 0.9],
  });
}

describe('loadImageFolder', () => {
  it('loads a flat tree, merging folder spellings of one class', async () => {
    const progress: [number, number][] = [];
    const { train, test, report } = await loadImageFolder(flat, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(test).toBeUndefined();
    expect(train.classes).toEqual(['forall', 'a', 'A', 'my symbol']);
    expect(classCounts(train)).toEqual({ forall: 2, a: 2, A: 3, 'my symbol': 1 });
    expect(report.perClass).toEqual({ forall: 2, a: 2, A: 3, 'my symbol': 1 });
    expect(report.loaded).toBe(8);
    expect(report.skipped).toBe(4);
    expect(report.ignored).toBe(4);
    const reasons = Object.fromEntries(
      report.skippedExamples.map((e) => [e.path.slice(flat.length + 1), e.reason]),
    );
    expect(reasons[join('a', 'zero.png')]).toBe('empty file');
    expect(reasons[join('a', 'text.png')]).toBe('not a readable image (not a picture file)');
    expect(reasons[join('forall', 'scan.png')]).toBe('not a readable image (a PDF file)');
    // The decoder's own texts (library names, "Input buffer …") never reach the user.
    for (const reason of Object.values(reasons)) expect(reason).not.toMatch(/sharp|vips|buffer/i);
    expect(reasons[join('A', 'blank.png')]).toBe('blank image');
    expect(progress[0]).toEqual([0, 12]);
    expect(progress.at(-1)).toEqual([12, 12]);
    expectCentredInk(train);
    expect(summariseReport(report)).toMatch(/^loaded 8 image\(s\) in 4 class\(es\), 1–3 per class/);
    expect(summariseReport(report)).toMatch(/skipped 4 .*ignored 4/);
  });

  it('loads the same data set every time', async () => {
    const first = await loadImageFolder(flat);
    const second = await loadImageFolder(flat);
    expect(second.train.images).toEqual(first.train.images);
    expect(second.train.labels).toEqual(first.train.labels);
  });

  it('labels with given classes and skips the others as unknown', async () => {
    const { train, report } = await loadImageFolder(flat, { classes: ['z', 'A', 'a'] });
    expect(train.classes).toEqual(['z', 'A', 'a']);
    expect(classCounts(train)).toEqual({ A: 3, a: 2 });
    expect(report.perClass).toEqual({ z: 0, A: 3, a: 2 });
    // forall/scan.png is junk too, but its folder alone rules it out before decoding.
    expect(report.skipped).toBe(3 + 4);
    expect(report.skippedExamples.filter((e) => e.reason === 'unknown class')).toHaveLength(4);
  });

  it('loads the train/test layout and drops test classes missing from train', async () => {
    const root = join(tmp, 'split');
    for (const dir of ['train/A', 'train/a', 'Test/A', 'Test/b']) {
      await mkdir(join(root, dir), { recursive: true });
    }
    const drawing: Drawing = { width: 40, height: 60, darkInk: true, box: [0.1, 0.1, 0.9, 0.9] };
    for (const dir of ['train/A', 'train/A', 'train/a', 'Test/A', 'Test/b']) {
      const name = `${Math.random().toString(36).slice(2)}.png`;
      await writePlus(join(root, dir, name), drawing);
    }
    await mkdir(join(root, 'val'));
    const { train, test, report } = await loadImageFolder(root);
    expect(train.classes).toEqual(['a', 'A']);
    expect(classCounts(train)).toEqual({ a: 1, A: 2 });
    expect(test?.classes).toBe(train.classes);
    expect(test && classCounts(test)).toEqual({ A: 1 });
    expect(report.perClass).toEqual({ a: 1, A: 3 });
    expect(report.skipped).toBe(1);
    expect(report.skippedExamples[0].reason).toBe('class not in train');
    expect(report.ignored).toBe(1);
  });

  it('applies EXIF orientation', async () => {
    const root = join(tmp, 'exif');
    await mkdir(join(root, 'eq'), { recursive: true });
    await mkdir(join(root, 'neg'), { recursive: true });
    const bar = sharp(drawBar(80, 40), { raw: { width: 80, height: 40, channels: 1 } });
    await writeFile(join(root, 'eq', 'plain.jpg'), await bar.clone().jpeg().toBuffer());
    const turned = await bar.clone().jpeg().withMetadata({ orientation: 6 }).toBuffer();
    await writeFile(join(root, 'neg', 'turned.jpg'), turned);
    const { train } = await loadImageFolder(root);
    const extent = (glyph: Uint8Array) => {
      const xs = new Set<number>();
      const ys = new Set<number>();
      glyph.forEach((v, p) => {
        if (v > 128) {
          xs.add(p % GLYPH_SIZE);
          ys.add(Math.floor(p / GLYPH_SIZE));
        }
      });
      return { w: xs.size, h: ys.size };
    };
    const sampleOf = (name: string) => train.labels.indexOf(train.classes.indexOf(name));
    const plain = extent(glyphAt(train, sampleOf('eq')));
    const rotated = extent(glyphAt(train, sampleOf('neg')));
    expect(plain.w).toBeGreaterThan(plain.h * 2);
    expect(rotated.h).toBeGreaterThan(rotated.w * 2);
  });

  it('explains a missing folder, an empty folder and a folder of junk', async () => {
    await expect(loadImageFolder(join(tmp, 'nope'))).rejects.toThrow(/not found: .*nope/);

    const empty = join(tmp, 'empty');
    await mkdir(empty);
    await writeFile(join(empty, '.DS_Store'), '');
    await expect(loadImageFolder(empty)).rejects.toThrow(
      /no images found in .*empty: expected <root>\/<class>\/\*\.png .*no class folders/,
    );

    const junk = join(tmp, 'junk');
    await mkdir(join(junk, 'x'), { recursive: true });
    await writeFile(join(junk, 'x', '1.png'), 'not an image');
    await writeFile(join(junk, 'x', '2.png'), Buffer.alloc(0));
    await writeFile(join(junk, 'x', 'Thumbs.db'), 'thumbs');
    await expect(loadImageFolder(junk)).rejects.toThrow(
      /no usable images in .*junk: skipped 2 file\(s\), e\.g\. .*1\.png: not a readable image/,
    );

    const onlyIgnored = join(tmp, 'only-ignored');
    await mkdir(join(onlyIgnored, 'x'), { recursive: true });
    await writeFile(join(onlyIgnored, 'x', 'labels.json'), '{}');
    await expect(loadImageFolder(onlyIgnored)).rejects.toThrow(
      /no images found .*1 class folder\(s\) with no images \(ignored 1/,
    );
  });
});

describe('writeImageFolder', () => {
  it('writes PNG scans that load back as the same glyphs', async () => {
    const source = await loadImageFolder(flat);
    const root = join(tmp, 'written');
    await writeImageFolder(root, source.train, { split: 'train' });
    await writeImageFolder(root, source.train, { split: 'test' });

    const folders = (await readdir(join(root, 'train'))).sort();
    expect(folders).toEqual(['^A', 'a', 'forall', 'my symbol']);
    const files = await readdir(join(root, 'train', '^A'));
    expect(files.every((f) => /^\d{5}\.png$/.test(f))).toBe(true);
    const meta = await sharp(join(root, 'train', '^A', files[0])).stats();
    // Paper-like: mostly white, as a scan would be.
    expect(meta.channels[0].mean).toBeGreaterThan(128);

    const back = await loadTrainingData(root);
    expect(back.kind).toBe('image-folder');
    expect(back.train.classes).toEqual(source.train.classes);
    expect(classCounts(back.train)).toEqual(classCounts(source.train));
    expect(back.test?.count).toBe(source.train.count);
    // Samples come back grouped by folder, but in their original order within a class.
    const samplesOf = (data: GlyphDataset, label: number) =>
      Array.from(data.labels.keys()).filter((i) => data.labels[i] === label);
    source.train.classes.forEach((_, label) => {
      const before = samplesOf(source.train, label);
      const after = samplesOf(back.train, label);
      before.forEach((i, k) => {
        const a = glyphAt(source.train, i);
        const b = glyphAt(back.train, after[k]);
        let diff = 0;
        for (let p = 0; p < GLYPH_PIXELS; p++) diff += Math.abs(a[p] - b[p]);
        expect(diff / GLYPH_PIXELS).toBeLessThan(8);
      });
    });
  });
});

describe('loadTrainingData', () => {
  it('recognises the packed format in a symbols/ child and keeps writers', async () => {
    const root = join(tmp, 'shared');
    const dir = join(root, 'symbols');
    await mkdir(dir, { recursive: true });
    const rows = [
      ['0', 'a', 'w1', 'train', ''],
      ['1', 'forall', 'w2', 'train', ''],
      ['2', 'alt:minus', 'w2', 'train', ''],
      ['3', 'A', 'w3', 'test', 'writer'],
      ['4', 'a', 'w4', 'test', 'random'],
    ];
    const images = new Uint8Array(rows.length * GLYPH_PIXELS);
    images.forEach((_, p) => (images[p] = p % 7 === 0 ? 255 : 0));
    const tsv = ['index\tlabel\twriter\tsplit\ttest_kind', ...rows.map((r) => r.join('\t'))];
    await writeFile(join(dir, 'images.u8.gz'), gzipSync(images));
    await writeFile(join(dir, 'meta.tsv.gz'), gzipSync(tsv.join('\n') + '\n'));

    const data = await loadTrainingData(root);
    expect(data.kind).toBe('packed');
    expect(data.train.count).toBe(2);
    expect(data.test?.writers).toEqual(['w3', 'w4']);
    expect(data.test?.testKinds).toEqual(['writer', 'random']);
    expect(data.report.loaded).toBe(4);
    expect(data.report.skipped).toBe(1);
    expect(data.report.skippedExamples[0].reason).toMatch(/alt:minus/);

    const narrowed = await loadTrainingData(dir, { classes: ['A', 'a'] });
    expect(narrowed.train.classes).toEqual(['A', 'a']);
    expect(Array.from(narrowed.train.labels)).toEqual([1]);
    expect(narrowed.train.writers).toEqual(['w1']);
    expect(Array.from(narrowed.test!.labels)).toEqual([0, 1]);
    expect(narrowed.report.skipped).toBe(2);
    expect(narrowed.report.perClass).toEqual({ A: 1, a: 2 });
  });
});
