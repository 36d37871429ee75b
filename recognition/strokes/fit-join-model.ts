import { joinFeatures, layoutDrawing, logitOf, logSigmoid } from './join-model.js';

/**
 * Fitting `JOIN_WEIGHTS` (`npm run fit:join`): training examples from expressions whose symbols'
 * strokes are known, L2-regularised logistic regression, and the numbers to compare weights by.
 */

/** The parts of a shared-data stroke expression that the join model learns from. */
export interface StrokeExpression {
  readonly strokes: readonly (readonly (readonly number[])[])[];
  /** Indices into `strokes` of each symbol's strokes, in any order. */
  readonly symbols: readonly { readonly strokes: readonly number[] }[];
}

export interface JoinExample {
  readonly features: readonly number[];
  /** Whether the stroke continues the strokes it was compared with (1) or starts a symbol (0). */
  readonly label: 0 | 1;
}

/**
 * Writing-order positions of each symbol's strokes in the layout, symbols sorted by their first
 * stroke; undefined when the labels are unusable for the join model: a stroke index out of range
 * or without points, a stroke in two symbols, a symbol without strokes, or two symbols written
 * interleaved (a dot added to an i after the next letter). Interleaving leaves "the symbol written
 * just before" a symbol without one meaning, and it is rare enough (about 4% of the CROHME
 * expressions) that leaving those expressions out costs little.
 */
function symbolsInWritingOrder(
  e: StrokeExpression,
  positionOf: ReadonlyMap<number, number>,
): number[][] | undefined {
  const seen = new Set<number>();
  const symbols: number[][] = [];
  for (const symbol of e.symbols) {
    if (symbol.strokes.length === 0) return undefined;
    const positions: number[] = [];
    for (const i of symbol.strokes) {
      const p = positionOf.get(i);
      if (p === undefined || seen.has(i)) return undefined;
      seen.add(i);
      positions.push(p);
    }
    symbols.push(positions.sort((a, b) => a - b));
  }
  symbols.sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < symbols.length; k++) {
    const previous = symbols[k - 1];
    if (previous[previous.length - 1] > symbols[k][0]) return undefined;
  }
  return symbols;
}

/**
 * The join model's examples from one expression, laid out exactly as the recogniser lays out a
 * drawing: for each symbol with strokes i1 < i2 < …, each ik (k ≥ 2) against i1…i(k−1) joins;
 * the first stroke of each symbol after the first against the previous symbol's strokes does not.
 * Undefined when the expression's symbol labels are unusable (see `symbolsInWritingOrder`).
 */
export function joinExamples(e: StrokeExpression): JoinExample[] | undefined {
  const { order, layout } = layoutDrawing(e.strokes);
  const positionOf = new Map(order.map((i, p) => [i, p]));
  const symbols = symbolsInWritingOrder(e, positionOf);
  if (!symbols) return undefined;
  const examples: JoinExample[] = [];
  symbols.forEach((strokes, k) => {
    if (k > 0) {
      examples.push({ features: joinFeatures(layout, strokes[0], symbols[k - 1]), label: 0 });
    }
    for (let j = 1; j < strokes.length; j++) {
      examples.push({ features: joinFeatures(layout, strokes[j], strokes.slice(0, j)), label: 1 });
    }
  });
  return examples;
}

export interface ExampleSet {
  readonly examples: JoinExample[];
  readonly positives: number;
  readonly negatives: number;
  /** Expressions left out because their symbol labels are unusable. */
  readonly skipped: number;
}

/** `joinExamples` of every expression, pooled. */
export function collectJoinExamples(expressions: Iterable<StrokeExpression>): ExampleSet {
  const examples: JoinExample[] = [];
  let skipped = 0;
  for (const e of expressions) {
    const got = joinExamples(e);
    if (got) examples.push(...got);
    else skipped++;
  }
  const positives = examples.filter((x) => x.label === 1).length;
  return { examples, positives, negatives: examples.length - positives, skipped };
}

export interface FitOptions {
  /**
   * Weight of ½‖w‖² added to the mean log-loss. The bias (feature 0) is left out of it, so that
   * the penalty does not depend on the balance of positives and negatives.
   */
  readonly l2?: number;
  readonly maxIterations?: number;
  /** Stop when no weight moves by more than this in a Newton step. */
  readonly tolerance?: number;
}

/** −log P(label) for an example whose log-odds under the weights are `z`. */
function exampleLoss(z: number, label: 0 | 1): number {
  return -(label === 1 ? logSigmoid(z) : logSigmoid(-z));
}

