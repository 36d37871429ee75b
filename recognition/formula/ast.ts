/**
 * First-order formulas as data. Every export is a function of this tree, and every parser
 * (of recognised symbol sequences or of exported text) produces it.
 */

/** The arithmetic operators, infix: `x+1`, `x−y` (− binds as tightly as +, both to the left). */
export const ARITHMETIC_OPERATORS = ['plus', 'minus'] as const;
export type ArithmeticOperator = (typeof ARITHMETIC_OPERATORS)[number];

/** The brackets a writer may put around a formula or a term; `[ ]` mean what `( )` mean. */
export const BRACKETS = ['paren', 'bracket'] as const;
export type Bracket = (typeof BRACKETS)[number];

export type Term =
  /**
   * A variable (bound or free) or a constant: a lowercase letter, or a numeral (a digit string,
   * possibly with one decimal point: `42`, `3.14`); in a line of terms also a capital (`A+b=2`).
   */
  | { readonly kind: 'symbol'; readonly name: string }
  /** A function applied to arguments: f(x, y). */
  | { readonly kind: 'apply'; readonly name: string; readonly args: readonly Term[] }
  /** `x+1`, `x−y`. */
  | {
      readonly kind: 'arithmetic';
      readonly op: ArithmeticOperator;
      readonly left: Term;
      readonly right: Term;
    }
  /** Unary minus: `−x`, `−1`. */
  | { readonly kind: 'negative'; readonly body: Term }
  /** Factors written side by side, a product: `2x`, `ay(1−y)`. */
  | { readonly kind: 'product'; readonly factors: readonly Term[] }
  /** Brackets the writer put around a term: `(x+1)`, kept as written like a formula's. */
  | { readonly kind: 'termGroup'; readonly bracket: Bracket; readonly body: Term }
  /** A set of terms in braces: `{a, b}` (empty: `{}`). */
  | { readonly kind: 'set'; readonly items: readonly Term[] };

/**
 * Whether a term symbol can never be followed by a bracketed factor: `0(x)` and `A(x)` would
 * otherwise be products as well as the predicates O(x) and A(x), and `xP(x)` a term.
 */
export const takesNoBracket = (name: string): boolean => /^[0-9A-Z]/.test(name);

/** Whether a term symbol's name is a numeral (`2`, `3.14`) rather than a letter. */
export const isNumeral = (name: string): boolean => /^[0-9]/.test(name);

/** The sub-terms of a term, in writing order: what a walk over terms descends into. */
export function termChildren(t: Term): readonly Term[] {
  switch (t.kind) {
    case 'symbol':
      return [];
    case 'apply':
      return t.args;
    case 'arithmetic':
      return [t.left, t.right];
    case 'negative':
    case 'termGroup':
      return [t.body];
    case 'product':
      return t.factors;
    case 'set':
      return t.items;
  }
}

export type BinaryConnective = 'and' | 'or' | 'implies' | 'iff';

/**
 * Relations between two terms, declared once: equality and inequality, the order of numbers and
 * membership. `eq`/`neq` atoms are `equals`/`notEquals` formulas, the others `comparison`s; a
 * chain of two or more (`1≤e≤v`, `a=b=c`) is an `equations` line item.
 */
export const RELATIONS = ['eq', 'neq', 'lt', 'gt', 'leq', 'geq', 'in'] as const;
export type Relation = (typeof RELATIONS)[number];
export type Comparison = Exclude<Relation, 'eq' | 'neq'>;

/** ⊢ (derivable) and ⊨ (a consequence), by their symbol-table names. */
export const TURNSTILES = ['vdash', 'models'] as const;
export type Turnstile = (typeof TURNSTILES)[number];

export type Formula =
  /** A predicate applied to arguments, P(x, y), or a propositional letter P (args empty). */
  | { readonly kind: 'predicate'; readonly name: string; readonly args: readonly Term[] }
  | { readonly kind: 'equals' | 'notEquals'; readonly left: Term; readonly right: Term }
  /** `x<y`, `x≤y`, `x∈A` … */
  | {
      readonly kind: 'comparison';
      readonly relation: Comparison;
      readonly left: Term;
      readonly right: Term;
    }
  | {
      readonly kind: 'not';
      readonly body: Formula;
      /** The symbol written, when it is not ¬: `∼` in textbook notation. */
      readonly symbol?: string;
    }
  | {
      readonly kind: 'binary';
      readonly op: BinaryConnective;
      /**
       * Which symbol was written: → ⇒ ⊃ (↔ ⇔ ≡, ∧ ·) mean the same but are kept for display and
       * for exports in the writer's notation.
       */
      readonly symbol: string;
      readonly left: Formula;
      readonly right: Formula;
    }
  | {
      readonly kind: 'quantifier';
      readonly quantifier: 'forall' | 'exists';
      readonly variable: string;
      readonly body: Formula;
      /** Written with a dot after the variable: `∀x.P(x)`. */
      readonly dot?: boolean;
    }
  | { readonly kind: 'constant'; readonly value: boolean }
  /**
   * Parentheses the writer put around a formula, needed or not: a transcription gives back what
   * was written, so `∀y((⊤∨P(x)))` keeps both pairs. Printers write exactly these parentheses
   * and, where a tree lacks them, only those its format needs to read back the same tree.
   */
  | { readonly kind: 'group'; readonly body: Formula; readonly bracket?: Bracket };

