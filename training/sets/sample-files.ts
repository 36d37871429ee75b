/**
 * How one sample lives on disk: `<class folder>/<source>-<yyyymmddThhmmss>-<hex>.png`, a 28×28
 * grey PNG with dark ink on white, like a scan. The file name carries the source and the time,
 * so listing a set needs directory names only, never the files themselves.
 */
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { glyphFromRaster } from '../../recognition/imaging/glyph-from-image.js';
import { GLYPH_PIXELS, GLYPH_SIZE } from '../../recognition/imaging/gray-image.js';

export type SampleSource = 'correction' | 'capture' | 'sheet' | 'import';

/** Only files named like this are samples; anything else in a class folder is someone else's. */
export const SAMPLE_FILE = /^[a-z]+-\d{8}T\d{6}-[0-9a-f]+\.png$/;

/**
 * `<class folder>/<sample file>`. The folder part excludes separators, control characters, the
 * characters Windows refuses and a leading dot, so an id can never point outside its set (no
 * `..`, no absolute path, no drive letter) whatever the page sends.
 */
export const SAMPLE_ID =
  // eslint-disable-next-line no-control-regex
  /^[^./\\<>:"|?*\u0000-\u001f\u007f][^/\\<>:"|?*\u0000-\u001f\u007f]{0,199}\/[a-z]+-\d{8}T\d{6}-[0-9a-f]+\.png$/;

export class TrainingSetError extends Error {
  constructor(
    message: string,
    /** Whether the thing asked for is missing or the request itself cannot be carried out. */
    readonly code: 'not-found' | 'bad-input' = 'not-found',
  ) {
    super(message);
    this.name = 'TrainingSetError';
  }
}

export const compactTime = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, '');

export const sampleFileName = (source: SampleSource, now: Date): string =>
  `${source}-${compactTime(now)}-${randomBytes(4).toString('hex')}.png`;

export interface SampleName {
  readonly source: string;
  /** ISO 8601. */
  readonly createdAt: string;
}

/** Source and time from a sample file name; undefined for anything that is not a sample. */
export function parseSampleFile(file: string): SampleName | undefined {
  const match = /^([a-z]+)-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})-[0-9a-f]+\.png$/.exec(file);
  if (!match) return undefined;
  const [, source, year, month, day, hour, minute, second] = match;
  const time = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second);
  // A hand-edited name with a 13th month must not make the whole listing throw.
  const createdAt = Number.isNaN(time) ? new Date(0).toISOString() : new Date(time).toISOString();
  return { source, createdAt };
}

export interface SampleRef {
  readonly folder: string;
  readonly file: string;
}

export const sampleIdOf = (ref: SampleRef): string => `${ref.folder}/${ref.file}`;

export function parseSampleId(id: string): SampleRef {
  if (!SAMPLE_ID.test(id)) throw new TrainingSetError(`"${id}" is not a sample id`, 'bad-input');
  const slash = id.indexOf('/');
  return { folder: id.slice(0, slash), file: id.slice(slash + 1) };
}

export async function glyphToPng(glyph: Uint8Array): Promise<Buffer> {
  if (glyph.length !== GLYPH_PIXELS)
    throw new TrainingSetError('a sample must be 28×28 pixels', 'bad-input');
  const paper = new Uint8Array(GLYPH_PIXELS);
  for (let i = 0; i < GLYPH_PIXELS; i++) paper[i] = 255 - glyph[i];
  return sharp(paper, { raw: { width: GLYPH_SIZE, height: GLYPH_SIZE, channels: 1 } })
    .png()
    .toBuffer();
}

/**
 * The glyph (ink 255 on 0) of a stored sample. Files the app wrote are 28×28 dark on light and
 * only need inverting; a sample someone replaced by hand with another picture goes through the
 * training data's normaliser. Undefined when the file cannot be read as a picture at all.
 */
export async function pngToGlyph(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    const { data, info } = await sharp(bytes)
      .greyscale()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.width === GLYPH_SIZE && info.height === GLYPH_SIZE && info.channels === 1) {
      const glyph = new Uint8Array(GLYPH_PIXELS);
      for (let i = 0; i < GLYPH_PIXELS; i++) glyph[i] = 255 - data[i];
      return glyph;
    }
    const channels = info.channels === 2 ? 2 : 1;
    return glyphFromRaster({ width: info.width, height: info.height, channels, data }) ?? undefined;
  } catch {
    return undefined;
  }
}
