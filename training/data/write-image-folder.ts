import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import sharp from 'sharp';
import { GLYPH_SIZE } from '../../recognition/imaging/gray-image.js';
import { encodeClassFolder } from './class-folder-names.js';
import { glyphAt, type GlyphDataset } from './dataset.js';

export interface WriteImageFolderOptions {
  /** Write under `<root>/<split>/` so that `loadImageFolder` sees the split layout. */
  readonly split?: 'train' | 'test';
}

const WRITES_IN_FLIGHT = 8;

/**
 * Writes `data` as an ImageFolder tree of 28×28 PNGs, dark ink on white like a scan, one folder
 * per class spelled with `encodeClassFolder`. Each file appears complete or not at all (written
 * under a temporary name, then renamed), so an interrupted run never leaves a truncated PNG that
 * a later load would have to skip.
 */
export async function writeImageFolder(
  root: string,
  data: GlyphDataset,
  opts: WriteImageFolderOptions = {},
): Promise<void> {
  const dir = opts.split ? join(root, opts.split) : root;
  const folders = data.classes.map((name) => join(dir, encodeClassFolder(name)));
  const used = new Set<number>();
  for (let i = 0; i < data.count; i++) used.add(data.labels[i]);
  for (const label of used) await mkdir(folders[label], { recursive: true });

  // Sample indices as names keep files unique per split and in data set order when sorted.
  const digits = Math.max(5, String(data.count).length);
  let next = 0;
  const worker = async () => {
    while (next < data.count) {
      const i = next++;
      const glyph = glyphAt(data, i);
      const paper = new Uint8Array(glyph.length);
      for (let p = 0; p < glyph.length; p++) paper[p] = 255 - glyph[p];
      const png = await sharp(paper, {
        raw: { width: GLYPH_SIZE, height: GLYPH_SIZE, channels: 1 },
      })
        .png()
        .toBuffer();
      const path = join(folders[data.labels[i]], `${String(i).padStart(digits, '0')}.png`);
      const tmp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
      try {
        await writeFile(tmp, png);
        await rename(tmp, path);
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_IN_FLIGHT, data.count) }, worker));
}
