/**
 * Random well-formed formulas of the kind students write, for benchmarks and round-trip tests,
 * and the symbol-class sequence of a formula from which handwritten images are composed.
 */
import { symbolByChar } from '../symbols.js';
import {
  termChildren,
  withStandardParentheses,
  type BinaryConnective,
  type Formula,
  type Term,
} from './ast.js';
import { toUnicode } from './exports.js';

export interface RandomFormulaOptions {
  /** Nesting depth of connectives and quantifiers (default 4). */
  readonly maxDepth?: number;
  /** Longest Unicode export, in symbols (default 40). */
  readonly maxSymbols?: number;
  /** Predicate letters to choose from (default P, Q, R, S). */
  readonly predicates?: readonly string[];
}

const DEFAULT_PREDICATES = ['P', 'Q', 'R', 'S'];

type Rng = () => number;
type Weighted<T> = readonly (readonly [T, number])[];

function pick<T>(rng: Rng, items: Weighted<T>): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1][0];
}

function uniform<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

const VARIABLES: Weighted<string> = [
  ['x', 6],
  ['y', 5],
  ['z', 3],
  ['u', 1],
  ['v', 1],
  ['w', 1],
];
const PREDICATE_ARITY: Weighted<number> = [
  [0, 2],
  [1, 5],
  [2, 4],
  [3, 1],
];
const FUNCTION_ARITY: Weighted<number> = [
  [1, 3],
  [2, 1],
];
// ⇒ ⇔ are rarer than → ↔ in student work, and ↔ rarer than →.
const CONNECTIVES: Weighted<readonly [BinaryConnective, string]> = [
  [['and', '∧'], 30],
  [['or', '∨'], 22],
  [['implies', '→'], 28],
  [['iff', '↔'], 10],
  [['implies', '⇒'], 6],
  [['iff', '⇔'], 4],
];

/** Arities are fixed per formula, as a student would use each symbol consistently. */
interface Signature {
  readonly predicates: ReadonlyMap<string, number>;
  readonly functions: ReadonlyMap<string, number>;
}

function randomSignature(rng: Rng, predicates: readonly string[]): Signature {
  return {
    predicates: new Map(predicates.map((p) => [p, pick(rng, PREDICATE_ARITY)])),
    functions: new Map(['f', 'g', 'h'].map((f) => [f, pick(rng, FUNCTION_ARITY)])),
  };
}

class Generator {
  constructor(
    private readonly rng: Rng,
    private readonly signature: Signature,
    private readonly maxDepth: number,
  ) {}

  formula(depth: number, scope: readonly string[]): Formula {
    if (depth >= this.maxDepth) return this.atom(scope);
    const kind = pick(this.rng, [
      ['atom', 0.2 + 0.15 * depth],
      ['not', 0.12],
      ['binary', 0.4],
      ['quantifier', depth === 0 ? 0.7 : 0.2],
    ] as const);
    switch (kind) {
      case 'atom':
        return this.atom(scope);
      case 'not':
        return { kind: 'not', body: this.formula(depth + 1, scope) };
      case 'binary': {
        const [op, symbol] = pick(this.rng, CONNECTIVES);
        const left = this.formula(depth + 1, scope);
        return { kind: 'binary', op, symbol, left, right: this.formula(depth + 1, scope) };
      }
      case 'quantifier':
        return this.quantifier(depth, scope);
    }
  }

  private quantifier(depth: number, scope: readonly string[]): Formula {
    const fresh = VARIABLES.filter(([v]) => !scope.includes(v));
    const variable = pick(this.rng, fresh.length > 0 ? fresh : VARIABLES);
    const inner = [...scope, variable];
    const quantifier = this.rng() < 0.6 ? 'forall' : 'exists';
    // Students quantify over variables they use; retry bodies that happen to omit it.
    for (let attempt = 0; attempt < 4; attempt++) {
      const body = this.formula(depth + 1, inner);
      if (occursFree(variable, body)) return { kind: 'quantifier', quantifier, variable, body };
    }
    return { kind: 'quantifier', quantifier, variable, body: this.atomUsing(variable, inner) };
  }

  private atom(scope: readonly string[]): Formula {
    const kind = pick(this.rng, [
      ['predicate', 0.78],
      ['equals', 0.1],
      ['notEquals', 0.06],
      ['top', 0.03],
      ['bot', 0.03],
    ] as const);
    switch (kind) {
      case 'predicate': {
        const name = uniform(this.rng, [...this.signature.predicates.keys()]);
        const arity = this.signature.predicates.get(name) ?? 0;
        return { kind: 'predicate', name, args: this.terms(arity, scope, 0) };
      }
      case 'equals':
      case 'notEquals': {
        const [left, right] = this.terms(2, scope, 0);
        return { kind, left, right };
      }
      case 'top':
      case 'bot':
        return { kind: 'constant', value: kind === 'top' };
    }
  }

  private atomUsing(variable: string, scope: readonly string[]): Formula {
    const predicates = [...this.signature.predicates].filter(([, arity]) => arity > 0);
    const variableTerm: Term = { kind: 'symbol', name: variable };
    if (predicates.length === 0) {
      return { kind: 'equals', left: variableTerm, right: this.term(scope, 0) };
    }
    const [name, arity] = uniform(this.rng, predicates);
    const args = this.terms(arity, scope, 0);
    args[Math.floor(this.rng() * arity)] = variableTerm;
    return { kind: 'predicate', name, args };
  }

