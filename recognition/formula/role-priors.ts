/**
 * How likely each symbol is in its grammatical role, learnt from real formulas (the exercises of
 * an open logic textbook, `corpus/forallx-formulas.txt`) rather than from the project's own random
 * generator: which capitals are predicates, which letters are quantified, how often a term is a
 * bound variable, a free letter or a number, which connectives people write.
 *
 * The decoder adds `weight × log(P(label | role) / P(best | role))`, `best` being the likeliest
 * of the glyph's own readings in that role: the prior settles which look-alike a glyph is (z or 2
 * after ∀z …) without making any role dearer than another. A user's correction is never weighed.
 */
import { SYMBOL_NAMES, symbolByName } from '../symbols.js';
import { termChildren, type Formula, type Term } from './ast.js';
import { ROLE_COUNTS } from './role-prior-counts.js';
import type { RoleCounts } from './role-counts.js';

export type { RoleCounts } from './role-counts.js';

export type Role = 'predicate' | 'variable' | 'term' | 'connective' | 'quantifier';

const kinds = (...wanted: string[]) =>
  SYMBOL_NAMES.filter((n) => wanted.includes(symbolByName(n)?.kind ?? ''));

const CAPITALS = kinds('upper');

/** The labels each role can take; a capital is a term only in a line of terms (`A+b=2`). */
export const ROLE_LABELS: Readonly<Record<Role, readonly string[]>> = {
  predicate: CAPITALS,
  variable: kinds('lower'),
  term: [...kinds('lower', 'digit'), ...CAPITALS],
  connective: SYMBOL_NAMES.filter((n) => symbolByName(n)?.kind === 'connective' && n !== 'neg'),
  quantifier: kinds('quantifier'),
};

/** Counts the roles of every symbol of `formulas`. */
export function countRoles(formulas: readonly Formula[]): RoleCounts {
  const counts = {
    predicate: {} as Record<string, number>,
    variable: {} as Record<string, number>,
    freeTerm: {} as Record<string, number>,
    boundTerms: 0,
    connective: {} as Record<string, number>,
    quantifier: {} as Record<string, number>,
  };
  const bump = (table: Record<string, number>, key: string) => (table[key] = (table[key] ?? 0) + 1);
  const term = (t: Term, bound: ReadonlySet<string>): void => {
    if (t.kind === 'symbol' && bound.has(t.name)) counts.boundTerms++;
    else if (t.kind === 'symbol' || t.kind === 'apply') bump(counts.freeTerm, t.name[0]);
    for (const a of termChildren(t)) term(a, bound);
  };
  const walk = (f: Formula, bound: ReadonlySet<string>): void => {
    switch (f.kind) {
      case 'predicate':
        bump(counts.predicate, f.name);
        for (const a of f.args) term(a, bound);
        return;
      case 'equals':
      case 'notEquals':
        term(f.left, bound);
        term(f.right, bound);
        return;
      case 'not':
      case 'group':
        walk(f.body, bound);
        return;
      case 'binary': {
        const name = SYMBOL_NAMES.find((n) => symbolByName(n)?.char === f.symbol);
        if (name) bump(counts.connective, name);
        walk(f.left, bound);
        walk(f.right, bound);
        return;
      }
      case 'quantifier':
        bump(counts.quantifier, f.quantifier);
        bump(counts.variable, f.variable);
        walk(f.body, new Set([...bound, f.variable]));
        return;
      case 'constant':
        return;
    }
  };
  for (const f of formulas) walk(f, new Set());
  return counts;
}

export interface RolePriorOptions {
  /**
   * Share of each role's probability spread evenly over its labels: the corpus is one book, and
   * users write what it lacks (numbers, functions, ⇒), so nothing may be ruled out.
   */
  readonly uniformShare: number;
  /**
   * Share of capitals among a term's letters and digits, spread evenly over them. The textbook
   * has none; arithmetic has them (`A+b=2`), and the grammar only allows them in lines of terms.
   */
  readonly capitalTermShare: number;
}

/**
 * `capitalTermShare`: capitals are 320 of the 3,691 letters and digits of CROHME's train-split
 * expressions in our symbols (linear ones), the real arithmetic the project may learn from.
 */
export const ROLE_PRIOR_DEFAULTS: RolePriorOptions = {
  uniformShare: 0.25,
  capitalTermShare: 0.087,
};

/** Relative log-priors per role; see the module comment. */
export class RolePriors {
  private readonly tables = new Map<Role, Map<string, number>>();
  private readonly boundShare: number;
  private readonly cache = new Map<string, number>();

  constructor(counts: RoleCounts = ROLE_COUNTS, opts: RolePriorOptions = ROLE_PRIOR_DEFAULTS) {
    const table = (
      role: Role,
      observed: Readonly<Record<string, number>>,
      labels = ROLE_LABELS[role],
      mass = 1,
    ) => {
      const total = labels.reduce((n, l) => n + (observed[l] ?? 0), 0);
      const p = labels.map(
        (l) =>
          mass *
          ((total > 0 ? (1 - opts.uniformShare) * ((observed[l] ?? 0) / total) : 0) +
            (total > 0 ? opts.uniformShare : 1) / labels.length),
      );
      this.tables.set(
        role,
        new Map([...(this.tables.get(role) ?? []), ...labels.map((l, i) => [l, p[i]] as const)]),
      );
    };
    table('predicate', counts.predicate);
    table('variable', counts.variable);
    table('term', counts.freeTerm, kinds('lower', 'digit'), 1 - opts.capitalTermShare);
    table('term', {}, CAPITALS, opts.capitalTermShare);
    table('connective', counts.connective);
    table('quantifier', counts.quantifier);
    const free = Object.values(counts.freeTerm).reduce((a, b) => a + b, 0);
    const all = free + counts.boundTerms;
    // Even a corpus of bound variables only leaves room for free terms, and vice versa.
    this.boundShare = all > 0 ? Math.min(0.95, Math.max(0.05, counts.boundTerms / all)) : 0.5;
  }

  /** P(label | role); for a term, given the variables bound where it stands. */
  probability(role: Role, label: string, bound: readonly string[] = []): number {
    const p = this.tables.get(role)?.get(label) ?? 0;
    if (role !== 'term' || bound.length === 0) return p;
    const isBound = bound.includes(label) ? 1 / bound.length : 0;
    return this.boundShare * isBound + (1 - this.boundShare) * p;
  }

  /** log(P(label | role) / the role's largest P): 0 for the likeliest label, negative below. */
  relativeLog(role: Role, label: string, bound: readonly string[] = []): number {
    const key = `${role}|${role === 'term' ? bound.join('') : ''}|${label}`;
    let value = this.cache.get(key);
    if (value === undefined) {
      const best = Math.max(...ROLE_LABELS[role].map((l) => this.probability(role, l, bound)));
      const p = this.probability(role, label, bound);
      value = p > 0 && best > 0 ? Math.log(p / best) : -Infinity;
      this.cache.set(key, value);
    }
    return value;
  }
}
