/**
 * Grounding a first-order question over the domain {1, …, n} into propositional logic, so the
 * SAT solver can look for a model: ∀ becomes a conjunction over the elements, ∃ a disjunction,
 * each predicate's value on each tuple a letter, and each function's value on each tuple a
 * group of letters f(w)=v of which exactly one is true (constants are functions of no
 * arguments). `=` is identity of elements. Comparisons (<, ≤, ∈ …) and arithmetic (+, −,
 * products, sets) are not given their usual meaning: they are relations and functions like any
 * other, which the description of a model says.
 */
import { isNumeral, type Comparison, type Formula, type Term } from '../recognition/formula/ast.js';
import { all, any, connect, FALSE, negation, TRUE, variable, type Prop } from './prop.js';
import { AtomTable } from './propositional.js';

const RELATION_NAMES: Readonly<Record<Comparison, string>> = {
  lt: '<',
  gt: '>',
  leq: '≤',
  geq: '≥',
  in: '∈',
};

/** A predicate or function symbol with its arity; `kind` says how the model is described. */
export interface SymbolInfo {
  readonly name: string;
  readonly arity: number;
  /** Whether the symbol has a usual meaning the search ignores (<, +, …). */
  readonly interpretedElsewhere: boolean;
}

/** The grounding grew past its limit; `reason` says so plainly. */
export class GroundingTooLarge extends Error {}

/** A term with its variables replaced by domain elements. */
type GroundTerm =
  | { readonly kind: 'element'; readonly value: number }
  | {
      readonly kind: 'app';
      readonly fn: string;
      readonly args: readonly GroundTerm[];
      readonly key: string;
    };

const key = (name: string, arity: number): string => `${name}/${arity}`;

export class Grounding {
  readonly atoms = new AtomTable();
  readonly predicates = new Map<string, SymbolInfo>();
  readonly functions = new Map<string, SymbolInfo>();
  private readonly valueCache = new Map<string, Prop>();
  private nodes = 0;

  constructor(
    readonly size: number,
    private readonly maxNodes: number,
  ) {}

  /** Every tuple of `arity` elements, in lexicographic order. */
  tuples(arity: number): number[][] {
    let out: number[][] = [[]];
    for (let i = 0; i < arity; i++) {
      const next: number[][] = [];
      for (const t of out) for (let e = 1; e <= this.size; e++) next.push([...t, e]);
      out = next;
    }
    return out;
  }

  /** The letter "P(1,2)" (a predicate's value) or "f(1)=2" (a function's). */
  letter(text: string): Prop {
    return variable(this.atoms.index(text));
  }

  /** The ground formula of `f` with the variables in `env` bound to elements. */
  formula(f: Formula, env: ReadonlyMap<string, number>): Prop {
    this.count();
    switch (f.kind) {
      case 'predicate':
        return this.relation(
          f.name,
          false,
          f.args.map((a) => this.term(a, env)),
        );
      case 'comparison':
        return this.relation(RELATION_NAMES[f.relation], true, [
          this.term(f.left, env),
          this.term(f.right, env),
        ]);
      case 'equals':
      case 'notEquals': {
        const same = this.equal(this.term(f.left, env), this.term(f.right, env));
        return f.kind === 'equals' ? same : negation(same);
      }
      case 'constant':
        return f.value ? TRUE : FALSE;
      case 'group':
        return this.formula(f.body, env);
      case 'not':
        return negation(this.formula(f.body, env));
      case 'quantifier': {
        const instances: Prop[] = [];
        for (let e = 1; e <= this.size; e++) {
          instances.push(this.formula(f.body, new Map([...env, [f.variable, e]])));
        }
        return f.quantifier === 'forall' ? all(instances) : any(instances);
      }
      case 'binary':
        return connect(f.op, this.formula(f.left, env), this.formula(f.right, env));
    }
  }

  /** Each function takes exactly one value on each tuple. */
  functionTotality(): Prop {
    const parts: Prop[] = [];
    for (const [fn, info] of this.functions) {
      for (const args of this.tuples(info.arity)) {
        const values = Array.from({ length: this.size }, (_, i) =>
          this.letter(this.valueText(fn, info, args, i + 1)),
        );
        parts.push(any(values));
        for (let i = 0; i < values.length; i++)
          for (let j = i + 1; j < values.length; j++)
            parts.push(any([negation(values[i]), negation(values[j])]));
      }
    }
    return all(parts);
  }

