/**
 * Text exports of a formula: Unicode, LaTeX, TPTP, Prover9 and plain ASCII.
 *
 * Conventions of the AST, shared by every format:
 * - predicates are uppercase letters (P, Q, R …); a predicate without arguments is a
 *   propositional letter;
 * - functions are lowercase letters (f, g, h); constants are lowercase letters or digit strings
 *   (a, b, 0, 10); variables are lowercase letters (x, y, z). A lowercase letter is a variable
 *   when a quantifier binds it; we cannot tell a free variable from a constant, so term symbols
 *   are written as they were drawn;
 * - precedence, tightest first: ¬ and the quantifiers, ∧, ∨, → / ⇒, ↔ / ⇔. ∧ and ∨ associate to
 *   the left, → and ↔ to the right. A quantifier binds like ¬ (`∀x P(x) → Q` is
 *   `(∀x P(x)) → Q`), so a wider scope is written with parentheses: `∀x(P(x)→Q(x))`.
 *   Equations `t = s`, `t ≠ s` are atoms.
 * - parentheses: Unicode, LaTeX and ASCII give back the writer's parentheses, every pair and no
 *   other (see `printer.ts`); TPTP and Prover9 add the standard ones their syntax wants
 *   (`withStandardParentheses`) to the writer's. `parentheses: 'standard'` gives every format the
 *   normalised form instead: the writer's pairs dropped, the standard ones put in.
 * - lines that are not formulas: a term is printed as a term, a list item by item separated by
 *   commas, an equation chain `a=b=c` as written (TPTP and Prover9, which have no chains, as
 *   the conjunction `a = b & b = c` that it means).
 * - free variables (free letters u–z, see `free-variables.ts`): TPTP and Prover9 close each
 *   formula of a line with ∀ over them, or keep them as constants, and the exports carry a note
 *   saying which; the other formats write them as they are.
 *
 * - arithmetic and textbook notation: `x+1`, `2x`, `−y`, `x<y`, `x∈{a,b}`, `[ ]`, `∼ ⊃ ≡ ·`, `∀x.`
 *   and sequents `Γ ⊢ φ`. `notation: 'as-written'` (the default) keeps the writer's textbook
 *   symbols and dots where the format has them (Unicode, LaTeX); `'standard'` writes ¬ → ↔ ∧.
 *   TPTP, Prover9 and ASCII have one spelling for both, so they read back as the standard ones.
 *
 * Per format:
 * - Unicode has no spaces: `∀x(P(x)→∃y(Q(x,y)∧¬R(y)))`, `f(c)=0`, `x≠y`, `∀xP(x)`.
 * - LaTeX: `\forall x \, (P(x) \to \exists y \, (Q(x, y) \wedge \neg R(y)))`.
 * - TPTP: the fof body, `![X]: (p(X) => ?[Y]: (q(X,Y) & ~ r(Y)))`; for names (uppercase bound
 *   variables, `p_1` on a predicate/function clash, digit constants as `n0`) see `tptp-names.ts`.
 *   TPTP has a single implication and equivalence, so ⇒ and ⇔ read back as → and ↔.
 *   A formula with arithmetic or an order relation is a tff formula over TPTP's interpreted
 *   numbers: `![X: $int]: $less(X,$sum(X,1))`, numerals as TPTP numbers (`2`, `3.14`, `$real`
 *   when the formula has a decimal), `tff(…)` in the annotated form; any other stays fof. ∈ is
 *   the uninterpreted predicate `in(x,a)`, and a set of terms the function `set2(a,b)` (its
 *   number of elements in the name, since provers reject one name at two arities; TPTP has no
 *   sets outside the higher-order languages). A set of formulas is a TPTP tuple `[p, q]`, and a
 *   sequent TPTP's own sequent `[p, q] --> [r]` (⊢ and ⊨ alike): one line that reads back as
 *   the sequent written, where splitting it into axioms and a conjecture would turn one line
 *   into a problem of several and lose which formulas stood on which side.
 * - Prover9 writes arithmetic infix (`x + 1`, `2 * x`, `x < y`, `x <= y`); its `-` is also
 *   negation, so unary minus is always bracketed, `-(x)`; ∈ and sets as in TPTP. A sequent
 *   `Γ ⊢ φ` becomes the implication it states, `p & q -> r` (Prover9 has no sequents; an empty
 *   Γ leaves `r`), which does not read back as a sequent.
 * - Prover9: `all x (P(x) -> exists y (Q(x,y) & -R(y)))`, `$T`, `$F`; ⇒ and ⇔ are `->` and
 *   `<->` (read back as → and ↔). Prover9 extends a quantifier's scope to the right, so a
 *   quantified formula with more text after it is parenthesised: `(all x P(x)) -> Q`.
 * - ASCII: `forall x (P(x) -> exists y (Q(x,y) & ~R(y)))`, `x != y`, ⇒ `=>`, ⇔ `<=>`, and ⊤/⊥
 *   as `true`/`false` so that they cannot be mistaken for the predicate letters T and F;
 *   products with `*` (a run of letters is one word in ASCII), `x in {a, b}`, `|-`, `|=`.
 */
