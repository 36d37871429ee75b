import type { RecognizedLine } from '../types.js';

/** Levenshtein distance between two label sequences. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

export interface ScoreSummary {
  readonly lines: number;
  readonly exact: number;
  readonly rawExact: number;
  readonly symbolErrorRate: number;
  readonly rawSymbolErrorRate: number;
  readonly wellFormed: number;
}

/**
 * Line exact match and symbol error rate of recognised lines against the truth, for the decoder's
 * reading and for the classifier's raw top-1 reading. A line the engine did not find counts as
 * entirely wrong.
 */
export class LineScore {
  private lines = 0;
  private exact = 0;
  private rawExact = 0;
  private wellFormed = 0;
  private symbols = 0;
  private errors = 0;
  private rawErrors = 0;

  add(truth: readonly string[], got: RecognizedLine | undefined): void {
    const labels = got?.symbols.map((s) => s.label) ?? [];
    const raw = got?.symbols.map((s) => s.alternatives[0]?.label ?? s.label) ?? [];
    const distance = editDistance(truth, labels);
    const rawDistance = editDistance(truth, raw);
    this.lines += 1;
    this.symbols += truth.length;
    this.errors += distance;
    this.rawErrors += rawDistance;
    if (distance === 0) this.exact += 1;
    if (rawDistance === 0) this.rawExact += 1;
    if (got?.wellFormed) this.wellFormed += 1;
  }

  summary(): ScoreSummary {
    const n = Math.max(1, this.lines);
    const s = Math.max(1, this.symbols);
    return {
      lines: this.lines,
      exact: this.exact / n,
      rawExact: this.rawExact / n,
      symbolErrorRate: this.errors / s,
      rawSymbolErrorRate: this.rawErrors / s,
      wellFormed: this.wellFormed / n,
    };
  }
}
