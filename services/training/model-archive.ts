/**
 * Models as zip files: export packs the known files of a model folder; import unpacks into a
 * hidden folder beside the models, checks it the way the app loads models, and only then
 * renames it into place, so a refused or broken archive leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { parseEvaluation } from '../../training/eval/evaluation-file.js';
import {
  EVALUATION_JSON,
  loadModel,
  MODEL_FILES,
} from '../../recognition/model-format/model-io.js';
import { TEMP_PREFIX, writeFileAtomic } from '../../training/storage/atomic-file.js';
import type { ModelArchive } from '../contract/training.js';
import { ServiceError } from '../service-error.js';
import { planArchive, type EntryInfo } from './archive-entries.js';
import { newId } from './ids.js';

async function readIfPresent(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A zip of the model in `dir`: its known files inside one folder named `id`. */
export async function exportModelArchive(dir: string, id: string): Promise<ModelArchive> {
  const files: Zippable = {};
  for (const name of MODEL_FILES) {
    const bytes = await readIfPresent(join(dir, name));
    if (bytes) files[`${id}/${name}`] = bytes;
  }
  // Weights hardly compress; a low level keeps exporting a large model quick.
  return { suggestedName: `${id}.zip`, bytes: zipSync(files, { level: 1 }) };
}

const unreadable = (archive: string, error: unknown) =>
  new ServiceError(
    'bad-input',
    `"${archive}" is not a readable zip archive (${(error as Error).message})`,
    { cause: error },
  );

/** Lists the archive's entries without inflating any of them. */
function listEntries(archive: string, bytes: Uint8Array): EntryInfo[] {
  const entries: EntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push(file);
        return false;
      },
    });
  } catch (error) {
    throw unreadable(archive, error);
  }
  return entries;
}

function unpack(archive: string, bytes: Uint8Array, wanted: ReadonlySet<string>) {
  try {
    return unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  } catch (error) {
    throw unreadable(archive, error);
  }
}

/** Loads everything the app would load from the unpacked model, so a bad one is refused now. */
async function checkModelFolder(archive: string, dir: string): Promise<string> {
  try {
    const { model, card } = await loadModel(dir);
    model.dispose();
    const evaluation = await readIfPresent(join(dir, EVALUATION_JSON));
    if (evaluation)
      parseEvaluation(JSON.parse(Buffer.from(evaluation).toString('utf8')) as unknown);
    return card.name;
  } catch (error) {
    // The hidden folder's path means nothing to the user; the file name does.
    const why = (error as Error).message.split(`${dir}${sep}`).join('');
    throw new ServiceError('bad-input', `"${archive}" does not hold a usable model: ${why}`, {
      cause: error,
    });
  }
}

/** Unpacks a model archive into `modelsDir` under a new id, which it returns. */
export async function importModelArchive(
  archive: string,
  bytes: Uint8Array,
  modelsDir: string,
): Promise<string> {
  const plan = planArchive(archive, listEntries(archive, bytes));
  const unpacked = unpack(archive, bytes, new Set(plan.files.keys()));
  await mkdir(modelsDir, { recursive: true });
  const tmp = join(modelsDir, `${TEMP_PREFIX}import-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(tmp);
    for (const [entry, file] of plan.files) {
      const data = unpacked[entry];
      if (!data) throw unreadable(archive, new Error(`${file} could not be unpacked`));
      await writeFileAtomic(join(tmp, file), data);
    }
    const name = await checkModelFolder(archive, tmp);
    const id = newId(name, 'model');
    await rename(tmp, join(modelsDir, id));
    return id;
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}
