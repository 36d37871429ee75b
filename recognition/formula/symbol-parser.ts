/**
 * Parses sequences of class names (one per handwritten glyph) into a line (a formula, a term, an
 * equation chain, a set of formulas, a comma-separated list of them or a sequent), and offers the
 * same grammar as an incremental automaton so a decoder can prune hypotheses symbol by symbol.
 *
 * Grammar (tightest first: prefix ¬ ∼ and quantifiers, ∧ ·, ∨, → ⇒ ⊃, ↔ ⇔ ≡; → and ↔ associate
 * right; a term's − and + bind to the left, looser than a product of juxtaposed factors):
 *   line    := turnstile items | items (turnstile items)?        -- a sequent, premises optional
 *   items   := item (',' item)*
 *   item    := '{' (iff (',' iff)*)? '}'                          -- a set of formulas
 *            | iff | term | term rel term (rel term)+             -- a formula, a term, a chain
 *   iff     := implies ((↔ | ⇔ | ≡) iff)?
 *   implies := or ((→ | ⇒ | ⊃) implies)?
 *   or      := and (∨ and)*
 *   and     := unary ((∧ | ·) unary)*
 *   unary   := (¬ | ∼) unary | (∀ | ∃) lower '.'? unary | ⊤ | ⊥ | UPPER args?
 *            | open iff close | open term close tail | term rel term
 *   term    := signed ((+ | −) signed)*
 *   signed  := − signed | product
 *   product := first factor*                                      -- juxtaposed: 2x, ay(1−y)
 *   first   := lower args? | factor
 *   factor  := lower | numeral | open term close | '{' (term (',' term)*)? '}' | UPPER
 *   numeral := digit+ ('.' digit+)?
 *   args    := '(' term (',' term)* ')'
 *   open    := '(' | '['   (closed by the matching ')' or ']')
 *   rel     := = | ≠ | < | > | ≤ | ≥ | ∈
 * A letter directly followed by '(' is a function applied to arguments when it starts a product
 * (`f(x)`), and a factor times a bracketed term after another factor (`ay(1−y)`), as CROHME writes
 * products. A '(' where a formula may start opens a group whose contents decide what it is: a
 * formula (`(P∧Q)`, `(x=1)`) or a term, which must then go on as a term (`(x+1)<y`). A term or a
 * chain must be a whole item: `x`, `f(x,y)`, `a=b=c`, `1≤e≤v`, but not `P∧x` or `P∧a=b=c`; braces
 * at the start of an item hold formulas, elsewhere terms (`x∈{a,b}`). A single relation is an
 * atom of a formula. A capital is a term letter only in an item of terms and relations, as
 * arithmetic writes them (`A+b=2`, `Sh`, `2G`): where it may be a predicate it is one unless a
 * term's operator, relation or letter follows, no bracket may follow it as a factor (`A(x)` is
 * the predicate), and an item with such a capital cannot go on to be a formula (`A+b=2∧P`).
 * Written brackets become `group` / `termGroup` nodes. The recursive-descent
 * parser fails exactly where the automaton does: at the first symbol that no well-formed line
 * can continue with.
 */
import { symbolByName } from '../symbols.js';
import type { ParseError } from '../types.js';
import {
  takesNoBracket,
  type BinaryConnective,
  type Bracket,
  type Formula,
  type Line,
  type LineItem,
  type Relation,
  type Term,
  type Turnstile,
} from './ast.js';

/** Brackets and punctuation: a label of one of these is a category of its own, by its name. */
const PUNCTUATION = [
  'lparen',
  'rparen',
  'lbrack',
  'rbrack',
  'lbrace',
  'rbrace',
  'comma',
  'dot',
  'plus',
  'minus',
] as const;

export const CATEGORIES = [
  'quantifier',
  'neg',
  'binary',
  'constant',
  'relation',
  ...PUNCTUATION,
  'turnstile',
  'lower',
  'upper',
  'digit',
  'unknown',
] as const;
export type Category = (typeof CATEGORIES)[number];

const BINARY_OPS: Readonly<Record<string, BinaryConnective>> = {
  wedge: 'and',
  cdot: 'and',
  vee: 'or',
  rightarrow: 'implies',
  Rightarrow: 'implies',
  supset: 'implies',
  leftrightarrow: 'iff',
  Leftrightarrow: 'iff',
  equiv: 'iff',
};

const RELATION_OF: Readonly<Record<string, Relation>> = {
  eq: 'eq',
  neq: 'neq',
  lt: 'lt',
  gt: 'gt',
  leq: 'leq',
  geq: 'geq',
  in: 'in',
};

