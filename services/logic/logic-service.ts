/**
 * The Logic panel's questions about lines of Unicode text, answered with a `LogicEngine`: pure
 * and synchronous, so the page runs it in a Web Worker (long work off the UI thread, cancelled by
 * ending the worker) and tests run it directly with a fake engine. Requests and responses are
 * plain data, so that they cross `postMessage` unchanged.
 */
import {
  TRANSFORMATIONS,
  type Assignment,
  type Clause,
  type ConsequenceAnswer,
  type EquivalenceAnswer,
  type ModelSearch,
  type PropositionalAnswer,
  type Transformation,
  type TruthTable,
  type VariableReport,
} from '../../logic/api.js';
import { type Formula, type Line, type Term } from '../../recognition/formula/ast.js';
import { toLatex, toUnicode } from '../../recognition/formula/exports.js';
import { parseUnicodeLine } from '../../recognition/formula/text-formats.js';
import type { LogicEngine } from './logic-port.js';

/** The largest domain the first-order counter-model search tries. */
export const MODEL_SEARCH_DOMAIN = 4;

export type LogicRequest =
  | { readonly kind: 'analyse'; readonly text: string }
  /** The SAT verdict, for a line too large for a truth table. */
  | { readonly kind: 'decide'; readonly text: string }
  | { readonly kind: 'equivalence'; readonly text: string; readonly other: string }
  | {
      readonly kind: 'consequence';
      readonly premises: readonly string[];
      readonly conclusion: string;
    };

/** Why a line cannot be analysed, in terms the panel can show. */
export type LineProblem =
  | {
      readonly kind: 'not-well-formed';
      readonly text: string;
      /** Where the reading failed, a character offset into `text`. */
      readonly offset: number;
      readonly message: string;
    }
  | { readonly kind: 'not-a-formula'; readonly text: string; readonly what: string };

/** A piece of the line's text; `free` marks an occurrence of a free variable. */
export interface TextSegment {
  readonly text: string;
  readonly free: boolean;
}

export type Rendered =
  | { readonly ok: true; readonly unicode: string; readonly latex: string }
  | { readonly ok: false; readonly message: string };

export type TableResult =
  | { readonly kind: 'table'; readonly table: TruthTable }
  | { readonly kind: 'too-large'; readonly atoms: number; readonly max: number }
  | { readonly kind: 'first-order' };

export interface LineAnalysis {
  readonly kind: 'analysis';
  readonly segments: readonly TextSegment[];
  readonly variables: VariableReport;
  readonly transformations: readonly {
    readonly name: Transformation;
    readonly result: Rendered;
  }[];
  readonly propositional: boolean;
  readonly table: TableResult;
  /** Decided with the table; null when it was too large (the panel offers the SAT check). */
  readonly verdict: PropositionalAnswer | null;
  /** For a first-order line, the bounded search for a counter-model (validity): a search. */
  readonly search: ModelSearch | null;
}

export type LogicResponse =
  | LineAnalysis
  | { readonly kind: 'decision'; readonly answer: PropositionalAnswer }
  | { readonly kind: 'equivalence'; readonly answer: EquivalenceAnswer }
  | {
      readonly kind: 'consequence';
      readonly answer: ConsequenceAnswer;
      /** How many premises took part; lines that are no formula are left out. */
      readonly premises: number;
      readonly skipped: number;
    }
  /** `line` names the line in the panel's words: "this line", "the other line". */
  | { readonly kind: 'problem'; readonly line: string; readonly problem: LineProblem }
  | { readonly kind: 'error'; readonly message: string };

const WHAT_IT_IS: Readonly<Record<Exclude<Line['kind'], 'formula'>, string>> = {
  term: 'a term',
  equations: 'an equation chain',
  formulaSet: 'a set of formulas',
  list: 'a list',
  sequent: 'a sequent',
};

/** The formula a line of text states, or why it states none. */
export function readFormula(text: string): Formula | LineProblem {
  const parsed = parseUnicodeLine(text);
  if (!parsed.ok) return { kind: 'not-well-formed', text, ...parsed.error };
  const { line } = parsed;
  if (line.kind === 'formula') return line.formula;
  return { kind: 'not-a-formula', text, what: WHAT_IT_IS[line.kind] };
}

const isProblem = (r: Formula | LineProblem): r is LineProblem =>
  r.kind === 'not-well-formed' || r.kind === 'not-a-formula';

// Private-use characters around a free occurrence survive the printer, which writes names as
// they are, and cannot occur in a line read from Unicode text.
const OPEN = '\uE000';
const CLOSE = '\uE001';

function markTerm(t: Term, free: ReadonlySet<string>, bound: ReadonlySet<string>): Term {
  switch (t.kind) {
    case 'symbol':
      return free.has(t.name) && !bound.has(t.name) ? { ...t, name: OPEN + t.name + CLOSE } : t;
    case 'apply':
      return { ...t, args: t.args.map((a) => markTerm(a, free, bound)) };
    default:
      // Arithmetic and the like the printer cannot write yet; it says so itself.
      return t;
  }
}

