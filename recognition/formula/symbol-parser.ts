/**
 * Parses sequences of class names (one per handwritten glyph) into the formula AST, and offers
 * the same grammar as an incremental automaton so a decoder can prune hypotheses symbol by symbol.
 *
 * Grammar (tightest first: prefix ¬ and quantifiers, ∧, ∨, → ⇒, ↔ ⇔; → and ↔ associate right):
 *   iff     := implies ((↔ | ⇔) iff)?
 *   implies := or ((→ | ⇒) implies)?
 *   or      := and (∨ and)*
 *   and     := unary (∧ unary)*
 *   unary   := ¬ unary | (∀ | ∃) lower unary | ⊤ | ⊥ | '(' iff ')' | UPPER args? | term (= | ≠) term
 *   term    := lower args? | digit+
 *   args    := '(' term (',' term)* ')'
 * It is LL(1), so the recursive-descent parser fails exactly where the automaton does: at the first
 * symbol that no well-formed formula can continue with.
 */
import { symbolByName } from '../symbols.js';
import type { ParseError } from '../types.js';
import type { BinaryConnective, Formula, Term } from './ast.js';

type Category =
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

function categorise(label: string): Category {
  const info = symbolByName(label);
  if (!info) return 'unknown';
  switch (info.kind) {
    case 'quantifier':
      return 'quantifier';
    case 'connective':
      return label === 'neg' ? 'neg' : 'binary';
    case 'constant':
      return 'constant';
    case 'relation':
      return 'relation';
    case 'punctuation':
      return label === 'lparen' ? 'lparen' : label === 'rparen' ? 'rparen' : 'comma';
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
  readonly stack: Frame | null;
  /** Equal keys mean equal states: a search may keep only the best hypothesis per key. */
  readonly key: string;
}

const FRAME_KEYS = { group: 'g', predicate: 'p', function: 'f' } as const;
const CONTEXT_KEYS = { lhs: 'l', rhs: 'r', arg: 'a' } as const;

function makeState(mode: Mode, context: TermContext, stack: Frame | null): ParserState {
  const key = `${mode}${CONTEXT_KEYS[context]}|${stack ? stack.key : ''}`;
  return { mode, context, stack, key };
}

function push(stack: Frame | null, kind: Frame['kind'], context: TermContext): Frame {
  const key = (stack ? stack.key : '') + FRAME_KEYS[kind] + CONTEXT_KEYS[context];
  return { kind, context, next: stack, key };
}

const INITIAL = makeState('formula', 'lhs', null);

export function initialState(): ParserState {
  return INITIAL;
}

/** The state after `label`, or null when no well-formed formula starts with the extended prefix. */
export function advance(state: ParserState, label: string): ParserState | null {
  return step(state, categorise(label));
}

/** Whether the symbols read so far form a complete well-formed formula. */
export function canEnd(state: ParserState): boolean {
  if (state.stack !== null) return false;
  switch (state.mode) {
    case 'predicate':
    case 'formulaEnd':
      return true;
    case 'letter':
    case 'digits':
    case 'termEnd':
      return state.context === 'rhs';
    default:
      return false;
  }
}

function step(state: ParserState, cat: Category): ParserState | null {
  const { mode, context, stack } = state;
  switch (mode) {
    case 'formula':
      return startFormula(stack, cat);
    case 'variable':
      return cat === 'lower' ? makeState('formula', 'lhs', stack) : null;
    case 'predicate':
      if (cat === 'lparen') return makeState('term', 'arg', push(stack, 'predicate', 'arg'));
      return afterFormula(stack, cat);
    case 'formulaEnd':
      return afterFormula(stack, cat);
    case 'term':
      return startTerm(stack, context, cat);
    case 'letter':
      if (cat === 'lparen') return makeState('term', 'arg', push(stack, 'function', context));
      return afterTerm(stack, context, cat);
    case 'digits':
      if (cat === 'digit') return state;
      return afterTerm(stack, context, cat);
    case 'termEnd':
      return afterTerm(stack, context, cat);
  }
}

function startFormula(stack: Frame | null, cat: Category): ParserState | null {
  switch (cat) {
    case 'neg':
      return makeState('formula', 'lhs', stack);
    case 'quantifier':
      return makeState('variable', 'lhs', stack);
    case 'constant':
      return makeState('formulaEnd', 'lhs', stack);
    case 'lparen':
      return makeState('formula', 'lhs', push(stack, 'group', 'lhs'));
    case 'upper':
      return makeState('predicate', 'lhs', stack);
    default:
      return startTerm(stack, 'lhs', cat);
  }
}

function afterFormula(stack: Frame | null, cat: Category): ParserState | null {
  if (cat === 'binary') return makeState('formula', 'lhs', stack);
  if (cat === 'rparen' && stack?.kind === 'group')
    return makeState('formulaEnd', 'lhs', stack.next);
  return null;
}

function startTerm(stack: Frame | null, context: TermContext, cat: Category): ParserState | null {
  if (cat === 'lower') return makeState('letter', context, stack);
  if (cat === 'digit') return makeState('digits', context, stack);
  return null;
}

function afterTerm(stack: Frame | null, context: TermContext, cat: Category): ParserState | null {
  switch (context) {
    case 'lhs':
      return cat === 'relation' ? makeState('term', 'rhs', stack) : null;
    case 'rhs':
      return afterFormula(stack, cat);
    case 'arg':
      if (cat === 'comma') return makeState('term', 'arg', stack);
      if (cat !== 'rparen' || stack === null) return null;
      return stack.kind === 'predicate'
        ? makeState('formulaEnd', 'lhs', stack.next)
        : makeState('termEnd', stack.context, stack.next);
  }
}

// ---------------------------------------------------------------------------------------------
// The parser
// ---------------------------------------------------------------------------------------------

export type ParseResult =
  | { readonly ok: true; readonly formula: Formula }
  | { readonly ok: false; readonly error: ParseError };

class Rejection extends Error {
  constructor(
    readonly position: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseSymbols(labels: readonly string[]): ParseResult {
  try {
    return { ok: true, formula: new Parser(labels).parseAll() };
  } catch (error) {
    if (error instanceof Rejection) {
      return { ok: false, error: { position: error.position, message: error.message } };
    }
    throw error;
  }
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

  parseAll(): Formula {
    const formula = this.parseIff();
    if (this.pos < this.labels.length) this.fail('a connective');
    return formula;
  }

  private peek(): Category | null {
    return this.pos < this.labels.length ? categorise(this.labels[this.pos]) : null;
  }

  private fail(expected: string): never {
    const { labels, pos } = this;
    if (pos >= labels.length) {
      throw new Rejection(pos, `the formula ends too early: expected ${expected}`);
    }
    const label = labels[pos];
    const cat = categorise(label);
    if (cat === 'unknown') throw new Rejection(pos, `unknown symbol '${label}'`);
    if (cat === 'rparen' && this.open === 0) throw new Rejection(pos, "unbalanced ')'");
    if (cat === 'comma' && this.open === 0) {
      throw new Rejection(pos, 'a comma may only separate arguments');
    }
    throw new Rejection(pos, `expected ${expected}, found '${display(label)}'`);
  }

  private binary(op: BinaryConnective): string | null {
    if (this.peek() !== 'binary') return null;
    const label = this.labels[this.pos];
    return BINARY_OPS[label] === op ? display(label) : null;
  }

  private parseIff(): Formula {
    const left = this.parseImplies();
    const symbol = this.binary('iff');
    if (symbol === null) return left;
    this.pos++;
    return { kind: 'binary', op: 'iff', symbol, left, right: this.parseIff() };
  }

  private parseImplies(): Formula {
    const left = this.parseOr();
    const symbol = this.binary('implies');
    if (symbol === null) return left;
    this.pos++;
    return { kind: 'binary', op: 'implies', symbol, left, right: this.parseImplies() };
  }

  private parseOr(): Formula {
    let left = this.parseAnd();
    for (let symbol = this.binary('or'); symbol !== null; symbol = this.binary('or')) {
      this.pos++;
      left = { kind: 'binary', op: 'or', symbol, left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): Formula {
    let left = this.parseUnary();
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
        return inner;
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
    const kind = this.labels[this.pos++] === 'eq' ? 'equals' : 'notEquals';
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
