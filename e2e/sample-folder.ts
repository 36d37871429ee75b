/**
 * Sample folders as users keep them, made from the stroke templates so the tests need no data:
 * a PNG per sample in a folder per class (named as the shared data names classes), plus junk.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { rasteriseStrokes } from '../recognition/imaging/rasterise-strokes.js';
import { TEMPLATES } from '../recognition/strokes/templates.js';

const SIDE = 64;

export interface SampleFolderOptions {
  /** Template names, which are also the class folder names. */
  readonly classes: readonly string[];
  readonly perClass: number;
}

/** Writes the folder at `folder` and returns it; sample k of a class is slanted and bolder. */
export async function writeSampleFolder(
  folder: string,
  { classes, perClass }: SampleFolderOptions,
): Promise<string> {
  for (const name of classes) {
    const template = TEMPLATES[name];
    if (template === undefined) throw new Error(`no stroke template is called "${name}"`);
    await mkdir(join(folder, name), { recursive: true });
    for (let k = 0; k < perClass; k++) {
      const ink = rasteriseStrokes(
        template.map((stroke) => stroke.map(([x, y]) => [x + 0.12 * (k % 3) * y, y])),
        { width: 4 + (k % 4), margin: 6, size: SIDE },
      );
      // Dark on light, like a scan: the importer detects the polarity.
      const paper = ink.data.map((v) => 255 - v);
      const png = await sharp(paper, { raw: { width: SIDE, height: SIDE, channels: 1 } })
        .png()
        .toBuffer();
      await writeFile(join(folder, name, `${k + 1}.png`), png);
    }
  }
  await writeFile(join(folder, 'notes.txt'), 'not a sample');
  return folder;
}