/** Labels whose category is their own name. */
const OWN_CATEGORY: ReadonlySet<string> = new Set(PUNCTUATION);

export function categorise(label: string): Category {
  const info = symbolByName(label);
  if (!info) return 'unknown';
  switch (info.kind) {
    case 'quantifier':
    case 'constant':
    case 'turnstile':
      return info.kind;
    case 'connective':
      return label === 'neg' || label === 'sim'
        ? 'neg'
        : label in BINARY_OPS
          ? 'binary'
          : 'unknown';
    case 'relation':
      return label in RELATION_OF ? 'relation' : 'unknown';
    case 'punctuation':
    case 'operator':
      return OWN_CATEGORY.has(label) ? (label as Category) : 'unknown';
    default:
      return info.kind;
  }
}

const OPENS: Partial<Record<Category, Bracket>> = { lparen: 'paren', lbrack: 'bracket' };
const CLOSES: Partial<Record<Category, Bracket>> = { rparen: 'paren', rbrack: 'bracket' };

// ---------------------------------------------------------------------------------------------
// The automaton
// ---------------------------------------------------------------------------------------------

/** Where a term sits: the left of a relation, the right of it, or inside brackets or a set. */
type TermContext = 'lhs' | 'rhs' | 'arg';

type Mode =
  | 'formula' // a unary formula (or a term that a relation follows) must start here
  | 'variable' // right after ∀ / ∃
  | 'bound' // after the quantified variable: a dot may follow, or the body
  | 'capital' // after a capital that may be a predicate or, in a term line, a term letter
  | 'predicate' // after an uppercase letter, which may take arguments
  | 'formulaEnd' // after a complete unary formula
  | 'setStart' // right after '{' (a set of terms or, at an item's start, of formulas)
  | 'itemEnd' // after a closed set of formulas
  | 'term' // a term must start here
  | 'letter' // after a lowercase letter starting a product, which may take arguments
  | 'factor' // after a lowercase letter later in a product
  | 'capitalFactor' // after a capital read as a term letter
  | 'digits' // inside a numeral, before any decimal point
  | 'point' // right after a numeral's decimal point
  | 'fraction' // the digits after the decimal point
  | 'termEnd'; // after a closed bracket, application or set

/**
 * How much of the current item is known: `bare` while it is only terms and relations at the top
 * level (so it may still end as a term or an equation chain), `chain` once a second relation
 * made it a chain (which no connective may follow), `formula` once anything else was read,
 * `set` once a set of formulas closed.
 */
type ItemPhase = 'bare' | 'chain' | 'formula' | 'set';

type FrameKind =
  /** A bracket where a formula may start: a formula's group or a term's, its contents say. */
  | 'open'
  /** The same once its contents are known to be a formula. */
  | 'group'
  /** A bracket around a term. */
  | 'termGroup'
  /** The '(' of a predicate's or a function's arguments. */
  | 'predicate'
  | 'function'
  | 'termSet'
  | 'formulaSet';

/** A persistent stack, so states share their tails and copying one costs nothing. */
interface Frame {
  readonly kind: FrameKind;
  /** The bracket that closes the frame's '(' or '['. */
  readonly bracket: Bracket;
  /** For a term: where it sits once the frame is closed. */
  readonly context: TermContext;
  readonly next: Frame | null;
  readonly key: string;
}

export interface ParserState {
  readonly mode: Mode;
  readonly context: TermContext;
  readonly phase: ItemPhase;
  /** A comma at the top level has made the line a list. */
  readonly listed: boolean;
  /** A turnstile has been read: the items now are the sequent's conclusions. */
  readonly sequent: boolean;
  /** A capital of the current item was read as a term letter, so the item may not be a formula. */
  readonly capitals: boolean;
  readonly stack: Frame | null;
  /** Equal keys mean equal states: a search may keep only the best hypothesis per key. */
  readonly key: string;
}

const FRAME_KEYS: Readonly<Record<FrameKind, string>> = {
  open: 'o',
  group: 'g',
  termGroup: 't',
  predicate: 'p',
  function: 'f',
  termSet: 's',
  formulaSet: 'S',
};
const BRACKET_KEYS: Readonly<Record<Bracket, string>> = { paren: '(', bracket: '[' };
const CONTEXT_KEYS: Readonly<Record<TermContext, string>> = { lhs: 'l', rhs: 'r', arg: 'a' };
const PHASE_KEYS: Readonly<Record<ItemPhase, string>> = {
  bare: 'b',
  chain: 'c',
  formula: 'f',
  set: 's',
};

