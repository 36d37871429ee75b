/**
 * The logic layer's front door: what the app, the CLI and the services ask of a recognised
 * formula. Pure functions over the formula AST; no UI, no I/O. A bounded counter-model search is
 * a search, never a proof, and every result says which it is.
 */
import type { Formula } from '../recognition/formula/ast.js';

/** The transformations offered, declared once; the panel, the CLI flags and the tests derive from it. */
export const TRANSFORMATIONS = ['nnf', 'pnf', 'skolem', 'cnf', 'dnf', 'clauses'] as const;
export type Transformation = (typeof TRANSFORMATIONS)[number];

/** A literal of a clause: an atom, maybe negated. */
export interface Literal {
  readonly negated: boolean;
  readonly atom: Formula;
}
/** A clause: a disjunction of literals, its variables standardised apart from other clauses'. */
export type Clause = readonly Literal[];

/** Where each variable occurs: free, or bound by the quantifier at `binder` (a path in the tree). */
export interface VariableReport {
  readonly free: readonly string[];
  readonly bound: readonly string[];
  /** True when no variable is free. */
  readonly sentence: boolean;
  /** Each quantifier with the variable it binds and the Unicode text of its scope. */
  readonly scopes: readonly {
    readonly quantifier: string;
    readonly variable: string;
    readonly scope: string;
  }[];
}

export type Verdict = 'tautology' | 'contradiction' | 'contingent';

/** An assignment of truth values to the atoms of a propositional formula, by their Unicode text. */
export type Assignment = Readonly<Record<string, boolean>>;

export interface TruthTable {
  /** Atoms in the order they first occur, by their Unicode text (`P`, `Q(x)`). */
  readonly atoms: readonly string[];
  /** 2^atoms rows, each the atoms' values and the formula's value. */
  readonly rows: readonly { readonly values: readonly boolean[]; readonly result: boolean }[];
}

/** What a first-order line's bounded search found. */
export type ModelSearch =
  | { readonly kind: 'counter-model'; readonly domainSize: number; readonly description: string }
  | { readonly kind: 'none-found'; readonly maxDomainSize: number }
  | { readonly kind: 'too-large'; readonly reason: string };

/** Whether a propositional question was decided, and how. */
export interface PropositionalAnswer {
  readonly verdict: Verdict;
  /** A satisfying assignment, when there is one. */
  readonly satisfying: Assignment | null;
  /** An assignment that makes the formula false, when there is one. */
  readonly falsifying: Assignment | null;
}

export interface EquivalenceAnswer {
  readonly equivalent: boolean;
  /** An assignment under which the two differ, when they do. */
  readonly counter: Assignment | null;
}

/**
 * Does the conclusion follow from the premises? Propositional lines are decided by the SAT
 * procedure (`proof: true`); first-order lines get a bounded counter-model search (`proof: false`).
 */
export type ConsequenceAnswer =
  | { readonly method: 'sat'; readonly follows: boolean; readonly counter: Assignment | null }
  | { readonly method: 'model-search'; readonly search: ModelSearch };

/**
 * The functions `logic/index.ts` exports (the one entry file of the layer), declared once: the
 * entry is checked against it (api.test.ts) and the app's port extends it (services/logic).
 * Non-propositional input to a propositional function throws NotPropositionalError.
 */
export interface LogicFunctions {
  variableReport(f: Formula): VariableReport;
  transform(f: Formula, t: Exclude<Transformation, 'clauses'>): Formula;
  clausalForm(f: Formula): readonly Clause[];
  /** No quantifiers (atoms may have arguments). */
  isPropositional(f: Formula): boolean;
  /** Throws TooLargeError above MAX_TRUTH_TABLE_ATOMS atoms. */
  truthTable(f: Formula): TruthTable;
  /** SAT; any size. */
  decide(f: Formula): PropositionalAnswer;
  equivalence(a: Formula, b: Formula): EquivalenceAnswer;
  consequence(premises: readonly Formula[], conclusion: Formula): ConsequenceAnswer;
  searchCounterModel(
    premises: readonly Formula[],
    conclusion: Formula,
    maxDomainSize?: number,
  ): ModelSearch;
}
