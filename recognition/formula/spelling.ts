/**
 * How each text format spells the logical symbols. The symbol table is the single source; the
 * exporters and the text parsers both read it through here so that they cannot drift apart.
 */
import { SYMBOLS, symbolByName, type SymbolInfo } from '../symbols.js';

export type Column = 'char' | 'latex' | 'tptp' | 'prover9' | 'ascii';

/**
 * The symbol table's ASCII spelling of ⊤/⊥ is `T`/`F`, which are also predicate letters; in
 * formulas we need the two to be distinguishable, so ASCII formulas spell them as words.
 */
const OVERRIDES: Partial<Record<Column, Readonly<Record<string, string>>>> = {
  ascii: { top: 'true', bot: 'false' },
};

const LOGIC_KINDS: ReadonlySet<SymbolInfo['kind']> = new Set([
  'quantifier',
  'connective',
  'constant',
  'relation',
  'punctuation',
  'operator',
  'turnstile',
]);

/** Names of the symbols that are not letters or digits (forall, neg, wedge, plus, lparen, …). */
export const LOGIC_SYMBOL_NAMES: readonly string[] = SYMBOLS.filter((s) =>
  LOGIC_KINDS.has(s.kind),
).map((s) => s.name);

/**
 * Whether exports keep the writer's notation (textbook ∼ ⊃ ≡ ·, a quantifier's dot) or write
 * the standard one (¬ → ↔ ∧). Formats without a spelling of their own for a textbook symbol
 * (TPTP, Prover9, ASCII) write the standard one either way.
 */
export const NOTATION_STYLES = ['as-written', 'standard'] as const;
export type NotationStyle = (typeof NOTATION_STYLES)[number];

/** The symbol-table names of the textbook connectives, by the standard one each stands for. */
const TEXTBOOK: Readonly<Record<string, string>> = {
  '⊃': 'supset',
  supset: 'supset',
  '≡': 'equiv',
  equiv: 'equiv',
  '·': 'cdot',
  cdot: 'cdot',
};

export function spell(column: Column, name: string): string {
  const override = OVERRIDES[column]?.[name];
  if (override !== undefined) return override;
  const info = symbolByName(name);
  if (info === undefined) throw new Error(`unknown symbol name: ${name}`);
  return info[column];
}

/** The symbol-table name of a binary connective as recorded in the AST's `symbol` field. */
export function connectiveName(
  op: 'and' | 'or' | 'implies' | 'iff',
  symbol: string,
  style: NotationStyle = 'as-written',
): string {
  const textbook = TEXTBOOK[symbol];
  if (textbook !== undefined && style === 'as-written') return textbook;
  switch (op) {
    case 'and':
      return 'wedge';
    case 'or':
      return 'vee';
    // The recogniser may record either the glyph or the class name of the double arrow.
    case 'implies':
      return symbol === '⇒' || symbol === 'Rightarrow' ? 'Rightarrow' : 'rightarrow';
    case 'iff':
      return symbol === '⇔' || symbol === 'Leftrightarrow' ? 'Leftrightarrow' : 'leftrightarrow';
  }
}
