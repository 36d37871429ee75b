/**
 * The Train form's state as typed (numbers stay text until Start, so "0." can be typed), the
 * defaults each algorithm brings, and the request the form sends. Limits mirror the service's
 * validation (services/validate-training.ts) so mistakes are shown beside the field, not later.
 */
import {
  ALGORITHMS,
  type ActivationName,
  type Algorithm,
  type StartTrainingRequest,
  type SweepParameter,
  type TrainingDefaults,
  type TrainingSettings,
  LIMITS,
} from '@services/contract';
import { settingText } from './format';

export interface TrainingDraft {
  readonly name: string;
  readonly setIds: readonly string[];
  readonly includeBaseData: boolean;
  readonly fineTuneFrom: string | null;
  /** The user picked the start; until then the form proposes one that fits the data. */
  readonly startChosen: boolean;
  readonly algorithm: Algorithm;
  readonly hidden: string;
  readonly activation: ActivationName;
  readonly learningRate: string;
  readonly momentum: string;
  readonly batchSize: string;
  readonly epochs: string;
  /** Percent of the training samples held back to watch for over-fitting. */
  readonly validationPercent: string;
  readonly augment: boolean;
  readonly seed: string;
}

export type DraftField =
  | 'name'
  | 'sets'
  | 'hidden'
  | 'learningRate'
  | 'momentum'
  | 'batchSize'
  | 'epochs'
  | 'validationPercent'
  | 'seed';

export type DraftErrors = Partial<Record<DraftField, string>>;

export { ALGORITHMS };
export const ACTIVATIONS: readonly ActivationName[] = ['relu', 'tanh', 'sigmoid'];

export const ALGORITHM_NAMES: Readonly<Record<Algorithm, string>> = {
  backprop: 'Backpropagation',
  rprop: 'Rprop',
  adam: 'Adam',
};

/** "Adam" for `adam`; a name the app does not know (an imported card) as it is. */
export function algorithmName(name: string): string {
  const known = ALGORITHMS.find((a) => a === name);
  return known === undefined ? name : ALGORITHM_NAMES[known];
}

export const ALGORITHM_HINTS: Readonly<Record<Algorithm, string>> = {
  backprop: 'Gradient descent with momentum, as in the paper.',
  rprop: 'Resilient propagation: adapts a step per weight from the full batch.',
  adam: 'Adaptive moments: usually the quickest to a good model.',
};

export const ACTIVATION_NAMES: Readonly<Record<ActivationName, string>> = {
  relu: 'ReLU',
  tanh: 'tanh',
  sigmoid: 'Sigmoid',
};

/** Which settings an algorithm reads; the others are fixed by it and hidden in the form. */
export function settingsUsed(algorithm: Algorithm): {
  readonly learningRate: boolean;
  readonly momentum: boolean;
  readonly batchSize: boolean;
  readonly augment: boolean;
} {
  return {
    learningRate: algorithm !== 'rprop',
    momentum: algorithm === 'backprop',
    batchSize: algorithm !== 'rprop',
    augment: algorithm !== 'rprop',
  };
}

type RunFields = Pick<
  TrainingDraft,
  'name' | 'setIds' | 'includeBaseData' | 'fineTuneFrom' | 'startChosen'
>;

export function draftFromSettings(settings: TrainingSettings, run: RunFields): TrainingDraft {
  return {
    ...run,
    algorithm: settings.algorithm,
    hidden: settings.hidden.join(', '),
    activation: settings.activation,
    learningRate: settingText(settings.learningRate),
    momentum: settingText(settings.momentum),
    batchSize: String(settings.batchSize),
    epochs: String(settings.epochs),
    validationPercent: settingText(settings.validationSplit * 100),
    augment: settings.augment,
    seed: String(settings.seed),
  };
}

export const NEW_RUN: RunFields = {
  name: 'My model',
  setIds: [],
  includeBaseData: false,
  fineTuneFrom: null,
  startChosen: false,
};

/** The defaults of `algorithm` for a run from random weights, or one that fine-tunes a model. */
function defaultsFor(
  algorithm: Algorithm,
  fineTuneFrom: string | null,
  defaults: TrainingDefaults,
): TrainingSettings {
  return (fineTuneFrom === null ? defaults.byAlgorithm : defaults.fineTuning)[algorithm];
}

/** Choosing an algorithm brings its own defaults; what the run learns from stays. */
export function switchAlgorithm(
  draft: TrainingDraft,
  algorithm: Algorithm,
  defaults: TrainingDefaults,
): TrainingDraft {
  const { name, setIds, includeBaseData, fineTuneFrom, startChosen } = draft;
  return draftFromSettings(defaultsFor(algorithm, fineTuneFrom, defaults), {
    name,
    setIds,
    includeBaseData,
    fineTuneFrom,
    startChosen,
  });
}

/**
 * Starting from a trained model, or no longer: a learning rate still at the old start's default
 * becomes the new one's (fine-tuning takes much smaller steps, or it forgets what the model
 * knew); a rate the user typed stays.
 */
