/**
 * Random well-formed formulas of the kind students write, for benchmarks and round-trip tests,
 * and the symbol-class sequence of a formula from which handwritten images are composed.
 */
import { symbolByChar } from '../symbols.js';
import {
  termChildren,
  withStandardParentheses,
  type BinaryConnective,
  type Comparison,
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
  /**
   * Also arithmetic, comparisons and sets, square brackets, textbook connectives (∼ ⊃ ≡ ·) and
   * dotted quantifiers (default false: the symbols of the first 78 classes only).
   */
  readonly notation?: boolean;
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

// The textbook spellings, rarer than the standard ones even in a textbook-notation formula.
const TEXTBOOK_CONNECTIVES: Weighted<readonly [BinaryConnective, string]> = [
  ...CONNECTIVES,
  [['and', '·'], 12],
  [['implies', '⊃'], 12],
  [['iff', '≡'], 6],
];
const COMPARISONS: Weighted<Comparison> = [
  ['lt', 3],
  ['gt', 2],
  ['leq', 3],
  ['geq', 2],
  ['in', 2],
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
    private readonly notation: boolean,
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
      case 'not': {
        const body = this.formula(depth + 1, scope);
        return this.notation && this.rng() < 0.3
          ? { kind: 'not', body, symbol: '∼' }
          : { kind: 'not', body };
      }
      case 'binary': {
        const [op, symbol] = pick(this.rng, this.notation ? TEXTBOOK_CONNECTIVES : CONNECTIVES);
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
      if (!occursFree(variable, body)) continue;
      return this.notation && this.rng() < 0.25
        ? { kind: 'quantifier', quantifier, variable, body, dot: true }
        : { kind: 'quantifier', quantifier, variable, body };
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
      ['comparison', this.notation ? 0.3 : 0],
    ] as const);
    switch (kind) {
      case 'comparison': {
        const relation = pick(this.rng, COMPARISONS);
        const left = this.arithmeticTerm(scope);
        const right =
          relation === 'in' && this.rng() < 0.6 ? this.set(scope) : this.arithmeticTerm(scope);
        return { kind: 'comparison', relation, left, right };
      }
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

  /**
   * A term with arithmetic as people write it: `x+1`, `2x−y`, `−a`, `(x+1)y`, `3.14`. Only the
   * shapes every format reads back as the same tree: a product starts with a numeral or a
   * bracket and goes on with letters (`y(1−y)` would be y applied to 1−y).
   */
  private arithmeticTerm(scope: readonly string[], depth = 0): Term {
    const kind = pick(this.rng, [
      ['plain', 0.35],
      ['sum', depth < 2 ? 0.25 : 0],
      ['negative', 0.1],
      ['product', depth < 2 ? 0.2 : 0],
      ['decimal', 0.05],
      ['group', depth < 2 ? 0.05 : 0],
    ] as const);
    switch (kind) {
      case 'plain':
        return this.term(scope, 1);
      case 'decimal':
        return {
          kind: 'symbol',
          name: `${Math.floor(this.rng() * 10)}.${Math.floor(this.rng() * 100)}`,
        };
      case 'sum': {
        const op = this.rng() < 0.5 ? 'plus' : 'minus';
        const left = this.arithmeticTerm(scope, depth + 1);
        let right = this.arithmeticTerm(scope, depth + 1);
        if (right.kind === 'arithmetic') right = this.group(right);
        return { kind: 'arithmetic', op, left, right };
      }
      case 'negative': {
        const body = this.term(scope, 2);
        return { kind: 'negative', body };
      }
      case 'product': {
        const first: Term =
          this.rng() < 0.6
            ? { kind: 'symbol', name: `${2 + Math.floor(this.rng() * 8)}` }
            : this.group(this.sum(scope));
        const factors: Term[] = [first, this.letter(scope)];
        if (this.rng() < 0.3) factors.push(this.group(this.sum(scope)));
        return { kind: 'product', factors };
      }
      case 'group':
        return this.group(this.sum(scope));
    }
  }

  private sum(scope: readonly string[]): Term {
    return {
      kind: 'arithmetic',
      op: this.rng() < 0.5 ? 'plus' : 'minus',
      left: this.letter(scope),
      right: this.term(scope, 2),
    };
  }

  private group(body: Term): Term {
    return { kind: 'termGroup', bracket: this.rng() < 0.2 ? 'bracket' : 'paren', body };
  }

  private letter(scope: readonly string[]): Term {
    const letters = scope.length > 0 && this.rng() < 0.6 ? scope : ['a', 'b', 'c', 'x', 'y'];
    return { kind: 'symbol', name: uniform(this.rng, letters) };
  }

  private set(scope: readonly string[]): Term {
    const size = Math.floor(this.rng() * 4);
    return { kind: 'set', items: Array.from({ length: size }, () => this.term(scope, 2)) };
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
  const notation = opts.notation ?? false;
  // Shallower formulas are tried as attempts fail, so short limits are met quickly.
  for (let attempt = 0; attempt < 24; attempt++) {
    const depth = Math.max(1, maxDepth - Math.floor(attempt / 6));
    // Written with the parentheses a careful writer puts in: mixed connectives bracketed.
    const standard = withStandardParentheses(
      new Generator(rng, signature, depth, notation).formula(0, []),
    );
    const f = notation ? withSquareBrackets(standard, rng) : standard;
    if (formulaSymbols(f).length <= maxSymbols) return f;
  }
  return { kind: 'predicate', name: 'P', args: [] };
}

/** Now and then a pair of parentheses written as square brackets, as textbooks do. */
function withSquareBrackets(f: Formula, rng: () => number): Formula {
  switch (f.kind) {
    case 'group': {
      const body = withSquareBrackets(f.body, rng);
      return rng() < 0.3 ? { kind: 'group', body, bracket: 'bracket' } : { kind: 'group', body };
    }
    case 'not':
    case 'quantifier':
      return { ...f, body: withSquareBrackets(f.body, rng) };
    case 'binary':
      return {
        ...f,
        left: withSquareBrackets(f.left, rng),
        right: withSquareBrackets(f.right, rng),
      };
    default:
      return f;
  }
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
