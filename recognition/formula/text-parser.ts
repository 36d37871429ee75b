/**
 * The precedence-climbing parser shared by every text format. Formats differ only in their
 * token table, their name conventions and two details of quantifier syntax.
 */
import type { BinaryConnective, Formula, Line, LineItem, Relation, Term } from './ast.js';
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
}

interface BinaryInfo {
  readonly op: BinaryConnective;
  /** Higher binds tighter. */
  readonly precedence: number;
  readonly rightAssociative: boolean;
}

const BINARY = new Map<string, BinaryInfo>([
  ['wedge', { op: 'and', precedence: 4, rightAssociative: false }],
  ['vee', { op: 'or', precedence: 3, rightAssociative: false }],
  ['rightarrow', { op: 'implies', precedence: 2, rightAssociative: true }],
  ['Rightarrow', { op: 'implies', precedence: 2, rightAssociative: true }],
  ['leftrightarrow', { op: 'iff', precedence: 1, rightAssociative: true }],
  ['Leftrightarrow', { op: 'iff', precedence: 1, rightAssociative: true }],
]);

/** Reads a formula from a token stream; exposed so formats can parse wrappers (TPTP `fof`). */
export class FormulaReader {
  private position = 0;

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
    const token = this.peek();
    if (token.type === 'neg') {
      this.next();
      return { kind: 'not', body: this.unary() };
    }
    if (token.type === 'forall' || token.type === 'exists') {
      this.next();
      const quantifier = token.type === 'forall' ? 'forall' : 'exists';
      const variables = this.binder();
      const body = this.format.wideQuantifierScope ? this.formula() : this.unary();
      return variables.reduceRight<Formula>(
        (inner, variable) => ({ kind: 'quantifier', quantifier, variable, body: inner }),
        body,
      );
    }
    return this.primary();
  }

  private binder(): string[] {
    if (!this.format.bracketedVariables) return [this.variable()];
    this.expect('lbracket', "'['");
    const variables = [this.variable()];
    while (this.peek().type === 'comma') {
      this.next();
      variables.push(this.variable());
    }
    this.expect('rbracket', "']'");
    this.expect('colon', "':'");
    return variables;
  }

  private variable(): string {
    const word = this.expect('word', 'a variable');
    return this.format.names.variable(word.text) ?? this.fail(word, 'expected a variable');
  }

  private primary(): Formula {
    const token = this.peek();
    switch (token.type) {
      case 'lparen': {
        this.next();
        const inner = this.formula();
        this.expect('rparen', "')'");
        return { kind: 'group', body: inner };
      }
      case 'top':
      case 'bot':
        this.next();
        return { kind: 'constant', value: token.type === 'top' };
      case 'word':
        return this.atom();
      default:
        return this.fail(token, 'expected a formula');
    }
  }

  /** A line: a formula, a term, a chain of equations, or a comma-separated list of them. */
  line(): Line {
    const items = [this.item()];
    while (this.peek().type === 'comma') {
      this.next();
      items.push(this.item());
    }
    return items.length === 1 ? items[0] : { kind: 'list', items };
  }

  private item(): LineItem {
    const word = this.peek();
    const relationAhead = (type: string) => type === 'eq' || type === 'neq';
    if (word.type !== 'word' || this.format.names.predicate(word.text) !== null)
      return { kind: 'formula', formula: this.formula() };
    this.next();
    const args = this.peek().type === 'lparen' ? this.argumentList() : null;
    const first = this.termFrom(word, args);
    if (!relationAhead(this.peek().type)) {
      const after = this.peek().type;
      if (after === 'end' || after === 'comma') return { kind: 'term', term: first };
      return this.fail(this.peek(), "expected '=' or '≠' after a term");
    }
    const terms: Term[] = [first];
    const relations: Relation[] = [];
    while (relationAhead(this.peek().type)) {
      relations.push(this.next().type === 'eq' ? 'eq' : 'neq');
      terms.push(this.term());
    }
    if (relations.length > 1) return { kind: 'equations', terms, relations };
    const atom: Formula = {
      kind: relations[0] === 'eq' ? 'equals' : 'notEquals',
      left: terms[0],
      right: terms[1],
    };
    return { kind: 'formula', formula: this.formula(1, atom) };
  }

  /** A predicate, or an equation when the first word turns out to start a term. */
  private atom(): Formula {
    const word = this.next();
    const args = this.peek().type === 'lparen' ? this.argumentList() : null;
    const relation = this.peek().type;
    if (relation === 'eq' || relation === 'neq') {
      const left = this.termFrom(word, args);
      this.next();
      const right = this.term();
      return { kind: relation === 'eq' ? 'equals' : 'notEquals', left, right };
    }
    const name = this.format.names.predicate(word.text);
    if (name === null) return this.fail(word, 'expected a predicate or an equation');
    return { kind: 'predicate', name, args: args ?? [] };
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
    const word = this.expect('word', 'a term');
    const args = this.peek().type === 'lparen' ? this.argumentList() : null;
    return this.termFrom(word, args);
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
