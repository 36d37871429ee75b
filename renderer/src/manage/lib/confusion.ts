/**
 * The confusion matrix's numbers as the heat map shows them: each row normalised by its class's
 * count, so a rare class's mistakes are as visible as a common one's.
 */

export interface ConfusionCell {
  readonly truth: number;
  readonly predicted: number;
  readonly count: number;
  /** Share of the true class's samples that landed here (0–1). */
  readonly rate: number;
}

export type CellTone = 'hit' | 'miss';

/** Row sums: how many test samples each class had. */
export function rowTotals(confusion: readonly (readonly number[])[]): number[] {
  return confusion.map((row) => row.reduce((sum, n) => sum + n, 0));
}

/** The cells worth drawing: every non-zero count, with its row-normalised rate. */
export function confusionCells(confusion: readonly (readonly number[])[]): ConfusionCell[] {
  const totals = rowTotals(confusion);
  const cells: ConfusionCell[] = [];
  confusion.forEach((row, truth) => {
    row.forEach((n, predicted) => {
      if (n > 0) cells.push({ truth, predicted, count: n, rate: n / totals[truth] });
    });
  });
  return cells;
}

/**
 * Colour of a cell: correct readings in the accent colour, mistakes in red. The square root
 * lifts small error rates, so a 2 % confusion is still seen on a matrix of 78 classes.
 */
export function cellTone(cell: ConfusionCell): {
  readonly tone: CellTone;
  readonly opacity: number;
} {
  const tone: CellTone = cell.truth === cell.predicted ? 'hit' : 'miss';
  const opacity = 0.12 + 0.88 * Math.sqrt(Math.min(1, Math.max(0, cell.rate)));
  return { tone, opacity: Number(opacity.toFixed(3)) };
}

/** The largest off-diagonal cells, most frequent first: what the model mixes up most. */
export function topConfusions(
  confusion: readonly (readonly number[])[],
  limit = 3,
): ConfusionCell[] {
  return confusionCells(confusion)
    .filter((cell) => cell.truth !== cell.predicted)
    .sort((a, b) => b.count - a.count || b.rate - a.rate)
    .slice(0, limit);
}

/** Side of one cell in SVG units: small enough for 78 classes to fit, large for few. */
export function cellSize(classes: number, available = 640): number {
  if (classes <= 0) return 24;
  return Math.max(6, Math.min(28, Math.floor(available / classes)));
}
