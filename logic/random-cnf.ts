/** Seeded random k-SAT instances, for the bench and the solver's tests. */
import { mulberry32 } from '../recognition/imaging/random.js';
import type { Cnf } from './sat.js';

/** `clauses` clauses of `k` distinct variables out of `variables`, each negated with chance ½. */
export function randomKSat(variables: number, clauses: number, seed: number, k = 3): Cnf {
  const rng = mulberry32(seed);
  const out: number[][] = [];
  for (let c = 0; c < clauses; c++) {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(k, variables)) chosen.add(1 + Math.floor(rng() * variables));
    out.push([...chosen].map((v) => (rng() < 0.5 ? -v : v)));
  }
  return { variables, clauses: out };
}
