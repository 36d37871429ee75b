/**
 * Where a training run starts when the user has not said. A network from random weights reads
 * only the symbols it has samples of, so a set of five symbols would make a model that misreads
 * every formula; such a run fine-tunes a model that reads every symbol instead, which keeps all
 * its classes and learns the user's samples on top.
 */
import {
  type ModelInfo,
  type ModelList,
  type TrainingSetInfo,
  type TrainingDefaults,
} from '@services/contract';
import { SYMBOL_NAMES } from '@recognition';
import { coverageText, readsEverySymbol, SYMBOL_COUNT } from '../../lib/model-coverage';
import { switchStart, type TrainingDraft } from './training-draft';

type DataChoice = Pick<TrainingDraft, 'setIds' | 'includeBaseData'>;

/** How many symbols of the table the chosen data has samples of; the shipped data has all. */
export function symbolsInData(choice: DataChoice, sets: readonly TrainingSetInfo[]): number {
  if (choice.includeBaseData) return SYMBOL_COUNT;
  const labels = new Set(
    sets
      .filter((set) => choice.setIds.includes(set.id))
      .flatMap((set) => Object.keys(set.perClass).filter((label) => set.perClass[label] > 0)),
  );
  return SYMBOL_NAMES.filter((name) => labels.has(name)).length;
}

/**
 * The model such a run fine-tunes: the active one when it reads every symbol, or else the
 * first that does (the shipped model is listed first).
 */
export function modelToExtend(list: ModelList | null): ModelInfo | null {
  if (list === null) return null;
  const active = list.models.find((m) => m.id === list.activeId);
  if (active !== undefined && readsEverySymbol(active)) return active;
  return list.models.find(readsEverySymbol) ?? null;
}

export interface StartContext {
  readonly sets: readonly TrainingSetInfo[];
  readonly models: ModelList | null;
  readonly defaults: TrainingDefaults;
}

export interface ResolvedStart {
  readonly draft: TrainingDraft;
  /** Why the run starts where it does, or what a new network will miss; null when all is well. */
  readonly note: string | null;
}

/**
 * The draft with the start the data calls for, unless the user chose one (their choice stands,
 * with a warning when it cannot read every symbol). Pure and idempotent, so the form can apply
 * it on every render as the sets and models arrive.
 */
export function resolveStart(draft: TrainingDraft, context: StartContext): ResolvedStart {
  const hasData = draft.setIds.length > 0 || draft.includeBaseData;
  const covered = symbolsInData(draft, context.sets);
  const partial = hasData && covered < SYMBOL_COUNT;
  let resolved = draft;
  if (!draft.startChosen) {
    const wanted = partial ? (modelToExtend(context.models)?.id ?? null) : null;
    if (wanted !== draft.fineTuneFrom) resolved = switchStart(draft, wanted, context.defaults);
  }
  if (!partial) return { draft: resolved, note: null };
  const base = context.models?.models.find((m) => m.id === resolved.fineTuneFrom);
  if (base === undefined)
    return {
      draft: resolved,
      note:
        `A new network reads only the symbols it has samples of (here ${coverageText(covered)}), ` +
        'so it will misread formulas that use others: fine-tune a model or add the built-in data.',
    };
  if (resolved.startChosen) return { draft: resolved, note: null };
  return {
    draft: resolved,
    note:
      `The chosen data has samples of only ${coverageText(covered)}, so the run fine-tunes ` +
      `“${base.name}”, which keeps every symbol it reads; a new network would read only those.`,
  };
}