export function switchStart(
  draft: TrainingDraft,
  fineTuneFrom: string | null,
  defaults: TrainingDefaults,
): TrainingDraft {
  const before = defaultsFor(draft.algorithm, draft.fineTuneFrom, defaults);
  const after = defaultsFor(draft.algorithm, fineTuneFrom, defaults);
  const untouched = draft.learningRate === settingText(before.learningRate);
  return {
    ...draft,
    fineTuneFrom,
    learningRate: untouched ? settingText(after.learningRate) : draft.learningRate,
  };
}

type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const MAX_LAYERS = 4;
const MAX_UNITS = 4096;

/** "512, 256" (or "512 256", "512-256") → [512, 256]. */
export function parseHidden(text: string): Parsed<number[]> {
  const parts = text.split(/[\s,;×x-]+/).filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, message: 'Give at least one layer, e.g. 512, 256' };
  if (parts.length > MAX_LAYERS) return { ok: false, message: `At most ${MAX_LAYERS} layers` };
  const layers = parts.map(Number);
  if (layers.some((n) => !Number.isInteger(n) || n < 1 || n > MAX_UNITS))
    return { ok: false, message: `Each layer is a whole number of units from 1 to ${MAX_UNITS}` };
  return { ok: true, value: layers };
}

function parseNumber(
  text: string,
  ok: (n: number) => boolean,
  message: string,
  integer = false,
): Parsed<number> {
  const trimmed = text.trim();
  const n = trimmed === '' ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || !ok(n))
    return { ok: false, message };
  return { ok: true, value: n };
}

export const parseLearningRate = (text: string): Parsed<number> =>
  parseNumber(text, (n) => n > 0 && n <= 10, 'More than 0 and at most 10, e.g. 0.001');

export const parseBatchSize = (text: string): Parsed<number> =>
  parseNumber(text, (n) => n >= 1 && n <= 4096, 'A whole number from 1 to 4096', true);

export interface ReadOptions {
  /** The setting an experiment varies: not read from the form, the sweep supplies it. */
  readonly sweep?: SweepParameter;
}

export interface ReadDraft {
  readonly request: StartTrainingRequest | null;
  readonly errors: DraftErrors;
}

/** The request the form stands for, or what is wrong with each field. */
export function readDraft(
  draft: TrainingDraft,
  defaults: TrainingDefaults,
  options: ReadOptions = {},
): ReadDraft {
  const errors: DraftErrors = {};
  const own = defaultsFor(draft.algorithm, draft.fineTuneFrom, defaults);
  const used = settingsUsed(draft.algorithm);
  const swept = (field: SweepParameter) => options.sweep === field;

  function take<T>(field: DraftField, parsed: Parsed<T>, fallback: T): T {
    if (parsed.ok) return parsed.value;
    errors[field] = parsed.message;
    return fallback;
  }

  const name = draft.name.trim();
  if (name === '') errors.name = 'Give the model a name';
  else if (name.length > LIMITS.maxNameLength)
    errors.name = `At most ${LIMITS.maxNameLength} characters`;
  if (draft.setIds.length === 0 && !draft.includeBaseData)
    errors.sets = 'Choose at least one training set';

  const fineTuning = draft.fineTuneFrom !== null;
  // Fine-tuning keeps the starting model's network and a sweep supplies its own layers, so the
  // field is not the user's to get wrong then.
  const parsedHidden = parseHidden(draft.hidden);
  const hidden =
    swept('hidden') || fineTuning
      ? parsedHidden.ok
        ? parsedHidden.value
        : [...own.hidden]
      : take('hidden', parsedHidden, [...own.hidden]);
  const learningRate =
    used.learningRate && !swept('learningRate')
      ? take('learningRate', parseLearningRate(draft.learningRate), own.learningRate)
      : own.learningRate;
  const momentum = used.momentum
    ? take(
        'momentum',
        parseNumber(draft.momentum, (n) => n >= 0 && n < 1, 'From 0 up to (not including) 1'),
        own.momentum,
      )
    : own.momentum;
  const batchSize =
    used.batchSize && !swept('batchSize')
      ? take('batchSize', parseBatchSize(draft.batchSize), own.batchSize)
      : own.batchSize;
  const epochs = take(
    'epochs',
    parseNumber(draft.epochs, (n) => n >= 1 && n <= 1000, 'A whole number from 1 to 1000', true),
    own.epochs,
  );
  const validationPercent = take(
    'validationPercent',
    parseNumber(draft.validationPercent, (n) => n >= 0 && n <= 50, 'From 0 to 50 %'),
    own.validationSplit * 100,
  );
  const seed = take(
    'seed',
    parseNumber(draft.seed, (n) => n >= 0 && n < 2 ** 31, 'A whole number from 0', true),
    own.seed,
  );

  if (Object.keys(errors).length > 0) return { request: null, errors };
  return {
    errors,
    request: {
      name,
      setIds: [...draft.setIds],
      includeBaseData: draft.includeBaseData,
      fineTuneFrom: draft.fineTuneFrom,
      settings: {
        algorithm: draft.algorithm,
        hidden,
        activation: draft.activation,
        learningRate,
        momentum,
        batchSize,
        epochs,
        validationSplit: validationPercent / 100,
        augment: used.augment ? draft.augment : false,
        seed,
      },
    },
  };
}