function makeState(
  mode: Mode,
  context: TermContext,
  phase: ItemPhase,
  stack: Frame | null,
  listed: boolean,
  sequent: boolean,
  capitals = false,
): ParserState {
  const flags = `${listed ? 'L' : ''}${sequent ? 'T' : ''}${capitals ? 'C' : ''}`;
  const key = `${mode}${CONTEXT_KEYS[context]}${PHASE_KEYS[phase]}${flags}|${stack ? stack.key : ''}`;
  return { mode, context, phase, stack, listed, sequent, capitals, key };
}

function push(
  stack: Frame | null,
  kind: FrameKind,
  context: TermContext,
  bracket: Bracket = 'paren',
): Frame {
  const key =
    (stack ? stack.key : '') + FRAME_KEYS[kind] + BRACKET_KEYS[bracket] + CONTEXT_KEYS[context];
  return { kind, bracket, context, next: stack, key };
}

/**
 * The stack once the innermost bracket is known to hold a formula (a connective, a predicate, a
 * relation … was read in it), so that a term cannot close it as a term's bracket.
 */
function decided(stack: Frame | null): Frame | null {
  return stack?.kind === 'open' ? push(stack.next, 'group', stack.context, stack.bracket) : stack;
}

const INITIAL = makeState('formula', 'lhs', 'bare', null, false, false);

export function initialState(): ParserState {
  return INITIAL;
}

/** The state after `label`, or null when no well-formed line starts with the extended prefix. */
export function advance(state: ParserState, label: string): ParserState | null {
  return step(state, categorise(label));
}

/** The same for any label of `category`: the grammar sees only a label's category. */
export function advanceCategory(state: ParserState, category: Category): ParserState | null {
  return step(state, category);
}

/** What a complete line ending in `state` is: its kind as the parser will report it. */
export function endKind(state: ParserState): Line['kind'] {
  if (state.sequent) return 'sequent';
  if (state.listed) return 'list';
  // A capital alone is a proposition.
  if (state.mode === 'capital') return 'formula';
  switch (state.phase) {
    case 'bare':
      return 'term';
    case 'chain':
      return 'equations';
    case 'set':
      return 'formulaSet';
    case 'formula':
      return 'formula';
  }
}

/** After a whole factor: a term may end here, or a letter go on as one more factor (`2x`). */
const ENDS_A_TERM: ReadonlySet<Mode> = new Set([
  'letter',
  'factor',
  'capitalFactor',
  'digits',
  'fraction',
  'termEnd',
]);

/** Whether `state` is right after a whole factor of a product (see ENDS_A_TERM). */
export const afterWholeFactor = (state: ParserState): boolean => ENDS_A_TERM.has(state.mode);

/** Whether the symbols read so far form a complete well-formed line. */
export function canEnd(state: ParserState): boolean {
  if (state.stack !== null) return false;
  switch (state.mode) {
    case 'capital':
    case 'predicate':
    case 'formulaEnd':
    case 'itemEnd':
      return true;
    default:
      return ENDS_A_TERM.has(state.mode) && (state.context === 'rhs' || state.phase === 'bare');
  }
}

/**
 * The state after a step within the same line: `phase` moves on, the line's flags stay. An item
 * with a capital read as a term letter cannot become a formula: there capitals are predicates.
 */
function to(
  from: ParserState,
  mode: Mode,
  context: TermContext,
  stack: Frame | null,
  phase: ItemPhase = from.phase,
): ParserState | null {
  if (phase === 'formula' && from.capitals) return null;
  return makeState(mode, context, phase, stack, from.listed, from.sequent, from.capitals);
}

/** After a capital read as a term letter, as a factor of a product. */
function capitalFactor(s: ParserState, context: TermContext = s.context): ParserState {
  return makeState('capitalFactor', context, s.phase, s.stack, s.listed, s.sequent, true);
}

/** Whether the item is still only terms and relations, so a capital may be a term letter. */
const termsOnly = (s: ParserState): boolean => s.phase === 'bare' || s.phase === 'chain';

/**
 * After a capital where a formula may start, these make it a term letter (`A+b=2`, `Sh`, `AB`);
 * anything else makes it a predicate. A digit never follows a letter in a product.
 */
const TERM_AFTER_CAPITAL: ReadonlySet<Category> = new Set<Category>([
  'plus',
  'minus',
  'relation',
  'lower',
  'upper',
]);