function markFree(f: Formula, free: ReadonlySet<string>, bound: ReadonlySet<string>): Formula {
  switch (f.kind) {
    case 'predicate':
      return { ...f, args: f.args.map((a) => markTerm(a, free, bound)) };
    case 'equals':
    case 'notEquals':
    case 'comparison':
      return { ...f, left: markTerm(f.left, free, bound), right: markTerm(f.right, free, bound) };
    case 'not':
    case 'group':
      return { ...f, body: markFree(f.body, free, bound) };
    case 'binary':
      return { ...f, left: markFree(f.left, free, bound), right: markFree(f.right, free, bound) };
    case 'quantifier':
      return { ...f, body: markFree(f.body, free, new Set([...bound, f.variable])) };
    case 'constant':
      return f;
  }
}

/** The line's Unicode text cut where free variables occur. */
export function freeVariableSegments(f: Formula, free: readonly string[]): TextSegment[] {
  const printed = toUnicode(markFree(f, new Set(free), new Set()));
  const segments: TextSegment[] = [];
  for (const [k, piece] of printed.split(OPEN).entries()) {
    const [inside, after] = k === 0 ? [null, piece] : piece.split(CLOSE);
    if (inside !== null) segments.push({ text: inside, free: true });
    if (after !== undefined && after !== '') segments.push({ text: after, free: false });
  }
  return segments;
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

function rendered(make: () => { unicode: string; latex: string }): Rendered {
  try {
    return { ok: true, ...make() };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

function clauseFormula(clause: Clause): Formula | null {
  const literals = clause.map((l): Formula => (l.negated ? { kind: 'not', body: l.atom } : l.atom));
  if (literals.length === 0) return null;
  return literals.reduce((left, right) => ({
    kind: 'binary',
    op: 'or',
    symbol: '∨',
    left,
    right,
  }));
}

/** A set of clauses, `{¬P∨Q, R}`; the empty clause is □. */
export function clausesText(clauses: readonly Clause[]): { unicode: string; latex: string } {
  const each = (print: (f: Formula) => string, empty: string) =>
    clauses.map((c) => {
      const f = clauseFormula(c);
      return f === null ? empty : print(f);
    });
  return {
    unicode: `{${each(toUnicode, '□').join(', ')}}`,
    latex: `\\{ ${each(toLatex, '\\Box').join(', ')} \\}`,
  };
}

function transformations(f: Formula, engine: LogicEngine): LineAnalysis['transformations'] {
  return TRANSFORMATIONS.map((name) => ({
    name,
    result: rendered(() => {
      if (name === 'clauses') return clausesText(engine.clausalForm(f));
      const g = engine.transform(f, name);
      return { unicode: toUnicode(g), latex: toLatex(g) };
    }),
  }));
}

function table(f: Formula, engine: LogicEngine): TableResult {
  try {
    return { kind: 'table', table: engine.truthTable(f) };
  } catch (error) {
    const atoms = engine.tooLargeAtoms(error);
    if (atoms === null) throw error;
    return { kind: 'too-large', atoms, max: engine.maxTruthTableAtoms };
  }
}

function analyse(f: Formula, engine: LogicEngine): LineAnalysis {
  const variables = engine.variableReport(f);
  const propositional = engine.isPropositional(f);
  const shared = {
    kind: 'analysis' as const,
    segments: freeVariableSegments(f, variables.free),
    variables,
    transformations: transformations(f, engine),
    propositional,
  };
  if (!propositional) {
    const search = engine.searchCounterModel([], f, MODEL_SEARCH_DOMAIN);
    return { ...shared, table: { kind: 'first-order' }, verdict: null, search };
  }
  const t = table(f, engine);
  return {
    ...shared,
    table: t,
    verdict: t.kind === 'table' ? engine.decide(f) : null,
    search: null,
  };
}

/** Answers one request; never throws, so a worker can always answer. */
export function answer(request: LogicRequest, engine: LogicEngine): LogicResponse {
  try {
    return answerOrThrow(request, engine);
  } catch (error) {
    return { kind: 'error', message: messageOf(error) };
  }
}

function answerOrThrow(request: LogicRequest, engine: LogicEngine): LogicResponse {
  const problem = (line: string, p: LineProblem): LogicResponse => ({
    kind: 'problem',
    line,
    problem: p,
  });
  switch (request.kind) {
    case 'analyse':
    case 'decide': {
      const f = readFormula(request.text);
      if (isProblem(f)) return problem('this line', f);
      return request.kind === 'analyse'
        ? analyse(f, engine)
        : { kind: 'decision', answer: engine.decide(f) };
    }
    case 'equivalence': {
      const a = readFormula(request.text);
      if (isProblem(a)) return problem('this line', a);
      const b = readFormula(request.other);
      if (isProblem(b)) return problem('the other line', b);
      return { kind: 'equivalence', answer: engine.equivalence(a, b) };
    }
    case 'consequence': {
      const conclusion = readFormula(request.conclusion);
      if (isProblem(conclusion)) return problem('the conclusion', conclusion);
      const premises = request.premises.flatMap((text) => {
        const p = readFormula(text);
        return isProblem(p) ? [] : [p];
      });
      return {
        kind: 'consequence',
        answer: engine.consequence(premises, conclusion),
        premises: premises.length,
        skipped: request.premises.length - premises.length,
      };
    }
  }
}

/** `P = T, Q = F`: an assignment as the panel writes it. */
export function assignmentText(assignment: Assignment): string {
  return Object.entries(assignment)
    .map(([atom, value]) => `${atom} = ${value ? 'T' : 'F'}`)
    .join(', ');
}
