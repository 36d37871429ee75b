import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { access, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

import { writeFileDurably } from '../durable-write.js';
import { GLYPH_PIXELS } from '../imaging/gray-image.js';
import { NORMALISER_VERSION } from '../imaging/normalise.js';
import { initTensorflow, tf } from '../tf/backend.js';
import type { ModelCard } from './model-card.js';
import { ModelLoadError, parseModelCard } from './model-card.js';

export const MODEL_JSON = 'model.json';
export const WEIGHTS_BIN = 'weights.bin';
export const CARD_JSON = 'inkform.json';
/** Saved with a model when it was evaluated on held-out data (see `eval/evaluation-file.ts`). */
export const EVALUATION_JSON = 'evaluation.json';
export const README_MD = 'README.md';

/** Every file a model folder may hold: what export packs and import accepts. */
export const MODEL_FILES: readonly string[] = [
  MODEL_JSON,
  WEIGHTS_BIN,
  CARD_JSON,
  EVALUATION_JSON,
  README_MD,
];

/** Files that `saveModel` writes beside the network and its card when asked to. */
export type ExtraModelFiles = Readonly<Partial<Record<'evaluation.json' | 'README.md', string>>>;

type ManifestEntry = tf.io.WeightsManifestEntry;
type WeightsManifestGroup = tf.io.WeightsManifestConfig[number];

/** Bytes per stored element; quantised weights are stored at their quantised width. */
function bytesPerElement(entry: ManifestEntry): number {
  switch (entry.quantization?.dtype ?? entry.dtype) {
    case 'float32':
    case 'int32':
      return 4;
    case 'uint16':
    case 'float16':
      return 2;
    case 'uint8':
    case 'bool':
      return 1;
    default:
      return NaN;
  }
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, b) => sum + b.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const b of parts) {
    out.set(b, offset);
    offset += b.byteLength;
  }
  return out;
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p, fsConstants.F_OK);
    return true;
  } catch {
    return false;
  }
}

function randomSuffix(): string {
  return randomBytes(6).toString('hex');
}

/**
 * Siblings used while saving start with a dot, so that listings of a models folder (which skip
 * hidden entries) never mistake a half-written or set-aside model for a model.
 */
const tempSibling = (target: string, kind: 'tmp' | 'old') =>
  path.join(path.dirname(target), `.${path.basename(target)}.${kind}-${randomSuffix()}`);

/**
 * Saves `model` (tfjs layers format: `model.json` + `weights.bin`), `card` (`inkform.json`) and
 * any `extras` into `dir`. Everything is written to a hidden sibling directory first and then
 * renamed into place, so readers see either the previous model or the new one, never a mix.
 */
export async function saveModel(
  dir: string,
  model: tf.LayersModel,
  card: ModelCard,
  extras: ExtraModelFiles = {},
): Promise<void> {
  await initTensorflow();
  // Validate before touching the disk so that a bad card cannot replace a good model.
  try {
    parseModelCard(JSON.parse(JSON.stringify(card)) as unknown, CARD_JSON);
  } catch (err) {
    throw new Error(`cannot save: ${firstLine(err)}`, { cause: err });
  }
  const outputUnits = model.outputs[0]?.shape.at(-1);
  if (outputUnits !== card.classes.length)
    throw new Error(
      `cannot save: the model has ${outputUnits} outputs but the card lists ` +
        `${card.classes.length} classes`,
    );

  const target = path.resolve(dir);
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = tempSibling(target, 'tmp');
  await mkdir(tmp);
  try {
    await model.save(
      tf.io.withSaveHandler(async (artifacts) => {
        if (!artifacts.modelTopology || artifacts.modelTopology instanceof ArrayBuffer)
          throw new Error('cannot save: tfjs produced no JSON model topology');
        const weightSpecs = artifacts.weightSpecs ?? [];
        const data = artifacts.weightData ?? [];
        const weights = concatBytes(
          (Array.isArray(data) ? data : [data]).map((b) => new Uint8Array(b)),
        );
        const modelJson: tf.io.ModelJSON = {
          modelTopology: artifacts.modelTopology,
          format: artifacts.format,
          generatedBy: artifacts.generatedBy,
          convertedBy: artifacts.convertedBy,
          weightsManifest: [{ paths: [WEIGHTS_BIN], weights: weightSpecs }],
          ...(artifacts.trainingConfig ? { trainingConfig: artifacts.trainingConfig } : {}),
        };
        await writeFileDurably(path.join(tmp, MODEL_JSON), JSON.stringify(modelJson));
        await writeFileDurably(path.join(tmp, WEIGHTS_BIN), weights);
        await writeFileDurably(path.join(tmp, CARD_JSON), `${JSON.stringify(card, null, 2)}\n`);
        for (const [name, text] of Object.entries(extras))
          if (text !== undefined) await writeFileDurably(path.join(tmp, name), text);
        return {
          modelArtifactsInfo: {
            dateSaved: new Date(),
            modelTopologyType: 'JSON',
            weightDataBytes: weights.byteLength,
          },
        };
      }),
    );

    let aside: string | undefined;
    if (await exists(target)) {
      aside = tempSibling(target, 'old');
      await rename(target, aside);
    }
    try {
      await rename(tmp, target);
    } catch (err) {
      if (aside) await rename(aside, target);
      throw err;
    }
    if (aside) await rm(aside, { recursive: true, force: true });
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0];
}