function step(s: ParserState, cat: Category): ParserState | null {
  switch (s.mode) {
    case 'formula':
      return startFormula(s, cat);
    case 'variable':
      return cat === 'lower' ? to(s, 'bound', 'lhs', s.stack) : null;
    case 'bound':
      return cat === 'dot' ? to(s, 'formula', 'lhs', s.stack) : startFormula(s, cat);
    case 'capital': {
      if (TERM_AFTER_CAPITAL.has(cat)) return afterFactor(capitalFactor(s), cat);
      const predicate = to(s, 'predicate', 'lhs', decided(s.stack), 'formula');
      return predicate && step(predicate, cat);
    }
    case 'predicate':
      if (cat === 'lparen') return to(s, 'term', 'arg', push(s.stack, 'predicate', 'arg'));
      return afterFormula(s, cat);
    case 'formulaEnd':
      return afterFormula(s, cat);
    case 'itemEnd':
      return afterItem(s, cat);
    case 'setStart':
      return startSetItem(s, cat);
    case 'term':
      return startTerm(s, s.context, cat);
    case 'letter':
      if (cat === 'lparen') return to(s, 'term', 'arg', push(s.stack, 'function', s.context));
      return afterFactor(s, cat);
    case 'digits':
      if (cat === 'digit') return s;
      return cat === 'dot' ? to(s, 'point', s.context, s.stack) : afterNumeral(s, cat);
    case 'capitalFactor':
      return afterNumeral(s, cat);
    case 'point':
      return cat === 'digit' ? to(s, 'fraction', s.context, s.stack) : null;
    case 'fraction':
      return cat === 'digit' ? s : afterNumeral(s, cat);
    case 'factor':
    case 'termEnd':
      return afterFactor(s, cat);
  }
}

/** At the start of an item, before anything of it: where braces hold formulas. */
const atItemStart = (s: ParserState): boolean =>
  s.mode === 'formula' && s.phase === 'bare' && s.stack === null;

function startFormula(s: ParserState, cat: Category): ParserState | null {
  const bracket = OPENS[cat];
  if (bracket !== undefined) return to(s, 'formula', 'lhs', push(s.stack, 'open', 'lhs', bracket));
  switch (cat) {
    case 'neg':
      return to(s, 'formula', 'lhs', decided(s.stack), 'formula');
    case 'quantifier':
      return to(s, 'variable', 'lhs', decided(s.stack), 'formula');
    case 'constant':
      return to(s, 'formulaEnd', 'lhs', decided(s.stack), 'formula');
    case 'upper':
      return s.phase === 'formula'
        ? to(s, 'predicate', 'lhs', decided(s.stack), 'formula')
        : to(s, 'capital', 'lhs', s.stack);
    case 'lbrace':
      return atItemStart(s)
        ? to(s, 'setStart', 'lhs', push(null, 'formulaSet', 'lhs'), 'formula')
        : startTerm(s, 'lhs', cat);
    case 'turnstile':
      // Only at the very start of the line: a sequent without premises.
      return atItemStart(s) && !s.listed && !s.sequent
        ? makeState('formula', 'lhs', 'bare', null, false, true)
        : null;
    default:
      return startTerm(s, 'lhs', cat);
  }
}

/** After '{': the set may close at once, or holds formulas (an item's) or terms. */
function startSetItem(s: ParserState, cat: Category): ParserState | null {
  const frame = s.stack;
  if (frame === null) return null;
  if (cat === 'rbrace') {
    return frame.kind === 'formulaSet'
      ? to(s, 'itemEnd', 'lhs', frame.next, 'set')
      : to(s, 'termEnd', frame.context, frame.next);
  }
  return frame.kind === 'formulaSet' ? startFormula(s, cat) : startTerm(s, 'arg', cat);
}

function afterFormula(s: ParserState, cat: Category): ParserState | null {
  const top = s.stack;
  if (cat === 'binary' && s.phase !== 'chain')
    return to(s, 'formula', 'lhs', decided(top), 'formula');
  if (top === null) return afterItem(s, cat);
  if ((top.kind === 'open' || top.kind === 'group') && CLOSES[cat] === top.bracket)
    return to(s, 'formulaEnd', 'lhs', top.next);
  if (top.kind === 'formulaSet') {
    if (cat === 'comma') return to(s, 'formula', 'lhs', top);
    if (cat === 'rbrace') return to(s, 'itemEnd', 'lhs', top.next, 'set');
  }
  return null;
}

/** After a whole item at the top level: the next item, or the sequent's conclusions. */
function afterItem(s: ParserState, cat: Category): ParserState | null {
  if (cat === 'comma') return makeState('formula', 'lhs', 'bare', null, true, s.sequent);
  if (cat === 'turnstile' && !s.sequent)
    return makeState('formula', 'lhs', 'bare', null, false, true);
  return null;
}