/**
 * One part of a written line: a formula, a term on its own (`f(x,y)`), a chain of equations
 * and inequations between terms (`a=b=c`, two or more relations; a single `a=b` is a formula),
 * or a set of formulas in braces (`{P, P→Q}`, as a sequent's premises are often written).
 */
export type LineItem =
  | { readonly kind: 'formula'; readonly formula: Formula }
  | { readonly kind: 'term'; readonly term: Term }
  | {
      readonly kind: 'equations';
      /** One more term than relations. */
      readonly terms: readonly Term[];
      readonly relations: readonly Relation[];
    }
  | { readonly kind: 'formulaSet'; readonly formulas: readonly Formula[] };

/**
 * What a line of writing is: one item, a comma-separated list of them (`x,y,z`, `P,Q`), or a
 * sequent `φ₁,…,φₙ ⊢ ψ` / `Γ ⊨ ψ` (premises may be none: `⊢ P∨¬P`).
 */
export type Line =
  | LineItem
  | { readonly kind: 'list'; readonly items: readonly LineItem[] }
  | {
      readonly kind: 'sequent';
      readonly turnstile: Turnstile;
      readonly premises: readonly LineItem[];
      readonly conclusions: readonly LineItem[];
    };

export type { LineKind } from '../types.js';

/** An atom of a formula: what holds terms. */
export type Atom = Extract<Formula, { kind: 'predicate' | 'equals' | 'notEquals' | 'comparison' }>;

/** The terms of an atom, left to right. */
export const atomTerms = (a: Atom): readonly Term[] =>
  a.kind === 'predicate' ? a.args : [a.left, a.right];

/** Calls `visit` on every atom of `f`, with the variables bound where the atom stands. */
export function forEachAtom(
  f: Formula,
  visit: (atom: Atom, bound: ReadonlySet<string>) => void,
  bound: ReadonlySet<string> = new Set(),
): void {
  switch (f.kind) {
    case 'predicate':
    case 'equals':
    case 'notEquals':
    case 'comparison':
      visit(f, bound);
      return;
    case 'not':
    case 'group':
      forEachAtom(f.body, visit, bound);
      return;
    case 'quantifier':
      forEachAtom(f.body, visit, new Set([...bound, f.variable]));
      return;
    case 'binary':
      forEachAtom(f.left, visit, bound);
      forEachAtom(f.right, visit, bound);
      return;
    case 'constant':
      return;
  }
}

/** The formula without any of the writer's parentheses, as its tree alone says it. */
export function stripGroups(f: Formula): Formula {
  switch (f.kind) {
    case 'group':
      return stripGroups(f.body);
    case 'not':
    case 'quantifier':
      return { ...f, body: stripGroups(f.body) };
    case 'binary':
      return { ...f, left: stripGroups(f.left), right: stripGroups(f.right) };
    default:
      return f;
  }
}

/** ∧ and ∨ chain to the left without parentheses; nothing else mixes or chains unbracketed. */
function chainsLeft(parent: Extract<Formula, { kind: 'binary' }>, child: Formula): boolean {
  return (
    child.kind === 'binary' && child.op === parent.op && (child.op === 'and' || child.op === 'or')
  );
}

const group = (body: Formula): Formula => ({ kind: 'group', body });

/**
 * The formula with parentheses wherever a reader should not need the precedence table: around
 * every binary operand of a binary connective except the left operand of the same ∧ or ∨
 * (`(P∧Q)∨R`, `P→(Q→R)`, `P∧Q∧R`), and around a binary formula or an equation under ¬ or a
 * quantifier (`¬(x=y)`, `¬(x<y)`). TPTP requires exactly this; it is also the normalised form offered
 * beside the transcription. The writer's own parentheses are kept.
 */
export function withStandardParentheses(f: Formula): Formula {
  switch (f.kind) {
    case 'group':
      return group(withStandardParentheses(f.body));
    case 'not':
    case 'quantifier': {
      const body = withStandardParentheses(f.body);
      const wrap =
        body.kind === 'binary' ||
        body.kind === 'equals' ||
        body.kind === 'notEquals' ||
        body.kind === 'comparison';
      return { ...f, body: wrap ? group(body) : body };
    }
    case 'binary': {
      const left = withStandardParentheses(f.left);
      const right = withStandardParentheses(f.right);
      return {
        ...f,
        left: left.kind === 'binary' && !chainsLeft(f, left) ? group(left) : left,
        right: right.kind === 'binary' ? group(right) : right,
      };
    }
    default:
      return f;
  }
}

/** The normalised form: the writer's parentheses dropped, the standard ones put in. */
export function normaliseParentheses(f: Formula): Formula {
  return withStandardParentheses(stripGroups(f));
}

/** The same transformation of every formula of a line; terms are left as they are. */
export function mapLineFormulas(line: Line, map: (f: Formula) => Formula): Line {
  const item = (i: LineItem): LineItem =>
    i.kind === 'formula'
      ? { kind: 'formula', formula: map(i.formula) }
      : i.kind === 'formulaSet'
        ? { kind: 'formulaSet', formulas: i.formulas.map(map) }
        : i;
  switch (line.kind) {
    case 'list':
      return { kind: 'list', items: line.items.map(item) };
    case 'sequent':
      return {
        ...line,
        premises: line.premises.map(item),
        conclusions: line.conclusions.map(item),
      };
    default:
      return item(line);
  }
}
