/**
 * Training sets as plain ImageFolder trees under one root, so users can back them up, share
 * them and train on them anywhere:
 *
 *   <root>/<set id>/set.json                      name, creation date, writer
 *   <root>/<set id>/<class folder>/<source>-<time>-<random>.png
 *   <root>/<set id>/.trash/<trash id>/…           deleted samples, same relative paths
 *   <root>/.trash/<trash id>/                     a deleted set, whole
 *
 * Trash ids begin with the time of deletion, so `purgeTrash` can erase what has been there
 * too long without opening anything.
 *
 * Class folders use the case-safe spelling of `encodeClassFolder`; samples are 28×28 PNGs with
 * dark ink on white, like a scan. Every file is written atomically and every move is one
 * rename, so a crash while saving leaves at most a hidden temporary file, which every reader
 * skips, and a crash in a batch loses at most the item in flight.
 */
import { randomBytes } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { decodeClassFolder, encodeClassFolder } from '../data/class-folder-names.js';
import { mapPool } from '../data/image-folder.js';
import { writeFileAtomic } from '../storage/atomic-file.js';
import { purgeExpired } from '../storage/trash-purge.js';
import {
  importFolder,
  importZip,
  type ImportedSample,
  type ImportResult,
} from './import-samples.js';
import {
  glyphToPng,
  parseSampleFile,
  parseSampleId,
  pngToGlyph,
  sampleFileName,
  sampleIdOf,
  TrainingSetError,
  type SampleRef,
  type SampleSource,
} from './sample-files.js';
import { classFolders, listSampleRefs, sampleFilesIn } from './sample-listing.js';
import {
  checkTrashId,
  newTrashId,
  readTrashRecord,
  TRASH_DIR,
  TRASH_RECORD,
  trashDeletedAt,
  writeTrashRecord,
} from './trash.js';
import { ZIP_LIMITS, type ZipLimits } from './zip-entries.js';

export { glyphToPng, TrainingSetError, type SampleSource };
export type { ImportResult };

export const SET_MANIFEST = 'set.json';

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

export interface StoredSample {
  /** `<class folder>/<file name>`, stable while the sample stays in its class. */
  readonly id: string;
  readonly label: string;
  readonly source: string;
  readonly createdAt: string;
  /** 784 bytes, ink = 255 on 0; blank when the file cannot be read as a picture. */
  readonly glyph: Uint8Array;
}

export interface StoredSamplePage {
  readonly total: number;
  readonly samples: readonly StoredSample[];
}

export interface TrainingSetStoreOptions {
  /** For tests: smaller limits than the real ones, to exercise refusals cheaply. */
  readonly zipLimits?: ZipLimits;
}

/** PNGs of 28×28 decode in well under a millisecond; a few in flight hide the file reads. */
const READS_IN_FLIGHT = 8;

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

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** A name of the same source and time that is free in `dir`, so a move never overwrites. */
async function freeFileName(dir: string, file: string): Promise<string> {
  let name = file;
  while (await exists(join(dir, name)))
    name = file.replace(/-[0-9a-f]+\.png$/, `-${randomBytes(4).toString('hex')}.png`);
  return name;
}

export class TrainingSetStore {
  private readonly zipLimits: ZipLimits;

  constructor(
    readonly root: string,
    options: TrainingSetStoreOptions = {},
  ) {
    this.zipLimits = options.zipLimits ?? ZIP_LIMITS;
  }

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
    await this.writeManifest(id, manifest);
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

  private async writeManifest(id: string, manifest: TrainingSetManifest): Promise<void> {
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    await writeFileAtomic(join(this.dirOf(id), SET_MANIFEST), text);
  }

  /** The folder of an existing set; throws when there is none. */
  private async setDir(id: string): Promise<string> {
    await this.manifest(id);
    return this.dirOf(id);
  }