function startTerm(s: ParserState, context: TermContext, cat: Category): ParserState | null {
  const bracket = OPENS[cat];
  if (bracket !== undefined)
    return to(s, 'term', 'arg', push(s.stack, 'termGroup', context, bracket));
  switch (cat) {
    case 'lower':
      return to(s, 'letter', context, s.stack);
    case 'upper':
      return termsOnly(s) ? capitalFactor(s, context) : null;
    case 'digit':
      return to(s, 'digits', context, s.stack);
    case 'minus':
      return to(s, 'term', context, s.stack);
    case 'lbrace':
      return to(s, 'setStart', 'arg', push(s.stack, 'termSet', context));
    default:
      return null;
  }
}

/**
 * A numeral or a capital is never followed by a bracket as a factor: `0(x)` would make every O(x)
 * and I(x) a product as well as the predicate it is, and `xP(x)` a term. A letter may follow: `2x`.
 */
function afterNumeral(s: ParserState, cat: Category): ParserState | null {
  return OPENS[cat] !== undefined ? afterTerm(s, cat) : afterFactor(s, cat);
}

/** After a factor: another factor side by side, an operator, or whatever ends a term. */
function afterFactor(s: ParserState, cat: Category): ParserState | null {
  const bracket = OPENS[cat];
  if (bracket !== undefined)
    return to(s, 'term', 'arg', push(s.stack, 'termGroup', s.context, bracket));
  if (cat === 'lower') return to(s, 'factor', s.context, s.stack);
  if (cat === 'upper') return termsOnly(s) ? capitalFactor(s) : null;
  if (cat === 'plus' || cat === 'minus') return to(s, 'term', s.context, s.stack);
  return afterTerm(s, cat);
}

function afterTerm(s: ParserState, cat: Category): ParserState | null {
  const { stack, context } = s;
  switch (context) {
    case 'lhs':
      if (cat === 'relation')
        return stack === null
          ? to(s, 'term', 'rhs', stack)
          : to(s, 'term', 'rhs', decided(stack), 'formula');
      if (stack === null) return s.phase === 'bare' ? afterItem(s, cat) : null;
      return stack.kind === 'open' && CLOSES[cat] === stack.bracket
        ? to(s, 'termEnd', stack.context, stack.next)
        : null;
    case 'rhs':
      if (cat === 'relation')
        return stack === null && s.phase !== 'formula'
          ? to(s, 'term', 'rhs', stack, 'chain')
          : null;
      return afterFormula(s, cat);
    case 'arg':
      return inArguments(s, cat);
  }
}

