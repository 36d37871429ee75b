/**
 * Parses sequences of class names (one per handwritten glyph) into a line (a formula, a term, an
 * equation chain, or a comma-separated list of them), and offers the same grammar as an
 * incremental automaton so a decoder can prune hypotheses symbol by symbol.
 *
 * Grammar (tightest first: prefix ¬ and quantifiers, ∧, ∨, → ⇒, ↔ ⇔; → and ↔ associate right):
 *   line    := item (',' item)*
 *   item    := iff | term | term rel term (rel term)+        -- a formula, a term, a chain
 *   iff     := implies ((↔ | ⇔) iff)?
 *   implies := or ((→ | ⇒) implies)?
 *   or      := and (∨ and)*
 *   and     := unary (∧ unary)*
 *   unary   := ¬ unary | (∀ | ∃) lower unary | ⊤ | ⊥ | '(' iff ')' | UPPER args? | term rel term
 *   term    := lower args? | digit+
 *   args    := '(' term (',' term)* ')'
 *   rel     := = | ≠
 * A term or a chain must be a whole item: `x`, `f(x,y)`, `a=b=c`, but not `P∧x` or `P∧a=b=c`.
 * A single equation is an atom of a formula. Written parentheses become `group` nodes. It is
 * LL(1), so the recursive-descent parser fails exactly where the automaton does: at the first
 * symbol that no well-formed line can continue with.
 */
import { symbolByName } from '../symbols.js';
import type { ParseError } from '../types.js';
import type { BinaryConnective, Formula, Line, LineItem, Relation, Term } from './ast.js';

export type Category =
  | 'quantifier'
  | 'neg'
  | 'binary'
  | 'constant'
  | 'relation'
  | 'lparen'
  | 'rparen'
  | 'comma'
  | 'lower'
  | 'upper'
  | 'digit'
  | 'unknown';

const BINARY_OPS: Readonly<Record<string, BinaryConnective>> = {
  wedge: 'and',
  vee: 'or',
  rightarrow: 'implies',
  Rightarrow: 'implies',
  leftrightarrow: 'iff',
  Leftrightarrow: 'iff',
};

export function categorise(label: string): Category {
  const info = symbolByName(label);
  if (!info) return 'unknown';
  switch (info.kind) {
    case 'quantifier':
      return 'quantifier';
    case 'connective':
      return label === 'neg' ? 'neg' : label in BINARY_OPS ? 'binary' : 'unknown';
    case 'constant':
      return 'constant';
    case 'relation':
      return label === 'eq' || label === 'neq' ? 'relation' : 'unknown';
    case 'punctuation':
      return label === 'lparen'
        ? 'lparen'
        : label === 'rparen'
          ? 'rparen'
          : label === 'comma'
            ? 'comma'
            : 'unknown';
    // Arithmetic and sequents are not in the grammar yet.
    case 'operator':
    case 'turnstile':
      return 'unknown';
    default:
      return info.kind;
  }
}

// ---------------------------------------------------------------------------------------------
// The automaton
// ---------------------------------------------------------------------------------------------

/** Where a term sits: the left of = / ≠, the right of it, or inside an argument list. */
type TermContext = 'lhs' | 'rhs' | 'arg';

type Mode =
  | 'formula' // a unary formula must start here
  | 'variable' // right after ∀ / ∃
  | 'predicate' // after an uppercase letter, which may take arguments
  | 'formulaEnd' // after a complete unary formula
  | 'term' // a term must start here
  | 'letter' // after a lowercase letter, which may take arguments
  | 'digits' // inside a digit string
  | 'termEnd'; // after a closed function application

/**
 * How much of the current item is known: `bare` while it is only terms and relations at the top
 * level (so it may still end as a term or an equation chain), `chain` once a second relation
 * made it a chain (which no connective may follow), `formula` once anything else was read.
 */
type ItemPhase = 'bare' | 'chain' | 'formula';

/** A persistent stack, so states share their tails and copying one costs nothing. */
interface Frame {
  /** group: '(' around a formula; predicate/function: the '(' of an argument list. */
  readonly kind: 'group' | 'predicate' | 'function';
  /** For a function application: where the applied term sits once it is closed. */
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
  readonly stack: Frame | null;
  /** Equal keys mean equal states: a search may keep only the best hypothesis per key. */
  readonly key: string;
}

const FRAME_KEYS = { group: 'g', predicate: 'p', function: 'f' } as const;
const CONTEXT_KEYS = { lhs: 'l', rhs: 'r', arg: 'a' } as const;
const PHASE_KEYS = { bare: 'b', chain: 'c', formula: 'f' } as const;

function makeState(
  mode: Mode,
  context: TermContext,
  phase: ItemPhase,
  stack: Frame | null,
  listed: boolean,
): ParserState {
  const key = `${mode}${CONTEXT_KEYS[context]}${PHASE_KEYS[phase]}${listed ? 'L' : ''}|${stack ? stack.key : ''}`;
  return { mode, context, phase, stack, listed, key };
}

