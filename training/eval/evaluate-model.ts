import type { GlyphClassifier } from '../../recognition/classifier.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { NOT_A_SYMBOL } from '../../recognition/symbols.js';
import type { GlyphDataset } from '../data/dataset.js';
import type { EvaluationReport } from './metrics.js';
import { evaluatePredictions } from './metrics.js';

export const EVALUATION_BATCH = 1024;

/** What the classifier said about every sample, with labels mapped onto the report's classes. */
export interface Predictions {
  /** The model's classes, then data classes it does not know. */
  readonly classes: readonly string[];
  readonly labels: Uint16Array;
  readonly predicted: Uint16Array;
  /** The probability the model gave its prediction. */
  readonly confidence: Float32Array;
  readonly unknownClasses: Readonly<Record<string, number>>;
}

export interface PredictOptions {
  /**
   * Let the model choose only among the classes the data has, as a model trained on just those
   * would: a general model scored on a data set of fewer classes (`evaluate --only-data-classes`).
   */
  readonly onlyDataClasses?: boolean;
}

/**
 * Runs `classifier` over `data`. Class names, not indices, connect the two: the data set may list
 * its classes in another order or include classes the model never learned (those get columns
 * after the model's own, where no prediction can land, and are counted in `unknownClasses`).
 */
export function predictDataset(
  classifier: GlyphClassifier,
  data: GlyphDataset,
  options: PredictOptions = {},
): Predictions {
  const modelIndex = new Map(classifier.classes.map((name, i) => [name, i]));
  const dataClasses = new Set(data.classes);
  // "Not a symbol" is no answer for a symbol's glyph, unless the data holds such samples.
  const junk = data.classes.indexOf(NOT_A_SYMBOL);
  const dataHasJunk = junk >= 0 && data.labels.includes(junk);
  const choosable = classifier.classes.map(
    (name) =>
      (!options.onlyDataClasses || dataClasses.has(name)) && (name !== NOT_A_SYMBOL || dataHasJunk),
  );
  const firstChoosable = choosable.indexOf(true);
  if (firstChoosable < 0)
    throw new Error("the model knows none of the data's classes, so it has nothing to choose from");
  const classes = [...classifier.classes];
  const toReportLabel = data.classes.map((name) => {
    const known = modelIndex.get(name);
    if (known !== undefined) return known;
    classes.push(name);
    return classes.length - 1;
  });
  const labels = new Uint16Array(data.count);
  const predicted = new Uint16Array(data.count);
  const confidence = new Float32Array(data.count);
  const unknownClasses: Record<string, number> = {};
  const width = classifier.classes.length;
  for (let start = 0; start < data.count; start += EVALUATION_BATCH) {
    const end = Math.min(start + EVALUATION_BATCH, data.count);
    const probabilities = classifier.predictProbabilities(
      data.images.subarray(start * GLYPH_PIXELS, end * GLYPH_PIXELS),
    );
    for (let i = start; i < end; i++) {
      const row = (i - start) * width;
      let best = firstChoosable;
      for (let k = best + 1; k < width; k++) {
        if (choosable[k] && probabilities[row + k] > probabilities[row + best]) best = k;
      }
      predicted[i] = best;
      confidence[i] = probabilities[row + best];
      const label = toReportLabel[data.labels[i]];
      if (label === undefined)
        throw new Error(
          `sample ${i} has label ${data.labels[i]}, but the data has ${data.classes.length} classes`,
        );
      labels[i] = label;
      if (label >= width) {
        const name = classes[label];
        unknownClasses[name] = (unknownClasses[name] ?? 0) + 1;
      }
    }
  }
  return { classes, labels, predicted, confidence, unknownClasses };
}

/** Scores predictions made by `predictDataset`. */
export function scorePredictions(p: Predictions, data: GlyphDataset): EvaluationReport {
  const report = evaluatePredictions({
    classes: p.classes,
    labels: p.labels,
    predicted: p.predicted,
    testKinds: data.testKinds,
  });
  return { ...report, unknownClasses: p.unknownClasses };
}

/** Runs `classifier` over `data` and scores it (see `predictDataset`). */
export function evaluateClassifier(
  classifier: GlyphClassifier,
  data: GlyphDataset,
  options: PredictOptions = {},
): EvaluationReport {
  return scorePredictions(predictDataset(classifier, data, options), data);
}
