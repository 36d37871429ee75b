import { lookalikeRepresentative } from '../../recognition/symbols.js';

export interface ClassStats {
  readonly n: number;
  readonly correct: number;
  readonly accuracy: number;
}

export interface TestKindStats {
  readonly n: number;
  readonly accuracy: number;
  readonly mergedAccuracy: number;
}

export interface ConfusionCount {
  readonly trueClass: string;
  readonly predicted: string;
  readonly count: number;
}

export interface EvaluationReport {
  readonly n: number;
  readonly accuracy: number;
  /** Accuracy when each look-alike group (o/O/0, x/X, …) counts as one class. */
  readonly mergedAccuracy: number;
  /** Row/column names of `confusion`. */
  readonly classes: readonly string[];
  /** Only classes that occur among the true labels. */
  readonly perClass: Readonly<Record<string, ClassStats>>;
  /** classes × classes counts; rows are true classes, columns predictions. */
  readonly confusion: readonly (readonly number[])[];
  /** Per test kind of the shared data; empty when no kinds were given. Blank kinds are 'unspecified'. */
  readonly byTestKind: Readonly<Record<string, TestKindStats>>;
  /** The most frequent mistakes, most frequent first (at most 20). */
  readonly topConfusions: readonly ConfusionCount[];
  /**
   * Samples per true class that the model has no output for (always counted wrong). Filled by
   * `evaluateClassifier`; empty when predictions and labels share one class list.
   */
  readonly unknownClasses: Readonly<Record<string, number>>;
}

export const TOP_CONFUSIONS = 20;
const UNSPECIFIED_KIND = 'unspecified';

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/**
 * Scores predicted labels against true labels; both index `classes`. Pure and deterministic
 * (ties in rankings are broken by class order).
 */
export function evaluatePredictions(args: {
  classes: readonly string[];
  labels: ArrayLike<number>;
  predicted: ArrayLike<number>;
  testKinds?: readonly string[];
}): EvaluationReport {
  const { classes, labels, predicted, testKinds } = args;
  const n = labels.length;
  if (predicted.length !== n)
    throw new Error(`got ${predicted.length} predictions for ${n} labels`);
  if (testKinds && testKinds.length !== n)
    throw new Error(`got ${testKinds.length} test kinds for ${n} labels`);
  const c = classes.length;
  const representative = classes.map(lookalikeRepresentative);
  const confusion = Array.from({ length: c }, () => new Array<number>(c).fill(0));
  const kinds = new Map<string, { n: number; correct: number; merged: number }>();

  let correct = 0;
  let merged = 0;
  for (let i = 0; i < n; i++) {
    const t = labels[i];
    const p = predicted[i];
    if (!Number.isInteger(t) || t < 0 || t >= c)
      throw new Error(`label ${t} of sample ${i} is not a class index (0..${c - 1})`);
    if (!Number.isInteger(p) || p < 0 || p >= c)
      throw new Error(`prediction ${p} of sample ${i} is not a class index (0..${c - 1})`);
    confusion[t][p]++;
    const isCorrect = t === p;
    const isMerged = representative[t] === representative[p];
    if (isCorrect) correct++;
    if (isMerged) merged++;
    if (testKinds) {
      const kind = testKinds[i] === '' ? UNSPECIFIED_KIND : testKinds[i];
      let stats = kinds.get(kind);
      if (!stats) kinds.set(kind, (stats = { n: 0, correct: 0, merged: 0 }));
      stats.n++;
      if (isCorrect) stats.correct++;
      if (isMerged) stats.merged++;
    }
  }

  const perClass: Record<string, ClassStats> = {};
  const mistakes: ConfusionCount[] = [];
  for (let t = 0; t < c; t++) {
    const row = confusion[t];
    const rowTotal = row.reduce((a, b) => a + b, 0);
    if (rowTotal > 0)
      perClass[classes[t]] = { n: rowTotal, correct: row[t], accuracy: ratio(row[t], rowTotal) };
    for (let p = 0; p < c; p++) {
      if (p !== t && row[p] > 0)
        mistakes.push({ trueClass: classes[t], predicted: classes[p], count: row[p] });
    }
  }
  // Stable sort keeps class order among equal counts.
  mistakes.sort((a, b) => b.count - a.count);

  const byTestKind: Record<string, TestKindStats> = {};
  for (const kind of [...kinds.keys()].sort()) {
    const stats = kinds.get(kind)!;
    byTestKind[kind] = {
      n: stats.n,
      accuracy: ratio(stats.correct, stats.n),
      mergedAccuracy: ratio(stats.merged, stats.n),
    };
  }

  return {
    n,
    accuracy: ratio(correct, n),
    mergedAccuracy: ratio(merged, n),
    classes: [...classes],
    perClass,
    confusion,
    byTestKind,
    topConfusions: mistakes.slice(0, TOP_CONFUSIONS),
    unknownClasses: {},
  };
}