/** A term inside brackets, an argument list or a set is followed by ',' or the closing mark. */
function inArguments(s: ParserState, cat: Category): ParserState | null {
  const top = s.stack;
  if (top === null) return null;
  const list = top.kind === 'predicate' || top.kind === 'function' || top.kind === 'termSet';
  if (cat === 'comma') return list ? to(s, 'term', 'arg', top) : null;
  switch (top.kind) {
    case 'predicate':
      return cat === 'rparen' ? to(s, 'formulaEnd', 'lhs', top.next) : null;
    case 'function':
      return cat === 'rparen' ? to(s, 'termEnd', top.context, top.next) : null;
    case 'termGroup':
      return CLOSES[cat] === top.bracket ? to(s, 'termEnd', top.context, top.next) : null;
    case 'termSet':
      return cat === 'rbrace' ? to(s, 'termEnd', top.context, top.next) : null;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The parser
// ---------------------------------------------------------------------------------------------

export type ParseResult =
  { readonly ok: true; readonly line: Line } | { readonly ok: false; readonly error: ParseError };

class Rejection extends Error {
  constructor(
    readonly position: number,
    message: string,
  ) {
    super(message);
  }
}

/** Parses a line of symbols: a formula, a term, an equation chain, a set, a list or a sequent. */
export function parseSymbols(labels: readonly string[]): ParseResult {
  try {
    return { ok: true, line: new Parser(labels).parseLine() };
  } catch (error) {
    if (error instanceof Rejection) {
      return { ok: false, error: { position: error.position, message: error.message } };
    }
    throw error;
  }
}

/** The line's formula when it is exactly one, else null. */
export function formulaOfLine(line: Line): Formula | null {
  return line.kind === 'formula' ? line.formula : null;
}

function display(label: string): string {
  return symbolByName(label)?.char ?? label;
}

/** What a bracket where a formula may start turned out to hold. */
type Start = { readonly formula: Formula } | { readonly term: Term };

const RELATION_EXPECTED = "'=' or '≠' (or < > ≤ ≥ ∈) after a term";

const CLOSER: Readonly<Record<Bracket, string>> = { paren: ')', bracket: ']' };

/** A single-use cursor; it is only ever visible inside one parseSymbols call. */
class Parser {
  private pos = 0;
  /** Brackets opened and not yet closed, for telling an unbalanced ')' from a misplaced one. */
  private open = 0;
  /** Whether the current item is known to be a formula (the automaton's phase, bare or not). */
  private inFormula = false;
  /** Whether a capital of the current item was read as a term letter. */
  private capitals = false;

  constructor(private readonly labels: readonly string[]) {}

  parseLine(): Line {
    if (this.peek() === 'turnstile') return this.parseSequent([]);
    const items = this.parseItems();
    if (this.peek() === 'turnstile') return this.parseSequent(items);
    this.expectEnd(items);
    return items.length === 1 ? items[0] : { kind: 'list', items };
  }

  private parseSequent(premises: LineItem[]): Line {
    const turnstile = this.labels[this.pos++] as Turnstile;
    const conclusions = this.parseItems();
    this.expectEnd(conclusions);
    return { kind: 'sequent', turnstile, premises, conclusions };
  }

  private expectEnd(items: readonly LineItem[]): void {
    if (this.pos < this.labels.length)
      this.fail(items[items.length - 1].kind === 'formula' ? 'a connective' : "',' or the end");
  }

  private parseItems(): LineItem[] {
    const items = [this.parseItem()];
    while (this.peek() === 'comma') {
      this.pos++;
      items.push(this.parseItem());
    }
    return items;
  }

  private peek(): Category | null {
    return this.pos < this.labels.length ? categorise(this.labels[this.pos]) : null;
  }

  private fail(expected: string): never {
    const { labels, pos } = this;
    if (pos >= labels.length) {
      throw new Rejection(pos, `the line ends too early: expected ${expected}`);
    }
    const label = labels[pos];
    const cat = categorise(label);
    if (cat === 'unknown') throw new Rejection(pos, `unknown symbol '${label}'`);
    if (CLOSES[cat] !== undefined && this.open === 0)
      throw new Rejection(pos, `unbalanced '${display(label)}'`);
    throw new Rejection(pos, `expected ${expected}, found '${display(label)}'`);
  }

  /** The current item is a formula from here on, which it cannot be with capitals as terms. */
  private formulaFromHere(): void {
    if (this.capitals)
      throw new Rejection(
        this.pos,
        `found '${display(this.labels[this.pos])}', but this line reads its capitals as terms (as in A+b=2), so it cannot be a formula`,
      );
    this.inFormula = true;
  }

  /** A formula, a set of formulas, or a term or chain of relations standing alone as the item. */
  private parseItem(): LineItem {
    this.inFormula = false;
    this.capitals = false;
    if (this.peek() === 'lbrace') return this.parseFormulaSet();
    const start = this.parseStart();
    if ('formula' in start) return { kind: 'formula', formula: this.parseIff(start.formula) };
    const first = start.term;
    if (this.peek() !== 'relation') {
      const next = this.peek();
      if (next === null || next === 'comma' || next === 'turnstile')
        return { kind: 'term', term: first };
      return this.fail(RELATION_EXPECTED);
    }
    const relations: Relation[] = [this.relation()];
    const terms: Term[] = [first, this.parseTerm()];
    while (this.peek() === 'relation') {
      relations.push(this.relation());
      terms.push(this.parseTerm());
    }
    if (relations.length > 1) return { kind: 'equations', terms, relations };
    return { kind: 'formula', formula: this.parseIff(atom(relations[0], terms[0], terms[1])) };
  }

  private parseFormulaSet(): LineItem {
    this.formulaFromHere();
    const opened = this.pos++;
    const formulas: Formula[] = [];
    if (this.peek() !== 'rbrace') {
      formulas.push(this.parseIff());
      while (this.peek() === 'comma') {
        this.pos++;
        formulas.push(this.parseIff());
      }
    }
    this.closeBrace(opened, "',' or '}'");
    return { kind: 'formulaSet', formulas };
  }

  private relation(): Relation {
    return RELATION_OF[this.labels[this.pos++]];
  }

  private binary(op: BinaryConnective): string | null {
    if (this.peek() !== 'binary') return null;
    const label = this.labels[this.pos];
    return BINARY_OPS[label] === op ? display(label) : null;
  }

  // Each level may start from a unary formula already read (an equation that began the item).
  private parseIff(first?: Formula): Formula {
    const left = this.parseImplies(first);
    const symbol = this.binary('iff');
    if (symbol === null) return left;
    this.formulaFromHere();
    this.pos++;
    return { kind: 'binary', op: 'iff', symbol, left, right: this.parseIff() };
  }

  private parseImplies(first?: Formula): Formula {
    const left = this.parseOr(first);
    const symbol = this.binary('implies');
    if (symbol === null) return left;
    this.formulaFromHere();
    this.pos++;
    return { kind: 'binary', op: 'implies', symbol, left, right: this.parseImplies() };
  }

  private parseOr(first?: Formula): Formula {
    let left = this.parseAnd(first);
    for (let symbol = this.binary('or'); symbol !== null; symbol = this.binary('or')) {
      this.formulaFromHere();
      this.pos++;
      left = { kind: 'binary', op: 'or', symbol, left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(first?: Formula): Formula {
    let left = first ?? this.parseUnary();
    for (let symbol = this.binary('and'); symbol !== null; symbol = this.binary('and')) {
      this.formulaFromHere();
      this.pos++;
      left = { kind: 'binary', op: 'and', symbol, left, right: this.parseUnary() };
    }
    return left;
  }

  /** A unary formula; a term here must be the left side of a relation. */
  private parseUnary(): Formula {
    const start = this.parseStart();
    if ('formula' in start) return start.formula;
    if (this.peek() !== 'relation') return this.fail(RELATION_EXPECTED);
    const relation = this.relation();
    return atom(relation, start.term, this.parseTerm());
  }

  /** Where a formula may start: a unary formula, or a term (a bracket's contents decide). */
  private parseStart(): Start {
    const label = this.labels[this.pos];
    const cat = this.peek();
    switch (cat) {
      case 'neg': {
        this.formulaFromHere();
        this.pos++;
        const body = this.parseUnary();
        return {
          formula:
            label === 'neg' ? { kind: 'not', body } : { kind: 'not', body, symbol: display(label) },
        };
      }
      case 'quantifier': {
        this.formulaFromHere();
        this.pos++;
        if (this.peek() !== 'lower') this.fail(`a variable after ${display(label)}`);
        const variable = this.labels[this.pos++];
        const quantifier = label === 'forall' ? 'forall' : 'exists';
        const dot = this.peek() === 'dot';
        if (dot) this.pos++;
        const body = this.parseUnary();
        return {
          formula: dot
            ? { kind: 'quantifier', quantifier, variable, body, dot }
            : { kind: 'quantifier', quantifier, variable, body },
        };
      }
      case 'constant':
        this.formulaFromHere();
        this.pos++;
        return { formula: { kind: 'constant', value: label === 'top' } };
      case 'upper': {
        const next =
          this.pos + 1 < this.labels.length ? categorise(this.labels[this.pos + 1]) : null;
        if (!this.inFormula && next !== null && TERM_AFTER_CAPITAL.has(next))
          return { term: this.parseTerm() };
        this.formulaFromHere();
        this.pos++;
        const args = this.peek() === 'lparen' ? this.parseArgs() : [];
        return { formula: { kind: 'predicate', name: label, args } };
      }
      case 'lparen':
      case 'lbrack':
        return this.parseOpen();
      case 'lower':
      case 'digit':
      case 'minus':
      case 'lbrace':
        return { term: this.parseTerm() };
      default:
        return this.fail(
          this.pos > 0 ? `a formula after '${display(this.labels[this.pos - 1])}'` : 'a formula',
        );
    }
  }

  /** A bracket where a formula may start: a formula's group, or a term's that goes on. */
  private parseOpen(): Start {
    const bracket = OPENS[this.peek() ?? 'unknown'] ?? 'paren';
    const opened = this.pos++;
    this.open++;
    const inner = this.parseStart();
    if ('term' in inner && this.peek() !== 'relation') {
      this.close(opened, bracket, `an operator or '${CLOSER[bracket]}'`);
      return { term: this.parseSum({ kind: 'termGroup', bracket, body: inner.term }) };
    }
    if ('term' in inner) this.formulaFromHere();
    const first =
      'formula' in inner ? inner.formula : atom(this.relation(), inner.term, this.parseTerm());
    const body = this.parseIff(first);
    this.close(opened, bracket, `a connective or '${CLOSER[bracket]}'`);
    return {
      formula: bracket === 'paren' ? { kind: 'group', body } : { kind: 'group', body, bracket },
    };
  }

  private parseTerm(): Term {
    return this.parseSum();
  }

  /** `first`: a factor already read that begins the term (a bracket that held a term). */
  private parseSum(first?: Term): Term {
    let left = this.parseSigned(first);
    for (let cat = this.peek(); cat === 'plus' || cat === 'minus'; cat = this.peek()) {
      this.pos++;
      left = { kind: 'arithmetic', op: cat, left, right: this.parseSigned() };
    }
    return left;
  }

  private parseSigned(first?: Term): Term {
    if (first === undefined && this.peek() === 'minus') {
      this.pos++;
      return { kind: 'negative', body: this.parseSigned() };
    }
    return this.parseProduct(first);
  }

  private parseProduct(first?: Term): Term {
    const factors = [first ?? this.parseFactor(true)];
    for (;;) {
      const cat = this.peek();
      const last = factors[factors.length - 1];
      const bracketAllowed = !(last.kind === 'symbol' && takesNoBracket(last.name));
      const letter = cat === 'lower' || (cat === 'upper' && !this.inFormula);
      if (!letter && !(bracketAllowed && OPENS[cat ?? 'unknown'])) break;
      factors.push(this.parseFactor(false));
    }
    return factors.length === 1 ? factors[0] : { kind: 'product', factors };
  }

  /** `leading`: the factor starts a product, so a letter followed by '(' is a function. */
  private parseFactor(leading: boolean): Term {
    const start = this.pos;
    const cat = this.peek();
    switch (cat) {
      case 'digit':
        return { kind: 'symbol', name: this.numeral(start) };
      case 'upper':
        if (this.inFormula) return this.fail('a term (a variable, constant or function)');
        this.pos++;
        this.capitals = true;
        return { kind: 'symbol', name: this.labels[start] };
      case 'lower': {
        this.pos++;
        const name = this.labels[start];
        if (!leading || this.peek() !== 'lparen') return { kind: 'symbol', name };
        return { kind: 'apply', name, args: this.parseArgs() };
      }
      case 'lparen':
      case 'lbrack': {
        const bracket = OPENS[cat] ?? 'paren';
        this.pos++;
        this.open++;
        const body = this.parseTerm();
        this.close(start, bracket, `an operator or '${CLOSER[bracket]}'`);
        return { kind: 'termGroup', bracket, body };
      }
      case 'lbrace': {
        this.pos++;
        const items: Term[] = [];
        if (this.peek() !== 'rbrace') {
          items.push(this.parseTerm());
          while (this.peek() === 'comma') {
            this.pos++;
            items.push(this.parseTerm());
          }
        }
        this.closeBrace(start, "',' or '}'");
        return { kind: 'set', items };
      }
      default:
        return this.fail('a term (a variable, constant or function)');
    }
  }

  private numeral(start: number): string {
    while (this.peek() === 'digit') this.pos++;
    if (this.peek() === 'dot') {
      this.pos++;
      if (this.peek() !== 'digit') this.fail('a digit after the decimal point');
      while (this.peek() === 'digit') this.pos++;
    }
    return this.labels
      .slice(start, this.pos)
      .map((l) => (l === 'dot' ? '.' : l))
      .join('');
  }

  private parseArgs(): Term[] {
    const opened = this.pos++;
    this.open++;
    const args = [this.parseTerm()];
    while (this.peek() === 'comma') {
      this.pos++;
      args.push(this.parseTerm());
    }
    this.close(opened, 'paren', "',' or ')'");
    return args;
  }

  private close(opened: number, bracket: Bracket, expected: string): void {
    const cat = this.peek();
    if (cat !== null && CLOSES[cat] === bracket) {
      this.pos++;
      this.open--;
      return;
    }
    if (this.pos >= this.labels.length) {
      const opener = bracket === 'paren' ? '(' : '[';
      throw new Rejection(
        this.pos,
        `missing '${CLOSER[bracket]}' for the '${opener}' at symbol ${opened + 1}`,
      );
    }
    this.fail(expected);
  }

  private closeBrace(opened: number, expected: string): void {
    if (this.peek() === 'rbrace') {
      this.pos++;
      return;
    }
    if (this.pos >= this.labels.length)
      throw new Rejection(this.pos, `missing '}' for the '{' at symbol ${opened + 1}`);
    this.fail(expected);
  }
}

/** The atom `left rel right`: an equation, an inequation or a comparison. */
function atom(relation: Relation, left: Term, right: Term): Formula {
  switch (relation) {
    case 'eq':
      return { kind: 'equals', left, right };
    case 'neq':
      return { kind: 'notEquals', left, right };
    default:
      return { kind: 'comparison', relation, left, right };
  }
}
