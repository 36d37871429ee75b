/**
 * The precedence-climbing parser shared by every text format. Formats differ only in their
 * token table, their name conventions and two details of quantifier syntax.
 */
import {
  RELATIONS as RELATION_NAMES,
  isNumeral,
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
import type { NameReader } from './names.js';
import { symbolByName } from '../symbols.js';
import { TextSyntaxError, tokenize, type Token, type TokenTable } from './text-tokenizer.js';

export type TextParseResult =
  | { readonly ok: true; readonly formula: Formula }
  | { readonly ok: false; readonly error: { readonly offset: number; readonly message: string } };

export interface TextFormat {
  readonly tokens: TokenTable;
  readonly names: NameReader;
  /** TPTP binds a bracketed list, `![X,Y]:`; the others one variable after the quantifier. */
  readonly bracketedVariables: boolean;
  /** Prover9 extends a quantifier's scope as far right as possible; the others bind like ¬. */
  readonly wideQuantifierScope: boolean;
  /** TPTP writes arithmetic and comparisons as functions and predicates, `$sum(x,1)`. */
  readonly prefixArithmetic: boolean;
  /** Unicode and LaTeX write a product's factors side by side, `2x`; the others with `*`. */
  readonly juxtaposition: boolean;
  /** Prover9's `-` is negation and minus alike; its unary minus is always `-(…)`. */
  readonly negationIsMinus: boolean;
  /** Relations written as predicates, `in(x,y)`, `$less(x,y)` (by symbol-table name). */
  readonly prefixRelations: ReadonlySet<string>;
}

interface BinaryInfo {
  readonly op: BinaryConnective;
  /** Higher binds tighter. */
  readonly precedence: number;
  readonly rightAssociative: boolean;
}

const BINARY = new Map<string, BinaryInfo>([
  ['wedge', { op: 'and', precedence: 4, rightAssociative: false }],
  ['cdot', { op: 'and', precedence: 4, rightAssociative: false }],
  ['vee', { op: 'or', precedence: 3, rightAssociative: false }],
  ['rightarrow', { op: 'implies', precedence: 2, rightAssociative: true }],
  ['Rightarrow', { op: 'implies', precedence: 2, rightAssociative: true }],
  ['supset', { op: 'implies', precedence: 2, rightAssociative: true }],
  ['leftrightarrow', { op: 'iff', precedence: 1, rightAssociative: true }],
  ['Leftrightarrow', { op: 'iff', precedence: 1, rightAssociative: true }],
  ['equiv', { op: 'iff', precedence: 1, rightAssociative: true }],
]);

const RELATIONS: ReadonlySet<string> = new Set(RELATION_NAMES);
const OPENS: Readonly<Record<string, Bracket>> = { lparen: 'paren', lbrack: 'bracket' };
const CLOSES: Readonly<Record<Bracket, string>> = { paren: 'rparen', bracket: 'rbrack' };
/** After a capital where a formula may start, these make it a term (as in symbol-parser.ts). */
const TERM_AFTER_CAPITAL: ReadonlySet<string> = new Set(['plus', 'minus', 'times', ...RELATIONS]);

/** A start of a unary formula turned out to be a formula or a term. */
type Start = { readonly formula: Formula } | { readonly term: Term };

function atom(relation: Relation, left: Term, right: Term): Formula {
  if (relation === 'eq') return { kind: 'equals', left, right };
  if (relation === 'neq') return { kind: 'notEquals', left, right };
  return { kind: 'comparison', relation, left, right };
}

/** Reads a formula from a token stream; exposed so formats can parse wrappers (TPTP `fof`). */
export class FormulaReader {
  private position = 0;
  /** Reading a whole line, which may be a term, rather than a formula. */
  private readingLine = false;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly format: TextFormat,
  ) {}

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.position + ahead, this.tokens.length - 1)];
  }

  next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.position++;
    return token;
  }

  expect(type: string, description: string): Token {
    const token = this.peek();
    if (token.type !== type) this.fail(token, `expected ${description}`);
    return this.next();
  }

  fail(token: Token, message: string): never {
    const found = token.type === 'end' ? 'the end of the input' : `'${token.text}'`;
    throw new TextSyntaxError(token.offset, `${message}, found ${found}`);
  }

  /** `first`: a unary formula already read that begins this one (an item's equation). */
  formula(minPrecedence = 1, first?: Formula): Formula {
    let left = first ?? this.unary();
    for (;;) {
      const token = this.peek();
      const info = BINARY.get(token.type);
      if (info === undefined || info.precedence < minPrecedence) return left;
      this.next();
      const right = this.formula(info.rightAssociative ? info.precedence : info.precedence + 1);
      const symbol = symbolByName(token.type)?.char ?? token.type;
      left = { kind: 'binary', op: info.op, symbol, left, right };
    }
  }

  private unary(): Formula {
    const first = this.peek();
    const start = this.start();
    if ('formula' in start) return start.formula;
    // A term with no relation after it: the word itself is what cannot stand here (`p(x)`).
    if (!this.infixRelation(this.peek().type))
      return this.fail(first, 'expected a predicate, or a relation after a term');
    return this.relationAfter(start.term);
  }

  /** A term where a formula may stand must be the left side of a relation. */
  private relationAfter(left: Term): Formula {
    const token = this.peek();
    if (!this.infixRelation(token.type))
      return this.fail(token, "expected '=' or another relation");
    this.next();
    return atom(token.type as Relation, left, this.term());
  }

  private infixRelation(type: string): boolean {
    if (type === 'eq' || type === 'neq') return true;
    return RELATIONS.has(type) && !this.format.prefixRelations.has(type);
  }

  /** `in(x,y)`, `$less(x,y)`: a relation written as a predicate. */
  private prefixRelationAhead(ahead: number): boolean {
    const type = this.peek(ahead).type;
    return this.format.prefixRelations.has(type) && this.peek(ahead + 1).type === 'lparen';
  }

  /** Where a formula may start: a unary formula, or a term (a bracket's contents decide). */
  private start(): Start {
    const token = this.peek();
    if (token.type === 'neg' || token.type === 'sim') {
      if (this.format.negationIsMinus && this.peek(1).type === 'lparen') return this.prover9Minus();
      this.next();
      const body = this.unary();
      return {
        formula: token.type === 'sim' ? { kind: 'not', body, symbol: '∼' } : { kind: 'not', body },
      };
    }
    if (token.type === 'forall' || token.type === 'exists') return { formula: this.quantified() };
    if (token.type in OPENS) {
      const opened = this.open();
      return 'term' in opened ? { term: this.sum(opened.term) } : opened;
    }
    if (token.type === 'top' || token.type === 'bot') {
      this.next();
      return { formula: { kind: 'constant', value: token.type === 'top' } };
    }
    if (this.prefixRelationAhead(0)) {
      this.next();
      const [left, right] = this.argumentList();
      if (right === undefined) return this.fail(token, 'expected two arguments');
      return { formula: atom(token.type as Relation, left, right) };
    }
    if (token.type === 'word') {
      const predicate = this.format.names.predicate(token.text);
      const termAhead = () => {
        // TPTP spells predicates and functions alike: a term is followed by = or !=.
        let ahead = 1;
        if (this.peek(1).type === 'lparen') ahead = this.closingOffset(1) + 1;
        const after = this.peek(ahead).type;
        return after === 'eq' || after === 'neq';
      };
      if (
        predicate !== null &&
        (!this.format.prefixArithmetic || !termAhead()) &&
        !this.capitalTermAhead()
      ) {
        this.next();
        const args = this.peek().type === 'lparen' ? this.argumentList() : [];
        return { formula: { kind: 'predicate', name: predicate, args } };
      }
    }
    return { term: this.term() };
  }

  /**
   * Whether the capital at hand is a term letter: a term's operator follows, or, in a line that
   * may be a term (`Sh`), another letter. In a formula, `P Q` is two formulas side by side.
   */
  private capitalTermAhead(): boolean {
    const next = this.peek(1);
    if (TERM_AFTER_CAPITAL.has(next.type) || this.isMinus(next.type)) return true;
    return (
      this.readingLine &&
      this.format.juxtaposition &&
      next.type === 'word' &&
      this.format.names.term(next.text) !== null
    );
  }

  /** Prover9's `-(…)`: negation of a formula, or minus of a term. */
  private prover9Minus(): Start {
    this.next();
    const opened = this.open();
    if ('formula' in opened) {
      const f = opened.formula;
      // `-(G) + Y`: a capital alone in the brackets is a term when a term's operator follows.
      const capital = f.kind === 'group' && f.body.kind === 'predicate' && f.body.args.length === 0;
      const next = this.peek().type;
      if (capital && (TERM_AFTER_CAPITAL.has(next) || this.isMinus(next)))
        return {
          term: this.sum({ kind: 'negative', body: { kind: 'symbol', name: f.body.name } }),
        };
      return { formula: { kind: 'not', body: f } };
    }
    const inner = opened.term;
    const body = inner.kind === 'termGroup' ? inner.body : inner;
    return { term: this.sum({ kind: 'negative', body }) };
  }

  /** The offset of the ')' matching the '(' at `ahead`. */
  private closingOffset(ahead: number): number {
    let depth = 0;
    for (let k = ahead; ; k++) {
      const type = this.peek(k).type;
      if (type === 'lparen') depth++;
      if (type === 'rparen') depth--;
      if (depth === 0 || type === 'end') return k;
    }
  }

  private quantified(): Formula {
    const token = this.next();
    const quantifier = token.type === 'forall' ? 'forall' : 'exists';
    const variables = this.binder();
    const dot = !this.format.bracketedVariables && this.peek().type === 'dot';
    if (dot) this.next();
    const body = this.format.wideQuantifierScope ? this.formula() : this.unary();
    return variables.reduceRight<Formula>(
      (inner, variable) =>
        dot && inner === body
          ? { kind: 'quantifier', quantifier, variable, body: inner, dot }
          : { kind: 'quantifier', quantifier, variable, body: inner },
      body,
    );
  }

  /** A bracket where a formula may start; a term inside comes back as its term group. */
  private open(): Start {
    const token = this.next();
    const bracket = OPENS[token.type];
    const inner = this.start();
    if ('term' in inner && !this.infixRelation(this.peek().type)) {
      this.expect(CLOSES[bracket], `'${bracket === 'paren' ? ')' : ']'}'`);
      return { term: { kind: 'termGroup', bracket, body: inner.term } };
    }
    const first = 'formula' in inner ? inner.formula : this.relationAfter(inner.term);
    const body = this.formula(1, first);
    this.expect(CLOSES[bracket], `'${bracket === 'paren' ? ')' : ']'}'`);
    return {
      formula: bracket === 'paren' ? { kind: 'group', body } : { kind: 'group', body, bracket },
    };
  }

  private binder(): string[] {
    if (!this.format.bracketedVariables) return [this.variable()];
    this.expect('lbracket', "'['");
    const variables = [this.typedVariable()];
    while (this.peek().type === 'comma') {
      this.next();
      variables.push(this.typedVariable());
    }
    this.expect('rbracket', "']'");
    this.expect('colon', "':'");
    return variables;
  }

  /** TPTP's `X` or, in tff, `X: $int`. */
  private typedVariable(): string {
    const variable = this.variable();
    if (this.peek().type === 'colon' && this.peek(1).type === 'type') {
      this.next();
      this.next();
    }
    return variable;
  }

  private variable(): string {
    const word = this.expect('word', 'a variable');
    return this.format.names.variable(word.text) ?? this.fail(word, 'expected a variable');
  }

  /** A line: formulas, terms, chains, sets of formulas, in a list or a sequent. */
  line(): Line {
    this.readingLine = true;
    if (this.format.bracketedVariables && this.peek().type === 'lbracket')
      return this.tptpSequent();
    const turnstile = (): Turnstile | null => {
      const type = this.peek().type;
      return type === 'vdash' || type === 'models' ? type : null;
    };
    const first = turnstile();
    if (first !== null) {
      this.next();
      return { kind: 'sequent', turnstile: first, premises: [], conclusions: this.items() };
    }
    const items = this.items();
    const middle = turnstile();
    if (middle !== null) {
      this.next();
      return { kind: 'sequent', turnstile: middle, premises: items, conclusions: this.items() };
    }
    return items.length === 1 ? items[0] : { kind: 'list', items };
  }

  private items(): LineItem[] {
    const items = [this.item()];
    while (this.peek().type === 'comma') {
      this.next();
      items.push(this.item());
    }
    return items;
  }

  /** TPTP's `[p, q] --> [r]`, read as a sequent with ⊢. */
  private tptpSequent(): Line {
    const tuple = (): LineItem[] => {
      this.expect('lbracket', "'['");
      const items = this.peek().type === 'rbracket' ? [] : this.items();
      this.expect('rbracket', "']'");
      return items;
    };
    const premises = tuple();
    if (this.peek().type !== 'sequent') {
      return { kind: 'formulaSet', formulas: premises.map((i) => this.formulaOf(i)) };
    }
    this.next();
    return { kind: 'sequent', turnstile: 'vdash', premises, conclusions: tuple() };
  }

  private formulaOf(item: LineItem): Formula {
    if (item.kind === 'formula') return item.formula;
    return this.fail(this.peek(), 'expected formulas in a set');
  }

  private item(): LineItem {
    if (this.peek().type === 'lbrace') return this.formulaSet();
    if (this.format.bracketedVariables && this.peek().type === 'lbracket') {
      this.next();
      const formulas = this.peek().type === 'rbracket' ? [] : [this.formula()];
      while (this.peek().type === 'comma') {
        this.next();
        formulas.push(this.formula());
      }
      this.expect('rbracket', "']'");
      return { kind: 'formulaSet', formulas };
    }
    const start = this.start();
    if ('formula' in start) return { kind: 'formula', formula: this.formula(1, start.formula) };
    const first = start.term;
    if (!this.infixRelation(this.peek().type)) {
      const after = this.peek().type;
      if (after === 'end' || after === 'comma' || after === 'vdash' || after === 'models')
        return { kind: 'term', term: first };
      return this.fail(this.peek(), "expected '=' or another relation after a term");
    }
    const terms: Term[] = [first];
    const relations: Relation[] = [];
    while (this.infixRelation(this.peek().type)) {
      relations.push(this.next().type as Relation);
      terms.push(this.term());
    }
    if (relations.length > 1) return { kind: 'equations', terms, relations };
    return { kind: 'formula', formula: this.formula(1, atom(relations[0], terms[0], terms[1])) };
  }

  private formulaSet(): LineItem {
    this.next();
    const formulas: Formula[] = [];
    if (this.peek().type !== 'rbrace') {
      formulas.push(this.formula());
      while (this.peek().type === 'comma') {
        this.next();
        formulas.push(this.formula());
      }
    }
    this.expect('rbrace', "'}'");
    return { kind: 'formulaSet', formulas };
  }

  private argumentList(): Term[] {
    this.expect('lparen', "'('");
    const args = [this.term()];
    while (this.peek().type === 'comma') {
      this.next();
      args.push(this.term());
    }
    this.expect('rparen', "')' or ','");
    return args;
  }

  private term(): Term {
    return this.sum();
  }

  private isMinus(type: string): boolean {
    return type === 'minus' || (this.format.negationIsMinus && type === 'neg');
  }

  /** `first`: a factor already read (a bracket that held a term). */
  private sum(first?: Term): Term {
    if (this.format.prefixArithmetic) return first ?? this.factor(true);
    let left = this.signed(first);
    for (;;) {
      const type = this.peek().type;
      if (type !== 'plus' && !this.isMinus(type)) return left;
      this.next();
      left = {
        kind: 'arithmetic',
        op: type === 'plus' ? 'plus' : 'minus',
        left,
        right: this.signed(),
      };
    }
  }

  private signed(first?: Term): Term {
    if (first === undefined && this.isMinus(this.peek().type)) {
      this.next();
      if (this.format.negationIsMinus) {
        const group = this.factor(false);
        return { kind: 'negative', body: group.kind === 'termGroup' ? group.body : group };
      }
      return { kind: 'negative', body: this.signed() };
    }
    return this.product(first);
  }

  private product(first?: Term): Term {
    const factors = [first ?? this.factor(true)];
    for (;;) {
      const token = this.peek();
      if (this.format.juxtaposition) {
        const last = factors[factors.length - 1];
        const letter =
          token.type === 'word' &&
          this.format.names.term(token.text) !== null &&
          !isNumeral(token.text);
        const bracket =
          token.type in OPENS && !(last.kind === 'symbol' && takesNoBracket(last.name));
        if (!letter && !bracket) break;
        factors.push(this.factor(false));
      } else {
        if (token.type !== 'times') break;
        this.next();
        factors.push(this.factor(true));
      }
    }
    return factors.length === 1 ? factors[0] : { kind: 'product', factors };
  }

  /** `leading`: a letter followed by '(' is a function applied to arguments. */
  private factor(leading: boolean): Term {
    const token = this.peek();
    if (token.type in OPENS) {
      this.next();
      const bracket = OPENS[token.type];
      const body = this.term();
      this.expect(CLOSES[bracket], `'${bracket === 'paren' ? ')' : ']'}'`);
      return { kind: 'termGroup', bracket, body };
    }
    if (token.type === 'lbrace') {
      this.next();
      const items = this.peek().type === 'rbrace' ? [] : this.listOfTerms();
      this.expect('rbrace', "'}'");
      return { kind: 'set', items };
    }
    if (this.format.prefixArithmetic) {
      const prefix = this.prefixOperation(token);
      if (prefix !== null) return prefix;
    }
    const word = this.expect('word', 'a term');
    const setSize = /^set([0-9]+)$/.exec(word.text);
    if (setSize !== null) {
      const items = setSize[1] === '0' ? [] : this.argumentList();
      return { kind: 'set', items };
    }
    const args = leading && this.peek().type === 'lparen' ? this.argumentList() : null;
    return this.termFrom(word, args);
  }

  private listOfTerms(): Term[] {
    const items = [this.term()];
    while (this.peek().type === 'comma') {
      this.next();
      items.push(this.term());
    }
    return items;
  }

  /** TPTP's `$sum(a,b)`, `$difference`, `$uminus`, `$product` (left-nested products flatten). */
  private prefixOperation(token: Token): Term | null {
    const kind = token.type;
    if (kind !== 'plus' && kind !== 'minus' && kind !== 'uminus' && kind !== 'times') return null;
    this.next();
    const args = this.argumentList();
    if (kind === 'uminus')
      return args.length === 1
        ? { kind: 'negative', body: args[0] }
        : this.fail(token, 'expected one argument');
    if (args.length !== 2) return this.fail(token, 'expected two arguments');
    const [left, right] = args;
    if (kind !== 'times') return { kind: 'arithmetic', op: kind, left, right };
    const factors = left.kind === 'product' ? [...left.factors, right] : [left, right];
    return { kind: 'product', factors };
  }

  private termFrom(word: Token, args: readonly Term[] | null): Term {
    if (args === null) {
      const name = this.format.names.term(word.text);
      return name === null ? this.fail(word, 'expected a term') : { kind: 'symbol', name };
    }
    const name = this.format.names.func(word.text);
    return name === null ? this.fail(word, 'expected a function') : { kind: 'apply', name, args };
  }
}

type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly offset: number; readonly message: string } };

function read<T>(text: string, format: TextFormat, what: (reader: FormulaReader) => T): Parsed<T> {
  try {
    const reader = new FormulaReader(tokenize(text, format.tokens), format);
    const value = what(reader);
    reader.expect('end', 'the end of the formula');
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof TextSyntaxError)) throw error;
    return { ok: false, error: { offset: error.offset, message: error.message } };
  }
}

export function parseText(
  text: string,
  format: TextFormat,
  readFormula: (reader: FormulaReader) => Formula = (reader) => reader.formula(),
): TextParseResult {
  const parsed = read(text, format, readFormula);
  return parsed.ok ? { ok: true, formula: parsed.value } : parsed;
}

export type TextLineResult =
  | { readonly ok: true; readonly line: Line }
  | { readonly ok: false; readonly error: { readonly offset: number; readonly message: string } };

/** A whole line of text: a formula, a term, an equation chain or a list (see `FormulaReader.line`). */
export function parseTextLine(text: string, format: TextFormat): TextLineResult {
  const parsed = read(text, format, (reader) => reader.line());
  return parsed.ok ? { ok: true, line: parsed.value } : parsed;
}