  /** Counts the samples of a set; files that are not samples (junk, temporaries) are ignored. */
  async summary(id: string): Promise<TrainingSetSummary> {
    const manifest = await this.manifest(id);
    const dir = this.dirOf(id);
    const perClass: Record<string, number> = {};
    let samples = 0;
    for (const folder of await classFolders(dir)) {
      const count = (await sampleFilesIn(join(dir, folder))).length;
      if (count === 0) continue;
      const label = decodeClassFolder(folder);
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
      const path = join(dir, sampleFileName(sample.source, now));
      await writeFileAtomic(path, await glyphToPng(sample.glyph));
      paths.push(path);
    }
    return paths;
  }

  /**
   * One page of a set's samples (of one class, or all when `label` is null), ordered by class
   * then file name. Only the page's files are read.
   */
  async listSamples(
    id: string,
    label: string | null,
    offset: number,
    limit: number,
  ): Promise<StoredSamplePage> {
    const dir = await this.setDir(id);
    const refs = await listSampleRefs(dir, label);
    const start = Math.max(0, Math.floor(offset));
    const page = refs.slice(start, start + Math.max(0, Math.floor(limit)));
    const samples = await mapPool(
      page,
      READS_IN_FLIGHT,
      async (ref): Promise<StoredSample> => {
        const name = parseSampleFile(ref.file);
        let glyph: Uint8Array | undefined;
        try {
          glyph = await glyphFromFile(join(dir, ref.folder, ref.file));
        } catch {
          // Moved or deleted since the listing: shown blank, gone on the next refresh.
        }
        return {
          id: sampleIdOf(ref),
          label: ref.label,
          source: name?.source ?? 'unknown',
          createdAt: name?.createdAt ?? new Date(0).toISOString(),
          glyph: glyph ?? new Uint8Array(GLYPH_PIXELS),
        };
      },
      () => {},
    );
    return { total: refs.length, samples };
  }

  /** The samples behind `sampleIds`, all of which must exist, so that a batch fails whole. */
  private async existingRefs(dir: string, sampleIds: readonly string[]): Promise<SampleRef[]> {
    // A repeated id would find its file gone the second time, half way through the batch.
    const refs = [...new Set(sampleIds)].map(parseSampleId);
    for (const ref of refs)
      if (!(await exists(join(dir, ref.folder, ref.file))))
        throw new TrainingSetError(
          `the sample ${sampleIdOf(ref)} is not in this set (it may have been deleted)`,
        );
    return refs;
  }

  /** Moves samples into the class `label`; returns their new ids in the order given. */
  async relabel(id: string, sampleIds: readonly string[], label: string): Promise<string[]> {
    const dir = await this.setDir(id);
    const refs = await this.existingRefs(dir, sampleIds);
    const target = encodeClassFolder(label);
    await mkdir(join(dir, target), { recursive: true });
    const ids: string[] = [];
    for (const ref of refs) {
      if (ref.folder === target) {
        ids.push(sampleIdOf(ref));
        continue;
      }
      const file = await freeFileName(join(dir, target), ref.file);
      await rename(join(dir, ref.folder, ref.file), join(dir, target, file));
      ids.push(sampleIdOf({ folder: target, file }));
    }
    return ids;
  }

  /** Moves samples into the set's trash; `restoreSamples` with the returned id undoes it. */
  async deleteSamples(id: string, sampleIds: readonly string[], now = new Date()): Promise<string> {
    const dir = await this.setDir(id);
    const refs = await this.existingRefs(dir, sampleIds);
    const trashId = newTrashId(now);
    const trashDir = join(dir, TRASH_DIR, trashId);
    await mkdir(trashDir, { recursive: true });
    // Written first: a crash during the moves leaves a complete record, and restore moves back
    // whatever did reach the trash.
    await writeTrashRecord(trashDir, {
      format: 'inkform-trash',
      version: 1,
      kind: 'samples',
      deletedAt: now.toISOString(),
      samples: refs.map(sampleIdOf),
    });
    for (const ref of refs) {
      await mkdir(join(trashDir, ref.folder), { recursive: true });
      await rename(join(dir, ref.folder, ref.file), join(trashDir, ref.folder, ref.file));
    }
    return trashId;
  }

