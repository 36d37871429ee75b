/**
 * Parsers of the exported text formats, so that exports can be read back (and tested by round
 * trips). Each format is a token table over the shared parser in `text-parser.ts`; the tables
 * come from the same spellings the exporters use, plus common aliases.
 */
import type { Formula } from './ast.js';
import { AS_WRITTEN_READER } from './names.js';
import { LOGIC_SYMBOL_NAMES, spell, type Column } from './spelling.js';
import {
  FormulaReader,
  parseText,
  parseTextLine,
  type TextFormat,
  type TextLineResult,
  type TextParseResult,
} from './text-parser.js';
import type { TokenTable } from './text-tokenizer.js';
import { PROVER9_NAME_READER } from './prover9-names.js';
import { TPTP_NAME_READER } from './tptp-names.js';

export type { TextLineResult, TextParseResult } from './text-parser.js';

/** The formats Inkform exports formulas to and reads them back from. */
export type TextFormatName = 'unicode' | 'latex' | 'tptp' | 'prover9' | 'ascii';

type FormulaParser = (text: string) => TextParseResult;

/**
 * Spellings that match the word pattern become keywords, the rest symbols. The first spelling
 * of a token wins, so where a format writes → and ⇒ (and ⊃) alike it reads back →.
 */
function tokenTable(
  column: Column,
  word: RegExp,
  aliases: Readonly<Record<string, string | null>> = {},
): TokenTable {
  const wholeWord = new RegExp(`^(?:${word.source})$`);
  const symbols = new Map<string, string>();
  const keywords = new Map<string, string | null>();
  // A format's own aliases come first: TPTP's ':' is its quantifier colon before it is a dot.
  const entries: [string, string | null][] = [
    ...Object.entries(aliases),
    ...LOGIC_SYMBOL_NAMES.map((name): [string, string] => [spell(column, name), name]),
  ];
  for (const [spelling, type] of entries) {
    if (wholeWord.test(spelling)) {
      if (!keywords.has(spelling)) keywords.set(spelling, type);
    } else if (type !== null && !symbols.has(spelling)) {
      symbols.set(spelling, type);
    }
  }
  return { symbols, keywords, word };
}

/** Runs of letters (and digits) form one word in the formats that separate words by spaces. */
const SPACED_WORD = /[0-9]+\.[0-9]+|[A-Za-z0-9_]+/;
/** Unicode and LaTeX write `∀xP(x)`, `xy`: each letter is its own token, digit runs are one. */
const LETTER_WORD = /[A-Za-z]|[0-9]+(?:\.[0-9]+)?/;

const TIGHT_QUANTIFIERS = { bracketedVariables: false, wideQuantifierScope: false };
/** How the formats that write arithmetic as people do read it. */
const INFIX = {
  prefixArithmetic: false,
  negationIsMinus: false,
  prefixRelations: new Set<string>(),
};

const UNICODE: TextFormat = {
  // A hyphen typed for − reads as −.
  tokens: tokenTable('char', LETTER_WORD, { '-': 'minus' }),
  names: AS_WRITTEN_READER,
  ...TIGHT_QUANTIFIERS,
  ...INFIX,
  juxtaposition: true,
};

const LATEX: TextFormat = {
  tokens: tokenTable('latex', new RegExp(`\\\\[A-Za-z]+|\\\\[^A-Za-z]|${LETTER_WORD.source}`), {
    '\\lnot': 'neg',
    '\\land': 'wedge',
    '\\lor': 'vee',
    '\\rightarrow': 'rightarrow',
    '\\implies': 'Rightarrow',
    '\\iff': 'Leftrightarrow',
    '\\ne': 'neq',
    '\\le': 'leq',
    '\\ge': 'geq',
    '\\lbrace': 'lbrace',
    '\\rbrace': 'rbrace',
    // Spacing and sizing commands carry no meaning here.
    '\\,': null,
    '\\;': null,
    '\\:': null,
    '\\!': null,
    '\\ ': null,
    '\\quad': null,
    '\\qquad': null,
    '\\left': null,
    '\\right': null,
  }),
  names: AS_WRITTEN_READER,
  ...TIGHT_QUANTIFIERS,
  ...INFIX,
  juxtaposition: true,
};