import type { FormulaExports, FreeVariableNotes } from '../types.js';
import { arithmeticType } from './arithmetic.js';
import {
  normaliseParentheses,
  withStandardParentheses,
  type Formula,
  type Line,
  type LineItem,
} from './ast.js';
import {
  DEFAULT_FREE_VARIABLES,
  freeVariableNote,
  freeVariables,
  universalClosure,
  type FreeVariableSpelling,
  type FreeVariableTreatment,
} from './free-variables.js';
import { AS_WRITTEN_SPELLER } from './names.js';
import { printFormula, printTerm, type Notation } from './printer.js';
import { prover9Constant, prover9NameSpeller } from './prover9-names.js';
import { NOTATION_STYLES, spell, type NotationStyle } from './spelling.js';
import { tffTypeDeclarations } from './tff-types.js';
import { setFunctionName, tptpNameSpeller } from './tptp-names.js';

const asWritten = (): typeof AS_WRITTEN_SPELLER => AS_WRITTEN_SPELLER;

/** A notation and what else a format does with lines. */
interface Format {
  readonly notation: Notation;
  /** Whether the format needs the standard parentheses besides the writer's (TPTP, Prover9). */
  readonly standardParentheses: boolean;
  /** Whether an equation chain is written as the conjunction of its links. */
  readonly chainsAsConjunction: boolean;
  readonly listSeparator: string;
  /** A set of formulas, already printed (`{P, Q}`; TPTP's tuple `[p, q]`). */
  formulaSet(items: readonly string[]): string;
  /** A sequent, its sides already printed as lists. */
  sequent(premises: string, turnstile: 'vdash' | 'models', conclusions: string): string;
  /** For the provers' formats, which close formulas or keep free variables as constants. */
  readonly freeVariables: FreeVariableSpelling | null;
}

/** The parts of a notation most formats share: infix arithmetic, relations and sets. */
const INFIX = {
  arithmetic: 'infix',
  product: null,
  prefixRelation: () => false,
  termGroups: true,
} as const;

/** `set2(a,b)`: TPTP and Prover9 have no sets of terms (see above). */
const setFunction = (items: readonly string[]): string =>
  setFunctionName(items.length) + (items.length > 0 ? `(${items.join(',')})` : '');

/** A sequent as written: `Γ ⊢ φ`, with the format's turnstile. */
const writtenSequent =
  (column: 'char' | 'latex' | 'ascii', spaced: boolean) =>
  (premises: string, turnstile: 'vdash' | 'models', conclusions: string): string => {
    const symbol = spell(column, turnstile);
    if (!spaced) return premises + symbol + conclusions;
    return (premises === '' ? '' : `${premises} `) + `${symbol} ${conclusions}`;
  };

const UNICODE: Format = {
  notation: {
    ...INFIX,
    column: 'char',
    spaced: false,
    argSeparator: ',',
    negation: (name) => spell('char', name),
    quantifierPrefix: (q, v, dot) => q + v + (dot ? '.' : ''),
    wideQuantifierScope: false,
    names: asWritten,
    set: (items) => `{${items.join(',')}}`,
  },
  standardParentheses: false,
  chainsAsConjunction: false,
  listSeparator: ',',
  formulaSet: (items) => `{${items.join(',')}}`,
  sequent: writtenSequent('char', false),
  freeVariables: null,
};

const LATEX: Format = {
  notation: {
    ...INFIX,
    column: 'latex',
    spaced: true,
    argSeparator: ', ',
    negation: (name) => `${spell('latex', name)} `,
    quantifierPrefix: (q, v, dot) => `${q} ${v}${dot ? '.' : ''} \\, `,
    wideQuantifierScope: false,
    names: asWritten,
    set: (items) => `\\{${items.join(', ')}\\}`,
  },
  standardParentheses: false,
  chainsAsConjunction: false,
  listSeparator: ', ',
  formulaSet: (items) => `\\{${items.join(', ')}\\}`,
  sequent: writtenSequent('latex', true),
  freeVariables: null,
};

