/**
 * Splits formula text into tokens by a per-format table. Token types are symbol-table names
 * (`forall`, `wedge`, `lparen`, …) plus `word` (a name), a few TPTP punctuation types and `end`.
 */

export interface Token {
  readonly type: string;
  readonly text: string;
  /** Character offset of the token in the input. */
  readonly offset: number;
}

export interface TokenTable {
  /** Operator and punctuation spellings; the longest one that matches wins. */
  readonly symbols: ReadonlyMap<string, string>;
  /** Whole words with a meaning of their own; null marks words to skip (LaTeX spacing). */
  readonly keywords: ReadonlyMap<string, string | null>;
  /** One word, e.g. a single letter in Unicode (`∀xP` has no spaces) or a run in ASCII. */
  readonly word: RegExp;
}

/** A syntax error at a character offset; the parser turns it into an error result. */
export class TextSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function longestSymbol(text: string, at: number, table: TokenTable): string | null {
  let best: string | null = null;
  for (const spelling of table.symbols.keys()) {
    if (text.startsWith(spelling, at) && (best === null || spelling.length > best.length)) {
      best = spelling;
    }
  }
  return best;
}

export function tokenize(text: string, table: TokenTable): Token[] {
  const word = new RegExp(table.word.source, 'y');
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    if (/\s/.test(text[at])) {
      at++;
      continue;
    }
    const symbol = longestSymbol(text, at, table);
    if (symbol !== null) {
      tokens.push({ type: table.symbols.get(symbol) ?? 'word', text: symbol, offset: at });
      at += symbol.length;
      continue;
    }
    word.lastIndex = at;
    const match = word.exec(text);
    if (match === null) throw new TextSyntaxError(at, `unexpected character '${text[at]}'`);
    const keyword = table.keywords.get(match[0]);
    if (keyword !== null) tokens.push({ type: keyword ?? 'word', text: match[0], offset: at });
    at += match[0].length;
  }
  tokens.push({ type: 'end', text: '', offset: text.length });
  return tokens;
}