async function readModelFile(dir: string, name: string): Promise<Buffer> {
  const file = path.join(dir, name);
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ModelLoadError(`${file}: file is missing`);
    throw new ModelLoadError(`${file}: cannot read (${firstLine(err)})`, { cause: err });
  }
}

function parseJsonFile(file: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (err) {
    throw new ModelLoadError(`${file}: not valid JSON (${firstLine(err)})`, { cause: err });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseManifest(
  file: string,
  json: unknown,
): { topology: object; groups: tf.io.WeightsManifestConfig } {
  if (!isRecord(json)) throw new ModelLoadError(`${file}: expected a JSON object`);
  if (!isRecord(json.modelTopology))
    throw new ModelLoadError(`${file}: "modelTopology" is missing or not an object`);
  if (!Array.isArray(json.weightsManifest))
    throw new ModelLoadError(`${file}: "weightsManifest" is missing or not an array`);
  const groups = json.weightsManifest.map((group: unknown, g): WeightsManifestGroup => {
    const where = `${file}: weightsManifest[${g}]`;
    if (!isRecord(group) || !Array.isArray(group.paths) || !Array.isArray(group.weights))
      throw new ModelLoadError(`${where} must have "paths" and "weights" arrays`);
    const paths = group.paths.map((p: unknown) => {
      // Paths are relative to the model directory and must stay inside it.
      if (
        typeof p !== 'string' ||
        p.length === 0 ||
        path.isAbsolute(p) ||
        p.split(/[\\/]/).includes('..')
      )
        throw new ModelLoadError(`${where}: invalid weights path ${JSON.stringify(p)}`);
      return p;
    });
    const weights = group.weights.map((w: unknown, i): ManifestEntry => {
      const entry = w as Partial<ManifestEntry> | null;
      const valid =
        isRecord(w) &&
        typeof entry?.name === 'string' &&
        Array.isArray(entry.shape) &&
        entry.shape.every((d) => Number.isInteger(d) && d >= 0) &&
        typeof entry.dtype === 'string' &&
        Number.isFinite(bytesPerElement(entry as ManifestEntry));
      if (!valid) throw new ModelLoadError(`${where}.weights[${i}] is not a valid weight entry`);
      return entry as ManifestEntry;
    });
    return { paths, weights };
  });
  return { topology: json.modelTopology, groups };
}

/** Finds the first non-finite value among the float32 weights, naming the weight it belongs to. */
function findNonFiniteWeight(
  specs: readonly ManifestEntry[],
  data: Uint8Array,
): string | undefined {
  let offset = 0;
  for (const spec of specs) {
    const count = spec.shape.reduce((a, b) => a * b, 1);
    const bytes = count * bytesPerElement(spec);
    if (spec.dtype === 'float32' && !spec.quantization) {
      // Copy: a Float32Array view needs 4-byte alignment, which `offset` need not have.
      const values = new Float32Array(data.slice(offset, offset + bytes).buffer);
      for (let i = 0; i < values.length; i++) {
        if (!Number.isFinite(values[i])) return `${spec.name}[${i}] is ${values[i]}`;
      }
    }
    offset += bytes;
  }
  return undefined;
}

interface DenseLayerInfo {
  units: number;
}

/** Units of the dense layers in order; other layer kinds are ignored. */
function denseLayers(model: tf.LayersModel): DenseLayerInfo[] {
  return model.layers
    .filter((layer) => layer.getClassName() === 'Dense')
    .map((layer) => ({ units: Number(layer.getConfig().units) }));
}

async function describeMissingDir(dir: string): Promise<string> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  let leftovers: string[] = [];
  try {
    // Older versions wrote these siblings without the leading dot.
    leftovers = (await readdir(parent)).filter((name) =>
      [`${base}.old-`, `${base}.tmp-`, `.${base}.old-`, `.${base}.tmp-`].some((prefix) =>
        name.startsWith(prefix),
      ),
    );
  } catch {
    // The parent is missing too; nothing more to say.
  }
  const hint =
    leftovers.length > 0
      ? ` (found ${leftovers.join(', ')} beside it: a save was interrupted; ` +
        `the .old- directory holds the previous model)`
      : '';
  return `model directory ${dir} does not exist${hint}`;
}

/**
 * Loads and checks a model saved by `saveModel`. Every way the files can be broken or
 * inconsistent ends in a `ModelLoadError` naming the file and the problem.
 */
export async function loadModel(dir: string): Promise<{ model: tf.LayersModel; card: ModelCard }> {
  await initTensorflow();
  const root = path.resolve(dir);
  let info;
  try {
    info = await stat(root);
  } catch {
    throw new ModelLoadError(await describeMissingDir(root));
  }
  if (!info.isDirectory()) throw new ModelLoadError(`${root}: not a directory`);

  const cardFile = path.join(root, CARD_JSON);
  const card = parseModelCard(
    parseJsonFile(cardFile, await readModelFile(root, CARD_JSON)),
    cardFile,
  );
  if (card.normaliserVersion !== NORMALISER_VERSION)
    throw new ModelLoadError(
      `${cardFile}: normaliserVersion ${card.normaliserVersion} is not the glyph normaliser ` +
        `of this program (${NORMALISER_VERSION}); the model must be retrained`,
    );

  const modelFile = path.join(root, MODEL_JSON);
  const { topology, groups } = parseManifest(
    modelFile,
    parseJsonFile(modelFile, await readModelFile(root, MODEL_JSON)),
  );

  const weightSpecs = groups.flatMap((g) => g.weights);
  const weightFiles = groups.flatMap((g) => g.paths);
  const parts = await Promise.all(weightFiles.map((p) => readModelFile(root, p)));
  const weights = concatBytes(parts);
  const expected = weightSpecs.reduce(
    (sum, s) => sum + s.shape.reduce((a, b) => a * b, 1) * bytesPerElement(s),
    0,
  );
  const weightsWhere = weightFiles.map((p) => path.join(root, p)).join(' + ');
  if (weights.byteLength < expected)
    throw new ModelLoadError(
      `${weightsWhere}: truncated: ${weights.byteLength} bytes, but ${MODEL_JSON} describes ` +
        `${expected} bytes of weights`,
    );
  if (weights.byteLength > expected)
    throw new ModelLoadError(
      `${weightsWhere}: ${weights.byteLength} bytes, but ${MODEL_JSON} describes only ` +
        `${expected} bytes of weights (mismatched files?)`,
    );
  const bad = findNonFiniteWeight(weightSpecs, weights);
  if (bad) throw new ModelLoadError(`${weightsWhere}: weight ${bad}; the model is unusable`);

  let model: tf.LayersModel;
  try {
    model = await tf.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: topology,
        weightSpecs,
        weightData: weights.buffer,
        format: 'layers-model',
      }),
    );
  } catch (err) {
    throw new ModelLoadError(`${modelFile}: tfjs cannot build the model: ${firstLine(err)}`, {
      cause: err,
    });
  }

  try {
    checkModelAgainstCard(model, card, modelFile, cardFile);
  } catch (err) {
    model.dispose();
    throw err;
  }
  return { model, card };
}