const TPTP: Format = {
  notation: {
    column: 'tptp',
    spaced: true,
    argSeparator: ',',
    negation: () => '~ ',
    quantifierPrefix: (q, v) => `${q}[${v}]: `,
    wideQuantifierScope: false,
    names: tptpNameSpeller,
    arithmetic: 'prefix',
    product: null,
    prefixRelation: () => true,
    set: setFunction,
    termGroups: false,
  },
  standardParentheses: true,
  chainsAsConjunction: true,
  listSeparator: ', ',
  formulaSet: (items) => `[${items.join(', ')}]`,
  // TPTP's own sequent of formula tuples (see the header).
  sequent: (premises, _turnstile, conclusions) => `[${premises}] --> [${conclusions}]`,
  freeVariables: { label: 'TPTP', constant: (name) => name, constantReason: '' },
};

const PROVER9: Format = {
  notation: {
    ...INFIX,
    column: 'prover9',
    spaced: true,
    argSeparator: ',',
    negation: () => '-',
    quantifierPrefix: (q, v) => `${q} ${v} `,
    wideQuantifierScope: true,
    names: prover9NameSpeller,
    product: ' * ',
    prefixRelation: (relation) => relation === 'in',
    set: setFunction,
  },
  standardParentheses: true,
  chainsAsConjunction: true,
  listSeparator: ', ',
  formulaSet: (items) => items.join(', '),
  // Written by `prover9Sequent` as the implication it states.
  sequent: (premises, _turnstile, conclusions) => `${premises} |- ${conclusions}`,
  freeVariables: {
    label: 'Prover9',
    constant: prover9Constant,
    constantReason: 'Prover9 reads a free name starting with u–z as a variable',
  },
};

const ASCII: Format = {
  notation: {
    ...INFIX,
    column: 'ascii',
    spaced: true,
    argSeparator: ',',
    negation: () => '~',
    quantifierPrefix: (q, v, dot) => `${q} ${v}${dot ? '.' : ''} `,
    wideQuantifierScope: false,
    names: asWritten,
    product: ' * ',
    set: (items) => `{${items.join(', ')}}`,
  },
  standardParentheses: false,
  chainsAsConjunction: false,
  listSeparator: ', ',
  formulaSet: (items) => `{${items.join(', ')}}`,
  sequent: writtenSequent('ascii', true),
  freeVariables: null,
};

/** As written (the default) or normalised: the writer's parentheses replaced by the standard ones. */
export const PARENTHESES_STYLES = ['as-written', 'standard'] as const;
export type ParenthesesStyle = (typeof PARENTHESES_STYLES)[number];

export { NOTATION_STYLES, type NotationStyle };

export {
  DEFAULT_FREE_VARIABLES,
  FREE_VARIABLE_TREATMENTS,
  type FreeVariableTreatment,
} from './free-variables.js';

/** How an export is written: parentheses, free variables and the writer's notation. */
export interface ExportOptions {
  readonly parentheses?: ParenthesesStyle;
  readonly freeVariables?: FreeVariableTreatment;
  readonly notation?: NotationStyle;
}

function print(
  f: Formula,
  format: Format,
  style: ParenthesesStyle,
  treatment: FreeVariableTreatment = DEFAULT_FREE_VARIABLES,
  notation: NotationStyle = 'as-written',
  // A problem of several formulas names their symbols together (`tptpProblemWriter`).
  spelling: Notation = format.notation,
): string {
  const closed = format.freeVariables !== null && treatment === 'close' ? universalClosure(f) : f;
  const tree =
    style === 'standard'
      ? normaliseParentheses(closed)
      : format.standardParentheses
        ? withStandardParentheses(closed)
        : closed;
  return printFormula(tree, spelling, notation);
}

export function toUnicode(
  f: Formula,
  style: ParenthesesStyle = 'as-written',
  notation: NotationStyle = 'as-written',
): string {
  return print(f, UNICODE, style, DEFAULT_FREE_VARIABLES, notation);
}

export function toLatex(
  f: Formula,
  style: ParenthesesStyle = 'as-written',
  notation: NotationStyle = 'as-written',
): string {
  return print(f, LATEX, style, DEFAULT_FREE_VARIABLES, notation);
}

/** The formula body only; see `toTptpAnnotated` for a complete TPTP input line. */
export function toTptp(
  f: Formula,
  style: ParenthesesStyle = 'as-written',
  treatment: FreeVariableTreatment = DEFAULT_FREE_VARIABLES,
): string {
  return print(f, TPTP, style, treatment);
}

