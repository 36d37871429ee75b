/**
 * A CDCL satisfiability solver: unit propagation over two watched literals, first-UIP clause
 * learning with non-chronological backjumping, VSIDS variable activity kept in a heap, phase
 * saving and Luby restarts. Small, but random 3-SAT at the hard ratio (100 variables, 420
 * clauses) takes milliseconds, and so do the Tseitin encodings of formulas written by hand.
 */

/** Clauses over variables 1..variables, literals in DIMACS style: 3 is x₃, −3 is ¬x₃. */
export interface Cnf {
  readonly variables: number;
  readonly clauses: readonly (readonly number[])[];
}

/** `model[v]` is the value of variable v (index 0 is unused). */
export type SatResult =
  | { readonly satisfiable: true; readonly model: readonly boolean[] }
  | { readonly satisfiable: false };

const UNASSIGNED = -1;
const NO_REASON = -1;

/** A max-heap of variables by activity. */
class VariableHeap {
  private readonly heap: number[] = [];
  private readonly position: Int32Array;

  constructor(
    size: number,
    private readonly activity: Float64Array,
  ) {
    this.position = new Int32Array(size).fill(-1);
    for (let v = 0; v < size; v++) this.insert(v);
  }

  has(v: number): boolean {
    return this.position[v] >= 0;
  }

  insert(v: number): void {
    if (this.has(v)) return;
    this.position[v] = this.heap.length;
    this.heap.push(v);
    this.up(this.position[v]);
  }

  /** Called after `v`'s activity grew. */
  increased(v: number): void {
    if (this.has(v)) this.up(this.position[v]);
  }

  pop(): number {
    const top = this.heap[0];
    const last = this.heap.pop() as number;
    this.position[top] = -1;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.position[last] = 0;
      this.down(0);
    }
    return top;
  }

  get size(): number {
    return this.heap.length;
  }

  private up(i: number): void {
    const v = this.heap[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.activity[this.heap[parent]] >= this.activity[v]) break;
      this.heap[i] = this.heap[parent];
      this.position[this.heap[i]] = i;
      i = parent;
    }
    this.heap[i] = v;
    this.position[v] = i;
  }

  private down(i: number): void {
    const v = this.heap[i];
    const n = this.heap.length;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.activity[this.heap[child + 1]] > this.activity[this.heap[child]])
        child++;
      if (this.activity[this.heap[child]] <= this.activity[v]) break;
      this.heap[i] = this.heap[child];
      this.position[this.heap[i]] = i;
      i = child;
    }
    this.heap[i] = v;
    this.position[v] = i;
  }
}

/** The i-th term (from 1) of the Luby sequence 1 1 2 1 1 2 4 …: restart intervals. */
function luby(i: number): number {
  for (let k = 1; ; k++) {
    if (i === 2 ** k - 1) return 2 ** (k - 1);
    if (i < 2 ** k - 1) return luby(i - 2 ** (k - 1) + 1);
  }
}

const RESTART_UNIT = 100;

/** Decides `cnf`, however long it takes (random 3-SAT at 100 variables: milliseconds). */
export function sat(cnf: Cnf): SatResult {
  return solve(cnf, Infinity) as SatResult;
}

/** What `solve` says when it stopped at its conflict budget, undecided. */
export const GAVE_UP = { satisfiable: 'gave-up' } as const;

