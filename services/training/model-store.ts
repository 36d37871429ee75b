/**
 * The user's models on disk beyond what the registry lists: details with the saved evaluation,
 * renaming, and deleting to a trash folder that can be restored from until it is purged. The
 * shipped model is read-only.
 */
import { mkdir, readdir, readFile, rename, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseEvaluation } from '../../training/eval/evaluation-file.js';
import { parseModelCard, type ModelCard } from '../../recognition/model-format/model-card.js';
import { CARD_JSON, EVALUATION_JSON } from '../../recognition/model-format/model-io.js';
import { writeFileAtomic } from '../../training/storage/atomic-file.js';
import { purgeExpired } from '../../training/storage/trash-purge.js';
import type { ModelInfo } from '../contract/app.js';
import type { ModelDetails, ModelEvaluation } from '../contract/training.js';
import { ServiceError } from '../service-error.js';
import { DEFAULT_MODEL_ID, type ModelRegistry } from '../store/model-registry.js';
import { modelTrashDeletedAt, newModelTrashId } from './model-trash.js';

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

export class ModelStore {
  constructor(
    private readonly registry: ModelRegistry,
    private readonly trashDir: string,
    private readonly warn: (message: string) => void = (m) => console.warn(m),
  ) {}

  /** The model's card; `not-found` when it is missing or unreadable. */
  async card(id: string): Promise<ModelCard> {
    await this.registry.require(id);
    const path = join(this.registry.dirOf(id), CARD_JSON);
    return parseModelCard(JSON.parse(await readFile(path, 'utf8')) as unknown, path);
  }

  async details(id: string): Promise<ModelDetails> {
    const info = await this.registry.require(id);
    const card = await this.card(id);
    return {
      info,
      hidden: [...card.network.hidden],
      activation: card.network.activation,
      hyperparameters: { ...card.hyperparameters },
      trainSamples: card.data.trainSamples,
      epochs: card.epochs,
      trainingSeconds: card.trainingSeconds,
      sources: [...card.data.sources],
      notes: card.notes ?? null,
      evaluation: await this.evaluation(id),
    };
  }

  /** A missing or damaged evaluation only hides the charts; the model itself is fine. */
  private async evaluation(id: string): Promise<ModelEvaluation | null> {
    const path = join(this.registry.dirOf(id), EVALUATION_JSON);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return null;
    }
    try {
      return parseEvaluation(JSON.parse(text) as unknown, path);
    } catch (error) {
      this.warn(`ignoring ${path}: ${(error as Error).message}`);
      return null;
    }
  }

  private async requireUserModel(id: string, action: string): Promise<ModelInfo> {
    const info = await this.registry.require(id);
    if (info.builtIn || id === DEFAULT_MODEL_ID)
      throw new ServiceError('bad-input', `The built-in model cannot be ${action}.`);
    return info;
  }

  /** Only the card changes, atomically: the weights stay where they are. */
  async rename(id: string, name: string): Promise<ModelInfo> {
    await this.requireUserModel(id, 'renamed');
    const card = await this.card(id);
    const path = join(this.registry.dirOf(id), CARD_JSON);
    await writeFileAtomic(path, `${JSON.stringify({ ...card, name }, null, 2)}\n`);
    return this.registry.require(id);
  }

  /** Moves the folder to `<trash>/<trashId>/<id>`, which keeps the id for `restore`. */
  async delete(id: string, now = new Date()): Promise<{ trashId: string }> {
    await this.requireUserModel(id, 'deleted');
    const trashId = newModelTrashId(now);
    const holder = join(this.trashDir, trashId);
    await mkdir(holder, { recursive: true });
    await rename(this.registry.dirOf(id), join(holder, id));
    return { trashId };
  }

  /**
   * Erases the models deleted more than `olderThanMs` before `now` and returns how many;
   * younger ones stay restorable, and folders whose names do not date them are kept.
   */
  purgeTrash(olderThanMs: number, now = new Date()): Promise<number> {
    return purgeExpired([this.trashDir], modelTrashDeletedAt, olderThanMs, now);
  }

  async restore(trashId: string): Promise<ModelInfo> {
    const holder = join(this.trashDir, trashId);
    let entries: string[];
    try {
      entries = (await readdir(holder)).filter((name) => !name.startsWith('.'));
    } catch {
      throw new ServiceError('not-found', 'That model is no longer in the trash.');
    }
    if (entries.length !== 1)
      throw new ServiceError('not-found', 'That model is no longer in the trash.');
    const [id] = entries;
    const target = this.registry.dirOf(id);
    if (await exists(target))
      throw new ServiceError('bad-input', `A model with the id "${id}" exists already.`);
    await mkdir(join(target, '..'), { recursive: true });
    await rename(join(holder, id), target);
    await rmdir(holder).catch(() => undefined);
    return this.registry.require(id);
  }
}
