import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultModelDir } from '../../recognition/models.js';
import { SYMBOL_NAMES } from '../../recognition/symbols.js';
import { CARD_JSON } from '../../recognition/model-format/model-io.js';
import { parseModelCard, type ModelCard } from '../../recognition/model-format/model-card.js';
import type { ModelInfo, ModelList } from '../contract/app.js';
import { ServiceError } from '../service-error.js';
import { isTempFile } from '../../training/storage/atomic-file.js';

export const DEFAULT_MODEL_ID = 'default';

const SYMBOL_SET: ReadonlySet<string> = new Set(SYMBOL_NAMES);

function infoOf(id: string, card: ModelCard, builtIn: boolean): ModelInfo {
  const metric = (key: string): number | null =>
    typeof card.metrics[key] === 'number' ? card.metrics[key] : null;
  return {
    id,
    name: card.name,
    builtIn,
    algorithm: card.algorithm,
    classes: card.classes.length,
    symbols: card.classes.filter((name) => SYMBOL_SET.has(name)).length,
    createdAt: card.createdAt,
    accuracy: metric('testAccuracy'),
    mergedAccuracy: metric('testMergedAccuracy'),
    testSamples: metric('testSamples'),
  };
}

async function readCard(dir: string): Promise<ModelCard> {
  const path = join(dir, CARD_JSON);
  return parseModelCard(JSON.parse(await readFile(path, 'utf8')) as unknown, path);
}

/**
 * The models the app can use: the shipped one and those in the user's models folder (one
 * folder per model, as `saveModel` writes them). Only cards are read here; the weights are
 * loaded, and fully validated, when a model is used.
 */
export class ModelRegistry {
  constructor(
    private readonly userModelsDir: string,
    private readonly builtInDir: () => string = defaultModelDir,
  ) {}

  dirOf(id: string): string {
    return id === DEFAULT_MODEL_ID ? this.builtInDir() : join(this.userModelsDir, id);
  }

  async list(activeId: string): Promise<ModelList> {
    const models: ModelInfo[] = [];
    const broken: { id: string; message: string }[] = [];
    const add = async (id: string, builtIn: boolean) => {
      try {
        models.push(infoOf(id, await readCard(this.dirOf(id)), builtIn));
      } catch (error) {
        broken.push({ id, message: (error as Error).message });
      }
    };
    await add(DEFAULT_MODEL_ID, true);
    let entries: string[] = [];
    try {
      entries = (await readdir(this.userModelsDir, { withFileTypes: true }))
        .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !isTempFile(e.name))
        .map((e) => e.name)
        .sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const id of entries) if (id !== DEFAULT_MODEL_ID) await add(id, false);
    const usable = models.some((m) => m.id === activeId);
    return { models, activeId: usable ? activeId : DEFAULT_MODEL_ID, broken };
  }

  /** The model's card, or a `not-found` error naming what is wrong. */
  async require(id: string): Promise<ModelInfo> {
    try {
      return infoOf(id, await readCard(this.dirOf(id)), id === DEFAULT_MODEL_ID);
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'it does not exist'
          : (error as Error).message;
      throw new ServiceError('not-found', `The model "${id}" cannot be used: ${reason}`, {
        cause: error,
      });
    }
  }
}
