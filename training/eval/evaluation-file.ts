/**
 * `evaluation.json`: how a model did on held-out data, saved with the model so the app can show
 * its confusion matrix, per-class accuracy and worst mistakes without re-running it. Glyphs are
 * base64 in the file and bytes in memory.
 */
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { glyphAt, type GlyphDataset } from '../data/dataset.js';
import { ModelLoadError } from '../../recognition/model-format/model-card.js';
import type { Predictions } from './evaluate-model.js';
import type { EvaluationReport } from './metrics.js';
import type { Mistake, ModelEvaluation } from './model-evaluation.js';

export const EVALUATION_FORMAT = 'inkform-evaluation';
export const EVALUATION_VERSION = 1;
export const MAX_MISTAKES = 200;

/** The file's shape is the app's: one declaration (`model-evaluation.ts`). */
export type { Mistake };
export type SavedEvaluation = ModelEvaluation;

/** The figures of `report` and the `limit` mistakes the model was surest of. */
export function buildEvaluation(
  report: EvaluationReport,
  predictions: Predictions,
  data: GlyphDataset,
  limit = MAX_MISTAKES,
): SavedEvaluation {
  const wrong: number[] = [];
  for (let i = 0; i < predictions.labels.length; i++)
    if (predictions.labels[i] !== predictions.predicted[i]) wrong.push(i);
  // Ties keep data order, so the file is the same for the same model and data.
  wrong.sort((a, b) => predictions.confidence[b] - predictions.confidence[a] || a - b);
  return {
    n: report.n,
    accuracy: report.accuracy,
    mergedAccuracy: report.mergedAccuracy,
    classes: [...report.classes],
    confusion: report.confusion.map((row) => [...row]),
    perClass: Object.entries(report.perClass).map(([label, s]) => ({
      label,
      n: s.n,
      accuracy: s.accuracy,
    })),
    misclassified: wrong.slice(0, limit).map((i) => ({
      label: predictions.classes[predictions.labels[i]],
      predicted: predictions.classes[predictions.predicted[i]],
      confidence: predictions.confidence[i],
      glyph: glyphAt(data, i).slice(),
    })),
  };
}

export function serialiseEvaluation(evaluation: SavedEvaluation): string {
  const file = {
    format: EVALUATION_FORMAT,
    version: EVALUATION_VERSION,
    ...evaluation,
    misclassified: evaluation.misclassified.map((m) => ({
      ...m,
      glyph: Buffer.from(m.glyph).toString('base64'),
    })),
  };
  return `${JSON.stringify(file)}\n`;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a parsed `evaluation.json` and returns it typed; anything inconsistent (a matrix that
 * is not square, a glyph of the wrong size) is a `ModelLoadError` naming the field, because
 * imported model archives carry this file too.
 */
export function parseEvaluation(json: unknown, source = 'evaluation.json'): SavedEvaluation {
  const fail = (field: string, expected: string): never => {
    throw new ModelLoadError(`${source}: field "${field}" must be ${expected}`);
  };
  const ratio = (v: unknown, field: string): number =>
    typeof v === 'number' && v >= 0 && v <= 1 ? v : fail(field, 'a number in [0, 1]');
  const count = (v: unknown, field: string): number =>
    typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fail(field, 'a count');
  const text = (v: unknown, field: string): string =>
    typeof v === 'string' && v.length > 0 ? v : fail(field, 'a non-empty string');
  const list = (v: unknown, field: string): unknown[] =>
    Array.isArray(v) ? v : fail(field, 'an array');

  if (!isObject(json)) return fail('(root)', 'an object');
  if (json.format !== EVALUATION_FORMAT) fail('format', `"${EVALUATION_FORMAT}"`);
  if (json.version !== EVALUATION_VERSION) fail('version', String(EVALUATION_VERSION));
  const classes = list(json.classes, 'classes').map((c, i) => text(c, `classes[${i}]`));
  const confusion = list(json.confusion, 'confusion').map((row, t) => {
    const cells = list(row, `confusion[${t}]`).map((v, p) => count(v, `confusion[${t}][${p}]`));
    if (cells.length !== classes.length) fail(`confusion[${t}]`, `${classes.length} counts long`);
    return cells;
  });
  if (confusion.length !== classes.length) fail('confusion', `${classes.length} rows long`);
  const perClass = list(json.perClass, 'perClass').map((entry, i) => {
    if (!isObject(entry)) return fail(`perClass[${i}]`, 'an object');
    return {
      label: text(entry.label, `perClass[${i}].label`),
      n: count(entry.n, `perClass[${i}].n`),
      accuracy: ratio(entry.accuracy, `perClass[${i}].accuracy`),
    };
  });
  const misclassified = list(json.misclassified, 'misclassified').map((entry, i) => {
    const where = `misclassified[${i}]`;
    if (!isObject(entry)) return fail(where, 'an object');
    const glyph =
      typeof entry.glyph === 'string' ? new Uint8Array(Buffer.from(entry.glyph, 'base64')) : null;
    if (!glyph || glyph.length !== GLYPH_PIXELS)
      return fail(`${where}.glyph`, 'a base64 28×28 glyph');
    return {
      label: text(entry.label, `${where}.label`),
      predicted: text(entry.predicted, `${where}.predicted`),
      confidence: ratio(entry.confidence, `${where}.confidence`),
      glyph,
    };
  });
  if (misclassified.length > MAX_MISTAKES)
    fail('misclassified', `at most ${MAX_MISTAKES} entries long`);
  return {
    n: count(json.n, 'n'),
    accuracy: ratio(json.accuracy, 'accuracy'),
    mergedAccuracy: ratio(json.mergedAccuracy, 'mergedAccuracy'),
    classes,
    confusion,
    perClass,
    misclassified,
  };
}
