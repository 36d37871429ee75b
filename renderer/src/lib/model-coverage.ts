/**
 * What a model can read, in words. A network reads only the classes it learnt, so a model
 * trained on a handful of symbols misreads every formula that uses another: the app says so
 * wherever a model is shown or chosen.
 */
import type { ModelInfo } from '@services/contract';
import { SYMBOLS } from '@recognition';

/** Every symbol a formula may be written with. */
export const SYMBOL_COUNT = SYMBOLS.length;

/** Whether a formula written with any symbol of the table can be read by this model. */
export function readsEverySymbol(model: Pick<ModelInfo, 'symbols'>): boolean {
  return model.symbols >= SYMBOL_COUNT;
}

/** "5 of 78 symbols". */
export function coverageText(symbols: number): string {
  return `${symbols} of ${SYMBOL_COUNT} symbols`;
}

/** 0.8 → "80.0%"; not measured → "—". */
export function accuracyPercent(accuracy: number | null): string {
  return accuracy === null || !Number.isFinite(accuracy) ? '—' : `${(accuracy * 100).toFixed(1)}%`;
}

/**
 * "80.0% on 5 test samples": a figure from five samples says little, so the count goes with it.
 * Just the figure when the card does not say how many.
 */
export function accuracyText(model: Pick<ModelInfo, 'accuracy' | 'testSamples'>): string {
  const figure = accuracyPercent(model.accuracy);
  if (model.accuracy === null || model.testSamples === null) return figure;
  const n = model.testSamples;
  return `${figure} on ${n.toLocaleString('en-US')} test sample${n === 1 ? '' : 's'}`;
}

/** Why choosing this model deserves a second thought, or null when it reads every symbol. */
export function coverageWarning(model: Pick<ModelInfo, 'name' | 'symbols'>): string | null {
  if (readsEverySymbol(model)) return null;
  return (
    `“${model.name}” can read only ${coverageText(model.symbols)}: ` +
    'formulas that use any other symbol will be misread.'
  );
}

/** A chosen model the user must say yes to first, with the warning to ask with. */
export interface CoverageQuestion {
  readonly model: ModelInfo;
  readonly warning: string;
}

/** What to ask before reading with `model`, or null when it reads every symbol (or is unknown). */
export function coverageQuestion(model: ModelInfo | undefined): CoverageQuestion | null {
  const warning = model === undefined ? null : coverageWarning(model);
  return model === undefined || warning === null ? null : { model, warning };
}