function push(stack: Frame | null, kind: Frame['kind'], context: TermContext): Frame {
  const key = (stack ? stack.key : '') + FRAME_KEYS[kind] + CONTEXT_KEYS[context];
  return { kind, context, next: stack, key };
}

const INITIAL = makeState('formula', 'lhs', 'bare', null, false);

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
  if (state.listed) return 'list';
  return state.phase === 'bare' ? 'term' : state.phase === 'chain' ? 'equations' : 'formula';
}

/** Whether the symbols read so far form a complete well-formed line. */
export function canEnd(state: ParserState): boolean {
  if (state.stack !== null) return false;
  switch (state.mode) {
    case 'predicate':
    case 'formulaEnd':
      return true;
    case 'letter':
    case 'digits':
    case 'termEnd':
      return state.context === 'rhs' || state.phase === 'bare';
    default:
      return false;
  }
}

/** The state after a step within the same list: `phase` moves on, the list flag stays. */
function to(
  from: ParserState,
  mode: Mode,
  context: TermContext,
  stack: Frame | null,
  phase: ItemPhase = from.phase,
): ParserState {
  return makeState(mode, context, phase, stack, from.listed);
}

/** A comma at the top level starts the next item of a list. */
const NEXT_ITEM = makeState('formula', 'lhs', 'bare', null, true);

function step(s: ParserState, cat: Category): ParserState | null {
  switch (s.mode) {
    case 'formula':
      return startFormula(s, cat);
    case 'variable':
      return cat === 'lower' ? to(s, 'formula', 'lhs', s.stack) : null;
    case 'predicate':
      if (cat === 'lparen') return to(s, 'term', 'arg', push(s.stack, 'predicate', 'arg'));
      return afterFormula(s, cat);
    case 'formulaEnd':
      return afterFormula(s, cat);
    case 'term':
      return startTerm(s, s.context, cat);
    case 'letter':
      if (cat === 'lparen') return to(s, 'term', 'arg', push(s.stack, 'function', s.context));
      return afterTerm(s, cat);
    case 'digits':
      return cat === 'digit' ? s : afterTerm(s, cat);
    case 'termEnd':
      return afterTerm(s, cat);
  }
}

function startFormula(s: ParserState, cat: Category): ParserState | null {
  switch (cat) {
    case 'neg':
      return to(s, 'formula', 'lhs', s.stack, 'formula');
    case 'quantifier':
      return to(s, 'variable', 'lhs', s.stack, 'formula');
    case 'constant':
      return to(s, 'formulaEnd', 'lhs', s.stack, 'formula');
    case 'lparen':
      return to(s, 'formula', 'lhs', push(s.stack, 'group', 'lhs'), 'formula');
    case 'upper':
      return to(s, 'predicate', 'lhs', s.stack, 'formula');
    default:
      return startTerm(s, 'lhs', cat);
  }
}

function afterFormula(s: ParserState, cat: Category): ParserState | null {
  if (cat === 'binary' && s.phase !== 'chain') return to(s, 'formula', 'lhs', s.stack, 'formula');
  if (cat === 'rparen' && s.stack?.kind === 'group')
    return to(s, 'formulaEnd', 'lhs', s.stack.next);
  if (cat === 'comma' && s.stack === null) return NEXT_ITEM;
  return null;
}

function startTerm(s: ParserState, context: TermContext, cat: Category): ParserState | null {
  if (cat === 'lower') return to(s, 'letter', context, s.stack);
  if (cat === 'digit') return to(s, 'digits', context, s.stack);
  return null;
}

