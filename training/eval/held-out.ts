import type { GlyphClassifier } from '../../recognition/classifier.js';
import type { GlyphDataset } from '../data/dataset.js';
import { predictDataset, scorePredictions } from './evaluate-model.js';
import { buildEvaluation, type SavedEvaluation } from './evaluation-file.js';
import type { EvaluationReport } from './metrics.js';

export interface HeldOutResult {
  /** `testAccuracy`, `testMergedAccuracy`, `testSamples` and the same per test kind. */
  readonly metrics: Readonly<Record<string, number>>;
  readonly evaluation: SavedEvaluation;
  readonly report: EvaluationReport;
}

/** The final evaluation of a trained model on data it never saw: card metrics and artefacts. */
export function evaluateHeldOut(classifier: GlyphClassifier, test: GlyphDataset): HeldOutResult {
  const predictions = predictDataset(classifier, test);
  const report = scorePredictions(predictions, test);
  const metrics: Record<string, number> = {
    testAccuracy: report.accuracy,
    testMergedAccuracy: report.mergedAccuracy,
    testSamples: report.n,
  };
  for (const [kind, r] of Object.entries(report.byTestKind)) {
    metrics[`test.${kind}.accuracy`] = r.accuracy;
    metrics[`test.${kind}.mergedAccuracy`] = r.mergedAccuracy;
    metrics[`test.${kind}.n`] = r.n;
  }
  return { metrics, evaluation: buildEvaluation(report, predictions, test), report };
}