  valueText(fn: string, info: SymbolInfo, args: readonly number[], value: number): string {
    return info.arity === 0 ? `${info.name}=${value}` : `${info.name}(${args.join(',')})=${value}`;
  }

  private count(): void {
    if (++this.nodes > this.maxNodes) throw new GroundingTooLarge();
  }

  private declare(
    table: Map<string, SymbolInfo>,
    name: string,
    arity: number,
    interpretedElsewhere: boolean,
  ): string {
    const k = key(name, arity);
    if (!table.has(k)) table.set(k, { name, arity, interpretedElsewhere });
    return k;
  }

  private relation(name: string, interpretedElsewhere: boolean, args: readonly GroundTerm[]): Prop {
    const k = this.declare(this.predicates, name, args.length, interpretedElsewhere);
    const info = this.predicates.get(k) as SymbolInfo;
    const text = (values: readonly number[]): string =>
      info.arity === 0 ? info.name : `${info.name}(${values.join(',')})`;
    if (args.every((a) => a.kind === 'element'))
      return this.letter(text(args.map((a) => (a as { value: number }).value)));
    return any(
      this.tuples(args.length).map((values) =>
        all([...args.map((a, i) => this.valueIs(a, values[i])), this.letter(text(values))]),
      ),
    );
  }

  private equal(a: GroundTerm, b: GroundTerm): Prop {
    if (a.kind === 'element' && b.kind === 'element') return a.value === b.value ? TRUE : FALSE;
    const options: Prop[] = [];
    for (let v = 1; v <= this.size; v++)
      options.push(all([this.valueIs(a, v), this.valueIs(b, v)]));
    return any(options);
  }

  /** Whether the ground term's value is element `v`; built once per term and value. */
  private valueIs(t: GroundTerm, v: number): Prop {
    if (t.kind === 'element') return t.value === v ? TRUE : FALSE;
    const cacheKey = `${t.key}=${v}`;
    const cached = this.valueCache.get(cacheKey);
    if (cached) return cached;
    this.count();
    const info = this.functions.get(t.fn) as SymbolInfo;
    let result: Prop;
    if (t.args.every((a) => a.kind === 'element')) {
      result = this.letter(
        this.valueText(
          t.fn,
          info,
          t.args.map((a) => (a as { value: number }).value),
          v,
        ),
      );
    } else {
      result = any(
        this.tuples(t.args.length).map((values) =>
          all([
            ...t.args.map((a, i) => this.valueIs(a, values[i])),
            this.letter(this.valueText(t.fn, info, values, v)),
          ]),
        ),
      );
    }
    this.valueCache.set(cacheKey, result);
    return result;
  }

  private apply(
    name: string,
    interpretedElsewhere: boolean,
    args: readonly GroundTerm[],
  ): GroundTerm {
    const fn = this.declare(this.functions, name, args.length, interpretedElsewhere);
    const argKeys = args.map((a) => (a.kind === 'element' ? `#${a.value}` : a.key));
    return { kind: 'app', fn, args, key: `${fn}(${argKeys.join(',')})` };
  }

  private term(t: Term, env: ReadonlyMap<string, number>): GroundTerm {
    switch (t.kind) {
      case 'symbol': {
        const value = env.get(t.name);
        return value === undefined
          ? this.apply(t.name, isNumeral(t.name), [])
          : { kind: 'element', value };
      }
      case 'apply':
        return this.apply(
          t.name,
          false,
          t.args.map((a) => this.term(a, env)),
        );
      case 'arithmetic':
        return this.apply(t.op === 'plus' ? '+' : '−', true, [
          this.term(t.left, env),
          this.term(t.right, env),
        ]);
      case 'negative':
        return this.apply('−', true, [this.term(t.body, env)]);
      case 'product':
        return this.apply(
          '·',
          true,
          t.factors.map((a) => this.term(a, env)),
        );
      case 'termGroup':
        return this.term(t.body, env);
      case 'set':
        return this.apply(
          '{}',
          true,
          t.items.map((a) => this.term(a, env)),
        );
    }
  }
}