function percent(x: number): string {
  return `${(x * 100).toFixed(2)} %`;
}

/** Text columns are left-aligned, columns listed in `right` (numbers) right-aligned. */
function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[],
): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => row[col].length)));
  return all.map(
    (row) =>
      '  ' +
      row
        .map((cell, col) =>
          right.includes(col) ? cell.padStart(widths[col]) : cell.padEnd(widths[col]),
        )
        .join('  ')
        .trimEnd(),
  );
}

export const WORST_CLASSES = 15;

/** A readable summary for the terminal: overall, by test kind, worst classes, top confusions. */
export function formatReport(report: EvaluationReport): string {
  const lines: string[] = [];
  lines.push(`Evaluated ${report.n} glyphs`);
  const overall = table(
    ['', ''],
    [
      ['accuracy', percent(report.accuracy)],
      ['merged accuracy (look-alikes as one)', percent(report.mergedAccuracy)],
    ],
    [1],
  );
  lines.push(...overall.slice(1));

  const kinds = Object.entries(report.byTestKind);
  if (kinds.length > 0) {
    lines.push('', 'By test kind:');
    lines.push(
      ...table(
        ['kind', 'n', 'accuracy', 'merged'],
        kinds.map(([kind, s]) => [
          kind,
          String(s.n),
          percent(s.accuracy),
          percent(s.mergedAccuracy),
        ]),
        [1, 2, 3],
      ),
    );
  }

  const index = new Map(report.classes.map((name, i) => [name, i]));
  const worst = Object.entries(report.perClass)
    .sort(([, a], [, b]) => a.accuracy - b.accuracy || b.n - a.n)
    .slice(0, WORST_CLASSES);
  if (worst.length > 0) {
    lines.push('', `Worst ${worst.length} classes:`);
    lines.push(
      ...table(
        ['class', 'n', 'correct', 'accuracy', 'most often mistaken for'],
        worst.map(([name, s]) => {
          const row = report.confusion[index.get(name)!] ?? [];
          let best = -1;
          row.forEach((count, p) => {
            if (report.classes[p] !== name && count > 0 && (best < 0 || count > row[best]))
              best = p;
          });
          const mistaken = best < 0 ? '' : `${report.classes[best]} (${row[best]})`;
          return [name, String(s.n), String(s.correct), percent(s.accuracy), mistaken];
        }),
        [1, 2, 3],
      ),
    );
  }

  if (report.topConfusions.length > 0) {
    lines.push('', 'Top confusions (true → predicted):');
    lines.push(
      ...table(
        ['true', 'predicted', 'count', 'look-alike'],
        report.topConfusions.map((m) => [
          m.trueClass,
          m.predicted,
          String(m.count),
          lookalikeRepresentative(m.trueClass) === lookalikeRepresentative(m.predicted)
            ? 'yes'
            : '',
        ]),
        [2],
      ),
    );
  }

  const unknown = Object.entries(report.unknownClasses);
  if (unknown.length > 0) {
    const total = unknown.reduce((sum, [, count]) => sum + count, 0);
    lines.push(
      '',
      `Classes the model does not know (${total} samples, all counted wrong): ` +
        unknown.map(([name, count]) => `${name} (${count})`).join(', '),
    );
  }
  return lines.join('\n');
}