function objective(weights: readonly number[], examples: readonly JoinExample[], l2: number) {
  let loss = 0;
  for (const x of examples) loss += exampleLoss(logitOf(weights, x.features), x.label);
  let penalty = 0;
  for (let j = 1; j < weights.length; j++) penalty += weights[j] * weights[j];
  return loss / examples.length + 0.5 * l2 * penalty;
}

/** Solves the symmetric positive definite system a·x = b by Cholesky decomposition. */
function solveSpd(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        // A feature constant over the examples leaves the Hessian singular; without L2 on it
        // there is nothing to pin that weight, so report it rather than return NaNs.
        if (!(sum > 0)) throw new Error('cannot fit: the features are linearly dependent');
        l[i][i] = Math.sqrt(sum);
      } else {
        l[i][j] = sum / l[j][j];
      }
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i][k] * y[k];
    y[i] = sum / l[i][i];
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < n; k++) sum -= l[k][i] * x[k];
    x[i] = sum / l[i][i];
  }
  return x;
}

/**
 * L2-regularised logistic regression by Newton's method (IRLS) from all-zero weights, with step
 * halving so that the objective never rises: the few features are strongly correlated (distance
 * and its square root), where gradient descent crawls and a full Newton step can overshoot.
 * Deterministic: the same examples in the same order give the same weights.
 */
export function fitLogistic(examples: readonly JoinExample[], options: FitOptions = {}): number[] {
  const { l2 = 1e-3, maxIterations = 100, tolerance = 1e-9 } = options;
  if (examples.length === 0) throw new Error('cannot fit: no examples');
  const n = examples[0].features.length;
  let weights = new Array<number>(n).fill(0);
  let current = objective(weights, examples, l2);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const gradient = new Array<number>(n).fill(0);
    const hessian = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (const x of examples) {
      const p = 1 / (1 + Math.exp(-logitOf(weights, x.features)));
      const r = p - x.label;
      const w = p * (1 - p);
      const f = x.features;
      for (let i = 0; i < n; i++) {
        gradient[i] += r * f[i];
        for (let j = 0; j <= i; j++) hessian[i][j] += w * f[i] * f[j];
      }
    }
    for (let i = 0; i < n; i++) {
      gradient[i] /= examples.length;
      for (let j = 0; j <= i; j++) {
        hessian[i][j] /= examples.length;
        hessian[j][i] = hessian[i][j];
      }
      if (i > 0) {
        gradient[i] += l2 * weights[i];
        hessian[i][i] += l2;
      }
    }
    const step = solveSpd(hessian, gradient);
    let scale = 1;
    let next = weights.map((v, i) => v - step[i]);
    let value = objective(next, examples, l2);
    while (value > current && scale > 1e-10) {
      scale /= 2;
      next = weights.map((v, i) => v - scale * step[i]);
      value = objective(next, examples, l2);
    }
    if (value > current) break;
    weights = next;
    current = value;
    if (Math.max(...step.map((s) => Math.abs(scale * s))) < tolerance) break;
  }
  return weights;
}

export interface JoinScore {
  /** Share of examples on the right side of logit 0 (a logit of exactly 0 reads as "apart"). */
  readonly accuracy: number;
  /** Mean negative log-likelihood, in nats. */
  readonly logLoss: number;
}

/** How well `weights` tell the examples' joins from separations. */
export function scoreWeights(
  weights: readonly number[],
  examples: readonly JoinExample[],
): JoinScore {
  if (examples.length === 0) throw new Error('cannot score: no examples');
  let correct = 0;
  let loss = 0;
  for (const x of examples) {
    const z = logitOf(weights, x.features);
    if ((z > 0 ? 1 : 0) === x.label) correct++;
    loss += exampleLoss(z, x.label);
  }
  return { accuracy: correct / examples.length, logLoss: loss / examples.length };
}

/** Columns the project's Prettier setup allows; the literal below wraps like Prettier wraps it. */
const PRINT_WIDTH = 100;

/**
 * The weights as the `JOIN_WEIGHTS` literal of join-model.ts, rounded to 3 decimals and spelled
 * the way Prettier leaves number literals (no trailing zeros, `1.0` for whole numbers), so that
 * pasting it over the old one passes `prettier --check` unchanged.
 */
export function formatWeights(weights: readonly number[]): string {
  const items = weights.map((w) => {
    const text = String(Number(w.toFixed(3)));
    return `${text.includes('.') ? text : `${text}.0`},`;
  });
  const head = 'export const JOIN_WEIGHTS: readonly number[] = [';
  const oneLine = `${head}${items.join(' ').slice(0, -1)}];`;
  if (oneLine.length <= PRINT_WIDTH) return oneLine;
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + item.length <= PRINT_WIDTH) lines[last] += ` ${item}`;
    else lines.push(`  ${item}`);
  }
  return [head, ...lines, '];'].join('\n');
}
