import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../recognition/imaging/random.js';
import { randomKSat } from './random-cnf.js';
import { GAVE_UP, sat, satisfies, solve, type Cnf } from './sat.js';

/** Satisfiability by trying every assignment: the reference the solver must agree with. */
function bruteForce(cnf: Cnf): boolean {
  for (let row = 0; row < 2 ** cnf.variables; row++) {
    const model = [
      false,
      ...Array.from({ length: cnf.variables }, (_, i) => ((row >> i) & 1) === 1),
    ];
    if (satisfies(cnf, model)) return true;
  }
  return false;
}

/** n+1 pigeons in n holes: unsatisfiable, and hard for resolution as n grows. */
function pigeonhole(holes: number): Cnf {
  const v = (pigeon: number, hole: number): number => pigeon * holes + hole + 1;
  const clauses: number[][] = [];
  for (let p = 0; p <= holes; p++) clauses.push(Array.from({ length: holes }, (_, h) => v(p, h)));
  for (let h = 0; h < holes; h++)
    for (let p = 0; p <= holes; p++)
      for (let q = p + 1; q <= holes; q++) clauses.push([-v(p, h), -v(q, h)]);
  return { variables: (holes + 1) * holes, clauses };
}

describe('sat', () => {
  it('decides random 3-SAT with 100 variables and 420 clauses, with a model that satisfies every clause', () => {
    let satisfiable = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const cnf = randomKSat(100, 420, seed);
      const result = sat(cnf);
      if (result.satisfiable) {
        satisfiable++;
        expect(satisfies(cnf, result.model)).toBe(true);
      }
    }
    // At the threshold about half are satisfiable; both answers must turn up.
    expect(satisfiable).toBeGreaterThan(0);
    expect(satisfiable).toBeLessThan(6);
  });
  it('agrees with trying every assignment on small random instances', () => {
    const rng = mulberry32(7);
    for (let i = 0; i < 300; i++) {
      const variables = 1 + Math.floor(rng() * 10);
      const cnf = randomKSat(
        variables,
        Math.floor(rng() * 5 * variables),
        1000 + i,
        1 + Math.floor(rng() * 3),
      );
      const result = sat(cnf);
      expect(result.satisfiable).toBe(bruteForce(cnf));
      if (result.satisfiable) expect(satisfies(cnf, result.model)).toBe(true);
    }
  });
  it('proves small pigeonhole instances unsatisfiable', () => {
    for (const holes of [2, 3, 4, 5]) expect(sat(pigeonhole(holes)).satisfiable).toBe(false);
  });
  it('gives up at its conflict budget rather than run on', () => {
    expect(solve(pigeonhole(8), 10)).toBe(GAVE_UP);
    expect(solve(pigeonhole(3), 10_000)).toEqual({ satisfiable: false });
  });
  it('handles the empty clause and no clauses', () => {
    expect(sat({ variables: 2, clauses: [[1], []] }).satisfiable).toBe(false);
    expect(sat({ variables: 0, clauses: [] }).satisfiable).toBe(true);
    expect(sat({ variables: 1, clauses: [[1], [-1]] }).satisfiable).toBe(false);
  });
});