  async restoreSamples(id: string, trashId: string): Promise<void> {
    const dir = await this.setDir(id);
    const trashDir = join(dir, TRASH_DIR, checkTrashId(trashId));
    const record = await readTrashRecord(trashDir);
    if (record.kind !== 'samples') throw new TrainingSetError('that trash item is not samples');
    let left = 0;
    for (const folder of await classFolders(trashDir)) {
      for (const file of await sampleFilesIn(join(trashDir, folder))) {
        await mkdir(join(dir, folder), { recursive: true });
        if (await exists(join(dir, folder, file))) left++;
        else await rename(join(trashDir, folder, file), join(dir, folder, file));
      }
    }
    if (left === 0) await rm(trashDir, { recursive: true, force: true });
  }

  async rename(id: string, name: string): Promise<TrainingSetSummary> {
    const trimmed = name.trim();
    if (trimmed.length === 0)
      throw new TrainingSetError('a training set needs a name', 'bad-input');
    const manifest = await this.manifest(id);
    await this.writeManifest(id, { ...manifest, name: trimmed });
    return this.summary(id);
  }

  /** Moves the whole set into the root's trash; `restoreSet` with the returned id undoes it. */
  async deleteSet(id: string, now = new Date()): Promise<string> {
    const manifest = await this.manifest(id);
    const dir = this.dirOf(id);
    const trashId = newTrashId(now);
    // The record travels inside the set's folder, so the move is one rename and the set can
    // never be in the trash without it.
    await writeTrashRecord(dir, {
      format: 'inkform-trash',
      version: 1,
      kind: 'set',
      deletedAt: now.toISOString(),
      setId: id,
      name: manifest.name,
    });
    await mkdir(join(this.root, TRASH_DIR), { recursive: true });
    await rename(dir, join(this.root, TRASH_DIR, trashId));
    return trashId;
  }

  async restoreSet(trashId: string): Promise<TrainingSetSummary> {
    const trashDir = join(this.root, TRASH_DIR, checkTrashId(trashId));
    const record = await readTrashRecord(trashDir);
    if (record.kind !== 'set') throw new TrainingSetError('that trash item is not a training set');
    const dir = this.dirOf(record.setId);
    if (await exists(dir))
      throw new TrainingSetError(
        `a training set with the id "${record.setId}" exists again; it cannot be restored over`,
        'bad-input',
      );
    await rename(trashDir, dir);
    await rm(join(dir, TRASH_RECORD), { force: true });
    return this.summary(record.setId);
  }

  /**
   * Erases trash items deleted more than `olderThanMs` before `now`, both whole sets in the
   * root's trash and samples in every set's, and returns how many; younger items stay
   * restorable. Folders that are not sets are left alone, as everywhere else.
   */
  async purgeTrash(olderThanMs: number, now = new Date()): Promise<number> {
    const trashDirs = [join(this.root, TRASH_DIR)];
    let entries;
    try {
      entries = await readdir(this.root, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const dir = join(this.root, entry.name);
      if (await exists(join(dir, SET_MANIFEST))) trashDirs.push(join(dir, TRASH_DIR));
    }
    return purgeExpired(trashDirs, trashDeletedAt, olderThanMs, now);
  }

  /** Imports the ImageFolder tree in a zip's bytes; samples get the source `import`. */
  async importZip(id: string, bytes: Uint8Array, now = new Date()): Promise<ImportResult> {
    await this.setDir(id);
    return importZip(bytes, this.saver(id, now), this.zipLimits);
  }

  /** Imports an ImageFolder tree from a folder on disk; samples get the source `import`. */
  async importFolder(id: string, path: string, now = new Date()): Promise<ImportResult> {
    await this.setDir(id);
    return importFolder(path, this.saver(id, now), this.zipLimits);
  }

  private saver(id: string, now: Date): (samples: readonly ImportedSample[]) => Promise<void> {
    return async (samples) => {
      await this.add(
        id,
        samples.map((s) => ({ ...s, source: 'import' })),
        now,
      );
    };
  }
}

async function glyphFromFile(path: string): Promise<Uint8Array | undefined> {
  return pngToGlyph(await readFile(path));
}