function checkModelAgainstCard(
  model: tf.LayersModel,
  card: ModelCard,
  modelFile: string,
  cardFile: string,
): void {
  if (model.inputs.length !== 1 || model.outputs.length !== 1)
    throw new ModelLoadError(`${modelFile}: expected one input and one output`);
  const inputShape = model.inputs[0].shape;
  if (inputShape.length !== 2 || inputShape[1] !== GLYPH_PIXELS)
    throw new ModelLoadError(
      `${modelFile}: input shape is [${inputShape.map(String).join(', ')}], ` +
        `expected [null, ${GLYPH_PIXELS}]`,
    );
  const outputUnits = model.outputs[0].shape.at(-1);
  if (outputUnits !== card.classes.length)
    throw new ModelLoadError(
      `${cardFile}: lists ${card.classes.length} classes, but the network in ${MODEL_JSON} ` +
        `has ${outputUnits} outputs`,
    );
  const hidden = denseLayers(model)
    .slice(0, -1)
    .map((d) => d.units);
  const same =
    hidden.length === card.network.hidden.length &&
    hidden.every((units, i) => units === card.network.hidden[i]);
  if (!same)
    throw new ModelLoadError(
      `${cardFile}: network.hidden is [${card.network.hidden.join(', ')}], but the network in ` +
        `${MODEL_JSON} has hidden layers [${hidden.join(', ')}]`,
    );
}