  /** Distinct terms where one retry allows: `R(x,x)` and `x=x` are rare in practice. */
  private terms(count: number, scope: readonly string[], depth: number): Term[] {
    const terms: Term[] = [];
    while (terms.length < count) {
      const term = this.term(scope, depth);
      const repeated = terms.some((t) => sameTerm(t, term));
      terms.push(repeated ? this.term(scope, depth) : term);
    }
    return terms;
  }

  private term(scope: readonly string[], depth: number): Term {
    if (scope.length > 0 && this.rng() < 0.6) {
      // Inner quantifiers' variables are the ones used most.
      const recent = scope.slice(-2);
      return { kind: 'symbol', name: uniform(this.rng, this.rng() < 0.7 ? recent : scope) };
    }
    const kind = pick(this.rng, [
      ['apply', depth < 2 ? 0.25 : 0],
      ['constant', 0.35],
      ['digit', 0.25],
      ['free', 0.08],
    ] as const);
    switch (kind) {
      case 'apply': {
        const name = uniform(this.rng, [...this.signature.functions.keys()]);
        const arity = this.signature.functions.get(name) ?? 1;
        return { kind: 'apply', name, args: this.terms(arity, scope, depth + 1) };
      }
      case 'constant':
        return { kind: 'symbol', name: uniform(this.rng, ['a', 'b', 'c']) };
      case 'digit': {
        // Mostly single digits; now and then a number such as 10.
        const value =
          this.rng() < 0.9 ? Math.floor(this.rng() * 10) : 10 + Math.floor(this.rng() * 90);
        return { kind: 'symbol', name: `${value}` };
      }
      case 'free':
        return { kind: 'symbol', name: pick(this.rng, VARIABLES.slice(0, 3)) };
    }
  }
}

// Terms are plain trees of strings and arrays, so equal trees serialise equally.
const sameTerm = (a: Term, b: Term): boolean => JSON.stringify(a) === JSON.stringify(b);

function occursInTerm(variable: string, term: Term): boolean {
  if (term.kind === 'symbol') return term.name === variable;
  return termChildren(term).some((a) => occursInTerm(variable, a));
}

function occursFree(variable: string, f: Formula): boolean {
  switch (f.kind) {
    case 'predicate':
      return f.args.some((a) => occursInTerm(variable, a));
    case 'equals':
    case 'notEquals':
    case 'comparison':
      return occursInTerm(variable, f.left) || occursInTerm(variable, f.right);
    case 'not':
      return occursFree(variable, f.body);
    case 'binary':
      return occursFree(variable, f.left) || occursFree(variable, f.right);
    case 'quantifier':
      return f.variable !== variable && occursFree(variable, f.body);
    case 'group':
      return occursFree(variable, f.body);
    case 'constant':
      return false;
  }
}

export function randomFormula(rng: () => number, opts: RandomFormulaOptions = {}): Formula {
  const maxDepth = opts.maxDepth ?? 4;
  const maxSymbols = opts.maxSymbols ?? 40;
  const signature = randomSignature(rng, opts.predicates ?? DEFAULT_PREDICATES);
  // Shallower formulas are tried as attempts fail, so short limits are met quickly.
  for (let attempt = 0; attempt < 24; attempt++) {
    const depth = Math.max(1, maxDepth - Math.floor(attempt / 6));
    // Written with the parentheses a careful writer puts in: mixed connectives bracketed.
    const f = withStandardParentheses(new Generator(rng, signature, depth).formula(0, []));
    if (formulaSymbols(f).length <= maxSymbols) return f;
  }
  return { kind: 'predicate', name: 'P', args: [] };
}

/**
 * The formula as people also write it: now and then with parentheses that change nothing, around
 * a quantifier's or a negation's atomic operand (`∀x(P(x))`, `¬(P)`), around a whole operand of a
 * connective, a pair doubled, or the whole formula in a pair. `chance` is per place.
 */
export function withWritersParentheses(f: Formula, rng: () => number, chance: number): Formula {
  const group = (body: Formula): Formula => ({ kind: 'group', body });
  const maybe = (body: Formula): Formula => (rng() < chance ? group(body) : body);
  const walk = (g: Formula): Formula => {
    switch (g.kind) {
      case 'not':
      case 'quantifier':
        return { ...g, body: maybe(walk(g.body)) };
      case 'binary':
        return { ...g, left: maybe(walk(g.left)), right: maybe(walk(g.right)) };
      case 'group':
        return maybe(group(walk(g.body)));
      default:
        return g;
    }
  };
  const written = walk(f);
  return rng() < chance / 2 ? group(written) : written;
}

/** The symbol-table class names of the Unicode export, one per character. */
export function formulaSymbols(f: Formula): string[] {
  return [...toUnicode(f)].map((char) => {
    const info = symbolByChar(char);
    if (info === undefined) throw new Error(`no symbol class for '${char}'`);
    return info.name;
  });
}