/** Decides `cnf` unless that takes more than `maxConflicts` conflicts. */
export function solve(cnf: Cnf, maxConflicts: number): SatResult | typeof GAVE_UP {
  const n = cnf.variables;
  // Internal literals: 2v for xᵥ₊₁, 2v+1 for its negation.
  const assign = new Int8Array(n).fill(UNASSIGNED);
  const level = new Int32Array(n);
  const reason = new Int32Array(n).fill(NO_REASON);
  const phase = new Uint8Array(n);
  const activity = new Float64Array(n);
  const seen = new Uint8Array(n);
  const watches: number[][] = Array.from({ length: 2 * n }, () => []);
  const clauses: number[][] = [];
  const trail: number[] = [];
  const trailLimits: number[] = [];
  let head = 0;
  let increment = 1;

  const isTrue = (lit: number): boolean => assign[lit >> 1] === ((lit & 1) ^ 1);
  const isFalse = (lit: number): boolean => assign[lit >> 1] === (lit & 1);
  const decisionLevel = (): number => trailLimits.length;

  const enqueue = (lit: number, why: number): void => {
    const v = lit >> 1;
    assign[v] = (lit & 1) ^ 1;
    level[v] = decisionLevel();
    reason[v] = why;
    trail.push(lit);
  };

  const addClause = (lits: number[]): number => {
    const index = clauses.length;
    clauses.push(lits);
    watches[lits[0]].push(index);
    watches[lits[1]].push(index);
    return index;
  };

  /** Propagates the trail; the index of a falsified clause, or −1. */
  const propagate = (): number => {
    while (head < trail.length) {
      const falseLit = trail[head++] ^ 1;
      const watching = watches[falseLit];
      let kept = 0;
      let i = 0;
      while (i < watching.length) {
        const ci = watching[i++];
        const c = clauses[ci];
        if (c[0] === falseLit) {
          c[0] = c[1];
          c[1] = falseLit;
        }
        if (isTrue(c[0])) {
          watching[kept++] = ci;
          continue;
        }
        let moved = false;
        for (let k = 2; k < c.length; k++) {
          if (!isFalse(c[k])) {
            c[1] = c[k];
            c[k] = falseLit;
            watches[c[1]].push(ci);
            moved = true;
            break;
          }
        }
        if (moved) continue;
        watching[kept++] = ci;
        if (isFalse(c[0])) {
          while (i < watching.length) watching[kept++] = watching[i++];
          watching.length = kept;
          head = trail.length;
          return ci;
        }
        enqueue(c[0], ci);
      }
      watching.length = kept;
    }
    return -1;
  };

  const heap = new VariableHeap(n, activity);
  const bump = (v: number): void => {
    activity[v] += increment;
    if (activity[v] > 1e100) {
      for (let u = 0; u < n; u++) activity[u] *= 1e-100;
      increment *= 1e-100;
    }
    heap.increased(v);
  };

  const backtrack = (to: number): void => {
    if (decisionLevel() <= to) return;
    const start = trailLimits[to];
    for (let i = trail.length - 1; i >= start; i--) {
      const v = trail[i] >> 1;
      phase[v] = assign[v];
      assign[v] = UNASSIGNED;
      reason[v] = NO_REASON;
      heap.insert(v);
    }
    trail.length = start;
    trailLimits.length = to;
    head = start;
  };

  /** First-UIP learning: the learnt clause (asserting literal first) and the level to jump to. */
  const analyze = (conflict: number): { learnt: number[]; jump: number } => {
    const learnt = [0];
    let open = 0;
    let lit = -1;
    let index = trail.length - 1;
    let ci = conflict;
    do {
      const c = clauses[ci];
      for (let j = lit === -1 ? 0 : 1; j < c.length; j++) {
        const q = c[j];
        const v = q >> 1;
        if (seen[v] || level[v] === 0) continue;
        seen[v] = 1;
        bump(v);
        if (level[v] >= decisionLevel()) open++;
        else learnt.push(q);
      }
      while (!seen[trail[index] >> 1]) index--;
      lit = trail[index--];
      ci = reason[lit >> 1];
      seen[lit >> 1] = 0;
      open--;
    } while (open > 0);
    learnt[0] = lit ^ 1;
    let jump = 0;
    let at = 1;
    for (let j = 1; j < learnt.length; j++) {
      const l = level[learnt[j] >> 1];
      if (l > jump) {
        jump = l;
        at = j;
      }
    }
    if (learnt.length > 1) [learnt[1], learnt[at]] = [learnt[at], learnt[1]];
    for (const q of learnt) seen[q >> 1] = 0;
    return { learnt, jump };
  };

  // Load the clauses: duplicates dropped, tautologies skipped, units assigned at level 0.
  for (const clause of cnf.clauses) {
    const lits = [...new Set(clause.map((d) => 2 * (Math.abs(d) - 1) + (d < 0 ? 1 : 0)))];
    const present = new Set(lits);
    if (lits.some((l) => present.has(l ^ 1))) continue;
    const open = lits.filter((l) => !isFalse(l));
    if (open.some(isTrue)) continue;
    if (open.length === 0) return { satisfiable: false };
    if (open.length === 1) {
      enqueue(open[0], NO_REASON);
      if (propagate() >= 0) return { satisfiable: false };
    } else {
      addClause(open);
    }
  }

  let conflicts = 0;
  let restarts = 1;
  let restartAt = luby(restarts) * RESTART_UNIT;
  for (;;) {
    const conflict = propagate();
    if (conflict >= 0) {
      conflicts++;
      if (decisionLevel() === 0) return { satisfiable: false };
      if (conflicts > maxConflicts) return GAVE_UP;
      const { learnt, jump } = analyze(conflict);
      backtrack(jump);
      if (learnt.length === 1) enqueue(learnt[0], NO_REASON);
      else enqueue(learnt[0], addClause(learnt));
      increment /= 0.95;
      continue;
    }
    if (conflicts >= restartAt) {
      restarts++;
      restartAt = conflicts + luby(restarts) * RESTART_UNIT;
      backtrack(0);
    }
    let next = -1;
    while (heap.size > 0) {
      const v = heap.pop();
      if (assign[v] === UNASSIGNED) {
        next = v;
        break;
      }
    }
    if (next < 0) {
      const model = [false];
      for (let v = 0; v < n; v++) model.push(assign[v] === 1);
      return { satisfiable: true, model };
    }
    trailLimits.push(trail.length);
    // Phase saving: a variable goes back to the value it last had (false at first).
    enqueue(2 * next + (phase[next] === 1 ? 0 : 1), NO_REASON);
  }
}

/** Whether `model` makes every clause of `cnf` true. */
export function satisfies(cnf: Cnf, model: readonly boolean[]): boolean {
  return cnf.clauses.every((c) => c.some((d) => model[Math.abs(d)] === d > 0));
}
