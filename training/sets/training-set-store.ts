/**
 * Training sets as plain ImageFolder trees under one root, so users can back them up, share
 * them and train on them anywhere:
 *
 *   <root>/<set id>/set.json                      name, creation date, writer
 *   <root>/<set id>/<class folder>/<source>-<time>-<random>.png
 *
 * Class folders use the case-safe spelling of `encodeClassFolder`; samples are 28×28 PNGs with
 * dark ink on white, like a scan. Every file is written atomically, so a crash while saving
 * leaves at most a hidden temporary file, which every reader skips.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { GLYPH_PIXELS, GLYPH_SIZE } from '../../recognition/imaging/gray-image.js';
import { writeFileAtomic } from '../storage/atomic-file.js';
import { decodeClassFolder, encodeClassFolder } from '../data/class-folder-names.js';

export const SET_MANIFEST = 'set.json';

export type SampleSource = 'correction' | 'capture' | 'sheet' | 'import';

export interface TrainingSetManifest {
  readonly format: 'inkform-training-set';
  readonly version: 1;
  readonly name: string;
  readonly createdAt: string;
  /** Whose handwriting, when the user says so. */
  readonly writer: string | null;
}

export interface TrainingSetSummary {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly samples: number;
  readonly perClass: Readonly<Record<string, number>>;
}

export interface SampleToSave {
  readonly label: string;
  /** 784 bytes, ink = 255 on 0. */
  readonly glyph: Uint8Array;
  readonly source: SampleSource;
}

export class TrainingSetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrainingSetError';
  }
}

const SAMPLE_FILE = /^[a-z]+-\d{8}T\d{6}-[0-9a-f]+\.png$/;

function parseManifest(json: unknown): TrainingSetManifest {
  const m = json as Partial<TrainingSetManifest> | null;
  if (!m || m.format !== 'inkform-training-set' || m.version !== 1 || typeof m.name !== 'string')
    throw new TrainingSetError('not an Inkform training set manifest');
  return {
    format: 'inkform-training-set',
    version: 1,
    name: m.name,
    createdAt: typeof m.createdAt === 'string' ? m.createdAt : new Date(0).toISOString(),
    writer: typeof m.writer === 'string' ? m.writer : null,
  };
}

/** A folder-safe id that still reads like the name: `my-corrections-4f1c`. */
function idFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'set'}-${randomBytes(3).toString('hex')}`;
}

const compactTime = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, '');

export async function glyphToPng(glyph: Uint8Array): Promise<Buffer> {
  if (glyph.length !== GLYPH_PIXELS) throw new TrainingSetError('a sample must be 28×28 pixels');
  const paper = new Uint8Array(GLYPH_PIXELS);
  for (let i = 0; i < GLYPH_PIXELS; i++) paper[i] = 255 - glyph[i];
  return sharp(paper, { raw: { width: GLYPH_SIZE, height: GLYPH_SIZE, channels: 1 } })
    .png()
    .toBuffer();
}

export class TrainingSetStore {
  constructor(readonly root: string) {}

  private dirOf(id: string): string {
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(id))
      throw new TrainingSetError(`invalid set id "${id}"`);
    return join(this.root, id);
  }

  async create(
    name: string,
    writer: string | null = null,
    now = new Date(),
  ): Promise<TrainingSetSummary> {
    const id = idFor(name);
    const dir = this.dirOf(id);
    await mkdir(dir, { recursive: true });
    const manifest: TrainingSetManifest = {
      format: 'inkform-training-set',
      version: 1,
      name,
      createdAt: now.toISOString(),
      writer,
    };
    await writeFileAtomic(join(dir, SET_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return { id, name, createdAt: manifest.createdAt, samples: 0, perClass: {} };
  }

  async manifest(id: string): Promise<TrainingSetManifest> {
    let text: string;
    try {
      text = await readFile(join(this.dirOf(id), SET_MANIFEST), 'utf8');
    } catch {
      throw new TrainingSetError(`there is no training set "${id}"`);
    }
    return parseManifest(JSON.parse(text) as unknown);
  }

  /** Counts the samples of a set; files that are not samples (junk, temporaries) are ignored. */
  async summary(id: string): Promise<TrainingSetSummary> {
    const manifest = await this.manifest(id);
    const perClass: Record<string, number> = {};
    let samples = 0;
    for (const entry of await readdir(this.dirOf(id), { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const files = await readdir(join(this.dirOf(id), entry.name));
      const count = files.filter((f) => SAMPLE_FILE.test(f)).length;
      if (count === 0) continue;
      const label = decodeClassFolder(entry.name);
      perClass[label] = (perClass[label] ?? 0) + count;
      samples += count;
    }
    return { id, name: manifest.name, createdAt: manifest.createdAt, samples, perClass };
  }

  /** Every set under the root, oldest first; folders that are not sets are skipped. */
  async list(): Promise<TrainingSetSummary[]> {
    let entries;
    try {
      entries = await readdir(this.root, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const sets: TrainingSetSummary[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      try {
        sets.push(await this.summary(entry.name));
      } catch {
        // Not a training set (or an invalid id): leave the user's folder alone.
      }
    }
    return sets.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Saves samples one file each; returns the file paths. */
  async add(id: string, samples: readonly SampleToSave[], now = new Date()): Promise<string[]> {
    await this.manifest(id);
    const paths: string[] = [];
    for (const sample of samples) {
      const dir = join(this.dirOf(id), encodeClassFolder(sample.label));
      await mkdir(dir, { recursive: true });
      const name = `${sample.source}-${compactTime(now)}-${randomBytes(4).toString('hex')}.png`;
      const path = join(dir, name);
      await writeFileAtomic(path, await glyphToPng(sample.glyph));
      paths.push(path);
    }
    return paths;
  }
}