const TPTP: TextFormat = {
  // `'A'`: a constant that starts with a capital (see tptp-names.ts).
  tokens: tokenTable('tptp', new RegExp(`'[A-Z]'|${SPACED_WORD.source}`), {
    '[': 'lbracket',
    ']': 'rbracket',
    ':': 'colon',
    '.': 'period',
    '-->': 'sequent',
    $uminus: 'uminus',
    $product: 'times',
    $int: 'type',
    $real: 'type',
    // Type declarations: `p: ($int * $int) > $o`.
    $o: 'type',
    $i: 'type',
    '*': 'star',
    '>': 'mapsto',
  }),
  names: TPTP_NAME_READER,
  bracketedVariables: true,
  wideQuantifierScope: false,
  prefixArithmetic: true,
  juxtaposition: false,
  negationIsMinus: false,
  prefixRelations: new Set(['lt', 'gt', 'leq', 'geq', 'in']),
};

const PROVER9: TextFormat = {
  tokens: tokenTable('prover9', SPACED_WORD, { '*': 'times' }),
  names: PROVER9_NAME_READER,
  bracketedVariables: false,
  wideQuantifierScope: true,
  prefixArithmetic: false,
  juxtaposition: false,
  negationIsMinus: true,
  prefixRelations: new Set(['in']),
};

const ASCII: TextFormat = {
  tokens: tokenTable('ascii', SPACED_WORD, { '*': 'times' }),
  names: AS_WRITTEN_READER,
  ...TIGHT_QUANTIFIERS,
  ...INFIX,
  juxtaposition: false,
};

export function parseUnicode(text: string): TextParseResult {
  return parseText(text, UNICODE);
}

/** A line of Unicode text, which may also be a term, an equation chain or a list. */
export function parseUnicodeLine(text: string): TextLineResult {
  return parseTextLine(text, UNICODE);
}

/** A whole line in any format: a sequent, a set of formulas, a list … (see `FormulaReader.line`). */
export function parseLine(text: string, format: TextFormatName): TextLineResult {
  return parseTextLine(
    text,
    { unicode: UNICODE, latex: LATEX, tptp: TPTP, prover9: PROVER9, ascii: ASCII }[format],
  );
}

export function parseLatex(text: string): TextParseResult {
  return parseText(text, LATEX);
}

/** Accepts a bare formula or an annotated `fof(name, role, formula).` / `tff(…).` line. */
export function parseTptp(text: string): TextParseResult {
  return parseText(text, TPTP, readTptp);
}

export function parseProver9(text: string): TextParseResult {
  return parseText(text, PROVER9);
}

export function parseAscii(text: string): TextParseResult {
  return parseText(text, ASCII);
}

/** Each format's formula parser, for callers that choose the format at run time. */
export const FORMULA_PARSERS: Readonly<Record<TextFormatName, FormulaParser>> = {
  unicode: parseUnicode,
  latex: parseLatex,
  tptp: parseTptp,
  prover9: parseProver9,
  ascii: parseAscii,
};

/** Whether a `tff(name, type, …)` declaration comes next. */
function typeDeclarationAhead(reader: FormulaReader): boolean {
  return (
    reader.peek().text === 'tff' &&
    reader.peek(1).type === 'lparen' &&
    reader.peek(3).type === 'comma' &&
    reader.peek(4).text === 'type'
  );
}

/** `tff(p_type, type, p: ($int * $int) > $o).`: checked, and passed over. */
function skipTypeDeclaration(reader: FormulaReader): void {
  for (let k = 0; k < 5; k++) reader.next();
  reader.expect('comma', "','");
  // `in` is a keyword of the token table, and a predicate here.
  if (reader.peek().type === 'in') reader.next();
  else reader.expect('word', 'a symbol to declare');
  reader.expect('colon', "':'");
  if (reader.peek().type === 'lparen') {
    reader.next();
    reader.expect('type', 'a type');
    while (reader.peek().type === 'star') {
      reader.next();
      reader.expect('type', 'a type');
    }
    reader.expect('rparen', "')'");
    reader.expect('mapsto', "'>'");
  } else if (reader.peek(1).type === 'mapsto') {
    reader.expect('type', 'a type');
    reader.next();
  }
  reader.expect('type', 'a type');
  reader.expect('rparen', "')'");
  reader.expect('period', "'.'");
}

/** A formula, bare or annotated (`fof(f1, axiom, …).`), after any tff type declarations. */
function readTptp(reader: FormulaReader): Formula {
  while (typeDeclarationAhead(reader)) skipTypeDeclaration(reader);
  const start = reader.peek();
  const language = start.text === 'fof' || start.text === 'tff';
  if (start.type !== 'word' || !language || reader.peek(1).type !== 'lparen') {
    return reader.formula();
  }
  reader.next();
  reader.next();
  reader.expect('word', 'a formula name');
  reader.expect('comma', "','");
  reader.expect('word', 'a formula role');
  reader.expect('comma', "','");
  const formula = reader.formula();
  reader.expect('rparen', "')'");
  if (reader.peek().type === 'period') reader.next();
  return formula;
}
