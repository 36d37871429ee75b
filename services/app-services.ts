/**
 * The back end of the app, the same in Electron's main process and behind the browser bridge:
 * recognition (in a worker thread), corrections, text formats, models, training sets and
 * settings, all under one user-data folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import packageJson from '../package.json' with { type: 'json' };
import { exportLine } from '../recognition/formula/exports.js';
import {
  FORMULA_PARSERS,
  parseUnicodeLine,
  type TextLineResult,
  type TextParseResult,
} from '../recognition/formula/text-formats.js';
import { unionBoxes } from '../recognition/geometry.js';
import { readGlyphs } from '../recognition/read-lines.js';
import {
  SET_MANIFEST,
  TrainingSetStore,
  type TrainingSetSummary,
} from '../training/sets/training-set-store.js';
import type {
  AppEvent,
  AppInfo,
  ParseFormulaResult,
  ServiceApi,
  TrainingSetInfo,
} from './contract/app.js';
import {
  RecognitionClient,
  type RecognitionClientOptions,
} from './recognition/recognition-client.js';
import { ServiceError } from './service-error.js';
import { ModelRegistry } from './store/model-registry.js';
import { createTrainingService } from './training/training-service.js';
import { createTrainingSetService } from './training-sets-service.js';
import { SettingsStore } from './store/settings-store.js';
import { purgeTrashInBackground } from './trash-retention.js';

export interface AppServicesOptions {
  /** Settings, the user's models and training sets live here (the OS's app-data folder). */
  readonly userDataDir: string;
  /** Pushes an event to the page. */
  readonly emit: (event: AppEvent) => void;
  readonly shell?: AppInfo['shell'];
  /** For tests: how recognition workers are started. */
  readonly recognition?: Omit<RecognitionClientOptions, 'onRestart'>;
  /**
   * Start the recognition worker and load the active model now, so the user's first stroke is
   * read as fast as the rest. Off by default: tests create many short-lived instances.
   */
  readonly warmUp?: boolean;
  /** For tests: where the shipped model is; by default `defaultModelDir()`. */
  readonly builtInModelDir?: () => string;
}

export interface AppServices extends ServiceApi {
  dispose(): Promise<void>;
}

const asLine = (parsed: TextParseResult): TextLineResult =>
  parsed.ok ? { ok: true, line: { kind: 'formula', formula: parsed.formula } } : parsed;

const setInfo = (s: TrainingSetSummary): TrainingSetInfo => ({ ...s });

export function createAppServices(options: AppServicesOptions): AppServices {
  const { userDataDir, emit } = options;
  const settings = new SettingsStore(join(userDataDir, 'settings.json'), (message) =>
    console.warn(message),
  );
  const models = new ModelRegistry(join(userDataDir, 'models'), options.builtInModelDir);
  const sets = new TrainingSetStore(join(userDataDir, 'training-sets'));
  // The models' trash is purged by the training service, which owns it.
  const setTrashPurged = purgeTrashInBackground(
    'training sets',
    (olderThanMs, now) => sets.purgeTrash(olderThanMs, now),
    (message) => console.warn(message),
  );
  const recognition = new RecognitionClient({
    ...options.recognition,
    onRestart: (message) => emit({ type: 'worker-restarted', message }),
  });

  /** The active model, falling back to the shipped one if the chosen one has gone. */
  async function activeModel(): Promise<{ id: string; dir: string }> {
    const { activeModelId } = await settings.get();
    const id = (await models.list(activeModelId)).activeId;
    return { id, dir: models.dirOf(id) };
  }

  const elapsedSince = (start: number) => Math.round(performance.now() - start);

  const trainingSets = createTrainingSetService({
    store: sets,
    recognition,
    activeModelDir: async () => (await activeModel()).dir,
    emit,
  });
  const training = createTrainingService({
    userDataDir,
    setDir: (setId) => {
      const dir = join(sets.root, setId);
      if (!existsSync(join(dir, SET_MANIFEST)))
        throw new ServiceError('not-found', `There is no training set "${setId}"`);
      return dir;
    },
    setName: async (setId) => (await sets.summary(setId)).name,
    registry: models,
    emit,
    onModelsChanged: () => emit({ type: 'models-changed' }),
  });

  if (options.warmUp) {
    // An empty batch loads the model and classifies nothing; a failure shows on first use.
    void activeModel()
      .then((model) => recognition.classify(new Uint8Array(0), model.dir))
      .catch(() => {});
  }

  return {
    ...trainingSets,
    ...training,

    async getAppInfo() {
      return {
        version: packageJson.version,
        shell: options.shell ?? (process.versions.electron ? 'electron' : 'browser'),
        userDataDir,
      };
    },

    async recognizeStrokes({ strokes, pins }) {
      const start = performance.now();
      const model = await activeModel();
      const result = await recognition.recognizeStrokes(strokes, model.dir, pins);
      return { lines: result.lines, modelId: model.id, elapsedMs: elapsedSince(start) };
    },

    async recognizeImage({ bytes, name, pins, adjustment, lineCuts }) {
      const start = performance.now();
      const model = await activeModel();
      const layout = { adjustment, lineCuts };
      const result = await recognition.recognizeImage(bytes, model.dir, name, pins, layout);
      return { ...result, modelId: model.id, elapsedMs: elapsedSince(start) };
    },

    async redecodeLine({ glyphs, forced }) {
      if (glyphs.length === 0)
        throw new ServiceError('bad-input', 'a line needs at least one glyph');
      return readGlyphs(glyphs, unionBoxes(glyphs.map((g) => g.box)), forced);
    },

    async parseFormula({
      text,
      format,
      parentheses,
      freeVariables,
      notation,
    }): Promise<ParseFormulaResult> {
      // Unicode is what the app's text box holds, where a line may also be a term or a list.
      const parsed: TextLineResult =
        format === 'unicode' ? parseUnicodeLine(text) : asLine(FORMULA_PARSERS[format](text));
      if (!parsed.ok)
        return { ok: false, message: parsed.error.message, offset: parsed.error.offset };
      const exports = exportLine(parsed.line, parentheses, freeVariables, notation);
      return { ok: true, unicode: exports.unicode, exports, kind: parsed.line.kind };
    },

    async listModels() {
      return models.list((await settings.get()).activeModelId);
    },

    async setActiveModel({ id }) {
      await models.require(id);
      const next = await settings.update({ activeModelId: id });
      emit({ type: 'settings-changed', settings: next });
      return models.list(id);
    },

    async listTrainingSets() {
      return (await sets.list()).map(setInfo);
    },

    async createTrainingSet({ name }) {
      return setInfo(await sets.create(name));
    },

    async addSamples({ setId, samples }) {
      try {
        await sets.add(setId, samples);
        return setInfo(await sets.summary(setId));
      } catch (error) {
        if (error instanceof Error && error.name === 'TrainingSetError')
          throw new ServiceError('not-found', error.message, { cause: error });
        throw error;
      }
    },

    getSettings: () => settings.get(),

    async updateSettings(patch) {
      if (patch.activeModelId !== undefined) await models.require(patch.activeModelId);
      const next = await settings.update(patch);
      emit({ type: 'settings-changed', settings: next });
      return next;
    },

    async dispose() {
      await training.dispose();
      await recognition.dispose();
      // Last, so a long purge never holds up stopping a run.
      await setTrashPurged;
    },
  };
}
