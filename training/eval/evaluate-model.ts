import type { GlyphClassifier } from '../../recognition/classifier.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import type { GlyphDataset } from '../data/dataset.js';
import type { EvaluationReport } from './metrics.js';
import { evaluatePredictions } from './metrics.js';

export const EVALUATION_BATCH = 1024;

/**
 * Runs `classifier` over `data` and scores it. Class names, not indices, connect the two: the
 * data set may list its classes in another order or include classes the model never learned
 * (those samples count as wrong and are listed in `unknownClasses`).
 */
export function evaluateClassifier(
  classifier: GlyphClassifier,
  data: GlyphDataset,
): EvaluationReport {
  const modelIndex = new Map(classifier.classes.map((name, i) => [name, i]));
  // Unknown data classes get columns after the model's own, where no prediction can land.
  const classes = [...classifier.classes];
  const toReportLabel = data.classes.map((name) => {
    const known = modelIndex.get(name);
    if (known !== undefined) return known;
    classes.push(name);
    return classes.length - 1;
  });

  const labels = new Uint16Array(data.count);
  const predicted = new Uint16Array(data.count);
  const unknownClasses: Record<string, number> = {};
  const width = classifier.classes.length;
  for (let start = 0; start < data.count; start += EVALUATION_BATCH) {
    const end = Math.min(start + EVALUATION_BATCH, data.count);
    const probabilities = classifier.predictProbabilities(
      data.images.subarray(start * GLYPH_PIXELS, end * GLYPH_PIXELS),
    );
    for (let i = start; i < end; i++) {
      const row = (i - start) * width;
      let best = 0;
      for (let k = 1; k < width; k++) {
        if (probabilities[row + k] > probabilities[row + best]) best = k;
      }
      predicted[i] = best;
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

  const report = evaluatePredictions({ classes, labels, predicted, testKinds: data.testKinds });
  return { ...report, unknownClasses };
}