/**
 * Several formulas written as one TPTP problem (a page of lines). Names are chosen for all of
 * them together, so a predicate renamed `p_1` because some formula has a term `p` is `p_1` in
 * every formula, as one problem needs. When any of them does arithmetic the whole problem is
 * tff over one kind of number, with every bound variable typed and every uninterpreted symbol
 * declared (`tff-types.ts`): a fof line's `p(X)` beside a tff line's `p(2)` would otherwise be
 * one symbol at two types.
 */
export interface TptpProblemWriter {
  readonly language: 'tff' | 'fof';
  /** The `tff(…, type, …).` lines that must come before the formulas; none for fof. */
  readonly declarations: readonly string[];
  /** The body of one of the formulas. */
  body(f: Formula, style?: ParenthesesStyle): string;
}

export function tptpProblemWriter(
  all: readonly Formula[],
  treatment: FreeVariableTreatment = DEFAULT_FREE_VARIABLES,
): TptpProblemWriter {
  // Printed as each is printed: closed, or with its free variables as constants.
  const closedAll = treatment === 'close' ? all.map((g) => universalClosure(g)) : all;
  const together = closedAll.reduce<Formula | null>(
    (left, right) =>
      left === null ? right : { kind: 'binary', op: 'and', symbol: '∧', left, right },
    null,
  );
  const speller = tptpNameSpeller(together);
  const numbers = together === null ? null : arithmeticType(together);
  const names = () => speller;
  return {
    language: numbers === null ? 'fof' : 'tff',
    declarations: numbers === null ? [] : tffTypeDeclarations(closedAll, speller, numbers),
    body: (f, style = 'as-written') =>
      print(f, TPTP, style, treatment, 'as-written', { ...TPTP.notation, names }),
  };
}

/** A complete TPTP input: the formula annotated, after the type declarations tff needs. */
export function toTptpAnnotated(f: Formula, name = 'f1', role = 'conjecture'): string {
  const writer = tptpProblemWriter([f]);
  const annotated = `${writer.language}(${name}, ${role}, ${writer.body(f)}).`;
  return [...writer.declarations, annotated].join('\n');
}

export function toProver9(
  f: Formula,
  style: ParenthesesStyle = 'as-written',
  treatment: FreeVariableTreatment = DEFAULT_FREE_VARIABLES,
): string {
  return print(f, PROVER9, style, treatment);
}

export function toAscii(f: Formula, style: ParenthesesStyle = 'as-written'): string {
  return print(f, ASCII, style);
}

type Chain = Extract<LineItem, { kind: 'equations' }>;

/** `a=b<c` as the formula it means, `a = b & b < c`. */
function chainFormula(chain: Chain): Formula {
  const links = chain.relations.map((relation, k): Formula => {
    const left = chain.terms[k];
    const right = chain.terms[k + 1];
    if (relation === 'eq' || relation === 'neq')
      return { kind: relation === 'eq' ? 'equals' : 'notEquals', left, right };
    return { kind: 'comparison', relation, left, right };
  });
  return links.reduce((left, right) => ({ kind: 'binary', op: 'and', symbol: '∧', left, right }));
}

interface Settings {
  readonly style: ParenthesesStyle;
  readonly treatment: FreeVariableTreatment;
  readonly notation: NotationStyle;
}

function printItem(item: LineItem, format: Format, settings: Settings): string {
  const { notation } = format;
  const formula = (f: Formula) =>
    print(f, format, settings.style, settings.treatment, settings.notation);
  switch (item.kind) {
    case 'formula':
      return formula(item.formula);
    case 'term':
      return printTerm(item.term, notation);
    case 'equations': {
      if (format.chainsAsConjunction) return formula(chainFormula(item));
      const terms = item.terms.map((t) => printTerm(t, notation));
      const relation = (k: number) => {
        const symbol = spell(notation.column, item.relations[k]);
        return notation.spaced ? ` ${symbol} ` : symbol;
      };
      return terms.map((t, k) => (k === 0 ? t : relation(k - 1) + t)).join('');
    }
    case 'formulaSet':
      return format.formulaSet(item.formulas.map(formula));
  }
}

const itemsOf = (line: Line): readonly LineItem[] => {
  switch (line.kind) {
    case 'list':
      return line.items;
    case 'sequent':
      return [...line.premises, ...line.conclusions];
    default:
      return [line];
  }
};

type Sequent = Extract<Line, { kind: 'sequent' }>;