function afterTerm(s: ParserState, cat: Category): ParserState | null {
  const { stack, context } = s;
  const topLevel = stack === null && s.phase !== 'formula';
  switch (context) {
    case 'lhs':
      if (cat === 'relation') return to(s, 'term', 'rhs', stack);
      return topLevel && cat === 'comma' ? NEXT_ITEM : null;
    case 'rhs':
      if (topLevel && cat === 'relation') return to(s, 'term', 'rhs', stack, 'chain');
      return afterFormula(s, cat);
    case 'arg':
      if (cat === 'comma') return to(s, 'term', 'arg', stack);
      if (cat !== 'rparen' || stack === null) return null;
      return stack.kind === 'predicate'
        ? to(s, 'formulaEnd', 'lhs', stack.next)
        : to(s, 'termEnd', stack.context, stack.next);
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

/** Parses a line of symbols: a formula, a term, an equation chain or a list of them. */
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

/** A single-use cursor; it is only ever visible inside one parseSymbols call. */
class Parser {
  private pos = 0;
  /** Parentheses opened and not yet closed, for telling an unbalanced ')' from a misplaced one. */
  private open = 0;

  constructor(private readonly labels: readonly string[]) {}

  parseLine(): Line {
    const items = [this.parseItem()];
    while (this.peek() === 'comma') {
      this.pos++;
      items.push(this.parseItem());
    }
    if (this.pos < this.labels.length)
      this.fail(items[items.length - 1].kind === 'formula' ? 'a connective' : "',' or the end");
    return items.length === 1 ? items[0] : { kind: 'list', items };
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
    if (cat === 'rparen' && this.open === 0) throw new Rejection(pos, "unbalanced ')'");
    throw new Rejection(pos, `expected ${expected}, found '${display(label)}'`);
  }

  /** A formula, or a term or chain of equations standing alone as the item. */
  private parseItem(): LineItem {
    const cat = this.peek();
    if (cat !== 'lower' && cat !== 'digit') return { kind: 'formula', formula: this.parseIff() };
    const first = this.parseTerm();
    if (this.peek() !== 'relation') {
      if (this.peek() === null || this.peek() === 'comma') return { kind: 'term', term: first };
      return this.fail("'=' or '≠' after a term");
    }
    const relations: Relation[] = [this.relation()];
    const terms: Term[] = [first, this.parseTerm()];
    while (this.peek() === 'relation') {
      relations.push(this.relation());
      terms.push(this.parseTerm());
    }
    if (relations.length > 1) return { kind: 'equations', terms, relations };
    const atom: Formula = {
      kind: relations[0] === 'eq' ? 'equals' : 'notEquals',
      left: terms[0],
      right: terms[1],
    };
    return { kind: 'formula', formula: this.parseIff(atom) };
  }

  private relation(): Relation {
    return this.labels[this.pos++] === 'eq' ? 'eq' : 'neq';
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
    this.pos++;
    return { kind: 'binary', op: 'iff', symbol, left, right: this.parseIff() };
  }

  private parseImplies(first?: Formula): Formula {
    const left = this.parseOr(first);
    const symbol = this.binary('implies');
    if (symbol === null) return left;
    this.pos++;
    return { kind: 'binary', op: 'implies', symbol, left, right: this.parseImplies() };
  }

  private parseOr(first?: Formula): Formula {
    let left = this.parseAnd(first);
    for (let symbol = this.binary('or'); symbol !== null; symbol = this.binary('or')) {
      this.pos++;
      left = { kind: 'binary', op: 'or', symbol, left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(first?: Formula): Formula {
    let left = first ?? this.parseUnary();
    for (let symbol = this.binary('and'); symbol !== null; symbol = this.binary('and')) {
      this.pos++;
      left = { kind: 'binary', op: 'and', symbol, left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): Formula {
    const label = this.labels[this.pos];
    switch (this.peek()) {
      case 'neg':
        this.pos++;
        return { kind: 'not', body: this.parseUnary() };
      case 'quantifier': {
        this.pos++;
        if (this.peek() !== 'lower') this.fail(`a variable after ${display(label)}`);
        const variable = this.labels[this.pos++];
        const quantifier = label === 'forall' ? 'forall' : 'exists';
        return { kind: 'quantifier', quantifier, variable, body: this.parseUnary() };
      }
      case 'constant':
        this.pos++;
        return { kind: 'constant', value: label === 'top' };
      case 'lparen': {
        const opened = this.pos++;
        this.open++;
        const inner = this.parseIff();
        this.close(opened, "a connective or ')'");
        return { kind: 'group', body: inner };
      }
      case 'upper': {
        this.pos++;
        const args = this.peek() === 'lparen' ? this.parseArgs() : [];
        return { kind: 'predicate', name: label, args };
      }
      case 'lower':
      case 'digit':
        return this.parseEquation();
      default:
        return this.fail(
          this.pos > 0 ? `a formula after '${display(this.labels[this.pos - 1])}'` : 'a formula',
        );
    }
  }

  private parseEquation(): Formula {
    const left = this.parseTerm();
    if (this.peek() !== 'relation') this.fail("'=' or '≠' after a term");
    const kind = this.relation() === 'eq' ? 'equals' : 'notEquals';
    return { kind, left, right: this.parseTerm() };
  }

  private parseTerm(): Term {
    const start = this.pos;
    const cat = this.peek();
    if (cat === 'digit') {
      while (this.peek() === 'digit') this.pos++;
      return { kind: 'symbol', name: this.labels.slice(start, this.pos).join('') };
    }
    if (cat !== 'lower') return this.fail('a term (a variable, constant or function)');
    this.pos++;
    const name = this.labels[start];
    if (this.peek() !== 'lparen') return { kind: 'symbol', name };
    return { kind: 'apply', name, args: this.parseArgs() };
  }

  private parseArgs(): Term[] {
    const opened = this.pos++;
    this.open++;
    const args = [this.parseTerm()];
    while (this.peek() === 'comma') {
      this.pos++;
      args.push(this.parseTerm());
    }
    this.close(opened, "',' or ')'");
    return args;
  }

  private close(opened: number, expected: string): void {
    if (this.peek() === 'rparen') {
      this.pos++;
      this.open--;
      return;
    }
    if (this.pos >= this.labels.length) {
      throw new Rejection(this.pos, `missing ')' for the '(' at symbol ${opened + 1}`);
    }
    this.fail(expected);
  }
}
