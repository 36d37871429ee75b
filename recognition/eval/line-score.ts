import { symbolByName } from '../symbols.js';
import type { RecognizedLine } from '../types.js';

/** What scoring needs of a read line (a `RecognizedLine` has it, and so does a worker's message). */
export interface ReadLine {
  readonly text: RecognizedLine['text'];
  readonly wellFormed: boolean;
  readonly symbols: readonly {
    readonly label: string;
    readonly alternatives: readonly { readonly label: string }[];
  }[];
}

/** The part of a read line that scoring looks at, small enough to post between threads. */
export function slimLine(line: ReadLine): ReadLine {
  return {
    text: line.text,
    wellFormed: line.wellFormed,
    symbols: line.symbols.map((s) => ({
      label: s.label,
      alternatives: s.alternatives.slice(0, 1).map((a) => ({ label: a.label })),
    })),
  };
}

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

/** One step of a cheapest alignment of `truth` with `read`. */
export type Edit =
  | { readonly kind: 'substitute'; readonly truth: string; readonly read: string }
  | { readonly kind: 'delete'; readonly truth: string }
  | { readonly kind: 'insert'; readonly read: string };

/** The edits of a cheapest alignment (matches left out), in line order. */
export function alignmentEdits(truth: readonly string[], read: readonly string[]): Edit[] {
  const n = truth.length;
  const m = read.length;
  const d = Array.from({ length: n + 1 }, (_, i) =>
    Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++)
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
        d[i - 1][j - 1] + (truth[i - 1] === read[j - 1] ? 0 : 1),
      );
  const edits: Edit[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    if (i > 0 && j > 0 && d[i][j] === d[i - 1][j - 1] + (truth[i - 1] === read[j - 1] ? 0 : 1)) {
      if (truth[i - 1] !== read[j - 1])
        edits.push({ kind: 'substitute', truth: truth[i - 1], read: read[j - 1] });
      i--;
      j--;
    } else if (i > 0 && d[i][j] === d[i - 1][j] + 1) {
      edits.push({ kind: 'delete', truth: truth[--i] });
    } else {
      edits.push({ kind: 'insert', read: read[--j] });
    }
  }
  return edits.reverse();
}

export interface ScoreSummary {
  readonly lines: number;
  readonly exact: number;
  readonly rawExact: number;
  readonly symbolErrorRate: number;
  readonly rawSymbolErrorRate: number;
  readonly wellFormed: number;
  /** Share of lines read with as many symbols as were written. */
  readonly rightCount: number;
  /**
   * Of the lines whose symbols were all read right, the share whose text is the written line
   * (1 when there are none).
   */
  readonly faithful: number;
}

const charOf = (label: string) => symbolByName(label)?.char ?? label;

/** How a benchmark's errors break down: what is confused with what, and what is lost or added. */
export class ErrorTally {
  readonly substitutions = new Map<string, number>();
  readonly deletions = new Map<string, number>();
  readonly insertions = new Map<string, number>();
  wrongCount = 0;
  unfaithful = 0;

  add(truth: readonly string[], read: readonly string[]): void {
    if (truth.length !== read.length) this.wrongCount++;
    const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    for (const e of alignmentEdits(truth, read)) {
      if (e.kind === 'substitute') bump(this.substitutions, `${charOf(e.truth)}→${charOf(e.read)}`);
      else if (e.kind === 'delete') bump(this.deletions, charOf(e.truth));
      else bump(this.insertions, charOf(e.read));
    }
  }

  /** The `n` most frequent entries of `map`, as `key ×count`. */
  static top(map: ReadonlyMap<string, number>, n: number): string {
    return [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, c]) => `${k} ×${c}`)
      .join(', ');
  }
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
  private rightCount = 0;
  private faithful = 0;
  readonly tally = new ErrorTally();

  add(truth: readonly string[], got: ReadLine | undefined): void {
    const labels = got?.symbols.map((s) => s.label) ?? [];
    const raw = got?.symbols.map((s) => s.alternatives[0]?.label ?? s.label) ?? [];
    const distance = editDistance(truth, labels);
    const rawDistance = editDistance(truth, raw);
    this.lines += 1;
    this.symbols += truth.length;
    this.errors += distance;
    this.rawErrors += rawDistance;
    this.tally.add(truth, labels);
    if (labels.length === truth.length) this.rightCount += 1;
    if (distance === 0) {
      this.exact += 1;
      if (got?.text === truth.map(charOf).join('')) this.faithful += 1;
      else this.tally.unfaithful += 1;
    }
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
      rightCount: this.rightCount / n,
      faithful: this.exact === 0 ? 1 : this.faithful / this.exact,
    };
  }
}