/** The formulas of one side of a sequent, a set's members counted one by one. */
function sideFormulas(items: readonly LineItem[]): Formula[] {
  return items.flatMap((item): Formula[] => {
    switch (item.kind) {
      case 'formula':
        return [item.formula];
      case 'formulaSet':
        return [...item.formulas];
      case 'equations':
        return [chainFormula(item)];
      case 'term':
        return [];
    }
  });
}

const conjunction = (formulas: readonly Formula[], op: 'and' | 'or'): Formula | null =>
  formulas.length === 0
    ? null
    : formulas.reduce((left, right) => ({
        kind: 'binary',
        op,
        symbol: op === 'and' ? '∧' : '∨',
        left,
        right,
      }));

/** Prover9 has no sequents: `Γ ⊢ Δ` is written as the formula it states, ∧Γ → ∨Δ. */
function prover9Sequent(line: Sequent, settings: Settings): string {
  const premises = conjunction(sideFormulas(line.premises), 'and');
  const conclusions = conjunction(sideFormulas(line.conclusions), 'or') ?? {
    kind: 'constant',
    value: false,
  };
  const f: Formula =
    premises === null
      ? conclusions
      : { kind: 'binary', op: 'implies', symbol: '→', left: premises, right: conclusions };
  return print(f, PROVER9, settings.style, settings.treatment, settings.notation);
}

function printLine(line: Line, format: Format, settings: Settings): string {
  const list = (items: readonly LineItem[]) =>
    items.map((item) => printItem(item, format, settings)).join(format.listSeparator);
  if (line.kind !== 'sequent') return list(itemsOf(line));
  if (format === PROVER9) return prover9Sequent(line, settings);
  return format.sequent(list(line.premises), line.turnstile, list(line.conclusions));
}

const settingsOf = (
  style: ParenthesesStyle,
  treatment: FreeVariableTreatment,
  notation: NotationStyle = 'as-written',
): Settings => ({ style, treatment, notation });

export function lineToUnicode(
  line: Line,
  style: ParenthesesStyle = 'as-written',
  notation: NotationStyle = 'as-written',
): string {
  return printLine(line, UNICODE, settingsOf(style, DEFAULT_FREE_VARIABLES, notation));
}

/** The line in one text format; TPTP and Prover9 with free variables treated as asked. */
export function lineToFormat(
  line: Line,
  format: 'unicode' | 'latex' | 'tptp' | 'prover9' | 'ascii',
  options: ExportOptions = {},
): string {
  const settings = settingsOf(
    options.parentheses ?? 'as-written',
    options.freeVariables ?? DEFAULT_FREE_VARIABLES,
    options.notation,
  );
  return printLine(line, FORMATS[format], settings);
}

const FORMATS = { unicode: UNICODE, latex: LATEX, tptp: TPTP, prover9: PROVER9, ascii: ASCII };

/** The free variables of the line's formulas and chains; a term on its own is no statement. */
function lineFreeVariables(line: Line): string[] {
  const out: string[] = [];
  for (const formula of sideFormulas(itemsOf(line))) {
    for (const v of freeVariables(formula)) if (!out.includes(v)) out.push(v);
  }
  return out;
}

function freeVariableNotes(line: Line, treatment: FreeVariableTreatment): FreeVariableNotes | null {
  const variables = lineFreeVariables(line);
  if (variables.length === 0) return null;
  const note = (format: Format) =>
    format.freeVariables === null
      ? ''
      : freeVariableNote(variables, treatment, format.freeVariables);
  return { variables, tptp: note(TPTP), prover9: note(PROVER9) };
}

export function exportLine(
  line: Line,
  style: ParenthesesStyle = 'as-written',
  treatment: FreeVariableTreatment = DEFAULT_FREE_VARIABLES,
  notation: NotationStyle = 'as-written',
): FormulaExports {
  const settings = settingsOf(style, treatment, notation);
  return {
    unicode: printLine(line, UNICODE, settings),
    latex: printLine(line, LATEX, settings),
    tptp: printLine(line, TPTP, settings),
    prover9: printLine(line, PROVER9, settings),
    ascii: printLine(line, ASCII, settings),
    freeVariables: freeVariableNotes(line, treatment),
  };
}

export function exportFormula(
  f: Formula,
  style: ParenthesesStyle = 'as-written',
  treatment: FreeVariableTreatment = DEFAULT_FREE_VARIABLES,
  notation: NotationStyle = 'as-written',
): FormulaExports {
  return exportLine({ kind: 'formula', formula: f }, style, treatment, notation);
}
