/**
 * Tseitin's encoding: a CNF satisfiable exactly when the formula is, of a size linear in the
 * formula's, with one new variable per connective. Atom i is variable i+1, so a model gives
 * the atoms' values directly. Shared sub-formulas (the same object) are encoded once.
 */
import type { Prop } from './prop.js';
import type { Cnf } from './sat.js';

export class TseitinEncoder {
  readonly clauses: number[][] = [];
  private variables: number;
  private readonly cache = new Map<Prop, number>();

  constructor(atoms: number) {
    this.variables = atoms;
  }

  /** Adds the requirement that `p` be true. */
  assert(p: Prop): void {
    if (p.kind === 'and') {
      for (const part of p.parts) this.assert(part);
      return;
    }
    if (p.kind === 'const') {
      if (!p.value) this.clauses.push([]);
      return;
    }
    this.clauses.push([this.literal(p)]);
  }

  /** A DIMACS literal equivalent to `p` (which holds no constants below the top). */
  literal(p: Prop): number {
    switch (p.kind) {
      case 'var':
        return p.index + 1;
      case 'not':
        return -this.literal(p.body);
      case 'const': {
        const v = this.fresh();
        this.clauses.push([p.value ? v : -v]);
        return v;
      }
      default: {
        const cached = this.cache.get(p);
        if (cached !== undefined) return cached;
        const v = this.fresh();
        this.define(v, p);
        this.cache.set(p, v);
        return v;
      }
    }
  }

  get cnf(): Cnf {
    return { variables: this.variables, clauses: this.clauses };
  }

  private fresh(): number {
    return ++this.variables;
  }

  private define(v: number, p: Prop): void {
    switch (p.kind) {
      case 'and': {
        const parts = p.parts.map((q) => this.literal(q));
        for (const l of parts) this.clauses.push([-v, l]);
        this.clauses.push([v, ...parts.map((l) => -l)]);
        return;
      }
      case 'or': {
        const parts = p.parts.map((q) => this.literal(q));
        for (const l of parts) this.clauses.push([v, -l]);
        this.clauses.push([-v, ...parts]);
        return;
      }
      case 'iff': {
        const a = this.literal(p.left);
        const b = this.literal(p.right);
        this.clauses.push([-v, -a, b], [-v, a, -b], [v, a, b], [v, -a, -b]);
        return;
      }
      case 'var':
      case 'not':
      case 'const':
        throw new Error('define is only called for connectives');
    }
  }
}
