/**
 * The one canonical symbol table. Every other module (training data, classifier, decoder,
 * exports) refers to symbols by `name`, the class name used by the shared data sets.
 */

export type SymbolKind =
  | 'quantifier'
  | 'connective'
  | 'constant'
  | 'relation'
  | 'punctuation'
  | 'lower'
  | 'upper'
  | 'digit'
  /** Arithmetic: + and −. */
  | 'operator'
  /** ⊢ and ⊨, between the premises and the conclusion of a sequent. */
  | 'turnstile';

export interface SymbolInfo {
  /** Class id: the index of the symbol in `SYMBOLS` and in the default model's output. */
  readonly id: number;
  /** Canonical class name, as in the shared data and in ImageFolder trees. */
  readonly name: string;
  readonly char: string;
  readonly latex: string;
  /** TPTP spelling of the symbol itself; letters are mapped by role (variable/functor) on export. */
  readonly tptp: string;
  readonly prover9: string;
  readonly ascii: string;
  readonly kind: SymbolKind;
}

type Row = readonly [
  name: string,
  char: string,
  latex: string,
  tptp: string,
  prover9: string,
  ascii: string,
  kind: SymbolKind,
];

const LOGIC_ROWS: readonly Row[] = [
  ['forall', '∀', '\\forall', '!', 'all', 'forall', 'quantifier'],
  ['exists', '∃', '\\exists', '?', 'exists', 'exists', 'quantifier'],
  ['neg', '¬', '\\neg', '~', '-', '~', 'connective'],
  ['wedge', '∧', '\\wedge', '&', '&', '&', 'connective'],
  ['vee', '∨', '\\vee', '|', '|', '|', 'connective'],
  ['rightarrow', '→', '\\to', '=>', '->', '->', 'connective'],
  ['leftrightarrow', '↔', '\\leftrightarrow', '<=>', '<->', '<->', 'connective'],
  ['top', '⊤', '\\top', '$true', '$T', 'T', 'constant'],
  ['bot', '⊥', '\\bot', '$false', '$F', 'F', 'constant'],
  ['Rightarrow', '⇒', '\\Rightarrow', '=>', '->', '=>', 'connective'],
  ['Leftrightarrow', '⇔', '\\Leftrightarrow', '<=>', '<->', '<=>', 'connective'],
  ['neq', '≠', '\\neq', '!=', '!=', '!=', 'relation'],
  ['eq', '=', '=', '=', '=', '=', 'relation'],
  ['lparen', '(', '(', '(', '(', '(', 'punctuation'],
  ['rparen', ')', ')', ')', ')', ')', 'punctuation'],
  ['comma', ',', ',', ',', ',', ',', 'punctuation'],
];

/**
 * The classes the shared data gained on 2026-12-04: the paper's arithmetic and the notation of
 * logic textbooks (∼ ⊃ ≡ · for ¬ → ↔ ∧). They follow the digits, as in the data's canonical
 * order, so the ids of the first 78 classes and of models trained on them stay valid.
 */
const NOTATION_ROWS: readonly Row[] = [
  ['plus', '+', '+', '$sum', '+', '+', 'operator'],
  ['minus', '−', '-', '$difference', '-', '-', 'operator'],
  ['lt', '<', '<', '$less', '<', '<', 'relation'],
  ['gt', '>', '>', '$greater', '>', '>', 'relation'],
  ['sim', '∼', '\\sim', '~', '-', '~', 'connective'],
  ['supset', '⊃', '\\supset', '=>', '->', '->', 'connective'],
  ['equiv', '≡', '\\equiv', '<=>', '<->', '<->', 'connective'],
  ['cdot', '·', '\\cdot', '&', '&', '&', 'connective'],
  ['vdash', '⊢', '\\vdash', '|-', '|-', '|-', 'turnstile'],
  ['models', '⊨', '\\models', '|=', '|=', '|=', 'turnstile'],
  ['lbrack', '[', '[', '(', '(', '[', 'punctuation'],
  ['rbrack', ']', ']', ')', ')', ']', 'punctuation'],
  ['lbrace', '{', '\\{', '{', '{', '{', 'punctuation'],
  ['rbrace', '}', '\\}', '}', '}', '}', 'punctuation'],
  ['leq', '≤', '\\leq', '$lesseq', '<=', '<=', 'relation'],
  ['geq', '≥', '\\geq', '$greatereq', '>=', '>=', 'relation'],
  ['in', '∈', '\\in', 'in', 'in', 'in', 'relation'],
  ['dot', '.', '.', ':', '.', '.', 'punctuation'],
];

function letterRows(): Row[] {
  const rows: Row[] = [];
  for (const [from, kind] of [
    ['a', 'lower'],
    ['A', 'upper'],
  ] as const) {
    for (let i = 0; i < 26; i++) {
      const c = String.fromCharCode(from.charCodeAt(0) + i);
      rows.push([c, c, c, c, c, c, kind]);
    }
  }
  for (let d = 0; d <= 9; d++) rows.push([`${d}`, `${d}`, `${d}`, `${d}`, `${d}`, `${d}`, 'digit']);
  return rows;
}

export const SYMBOLS: readonly SymbolInfo[] = [
  ...LOGIC_ROWS,
  ...letterRows(),
  ...NOTATION_ROWS,
].map(([name, char, latex, tptp, prover9, ascii, kind], id) =>
  Object.freeze({ id, name, char, latex, tptp, prover9, ascii, kind }),
);

export const SYMBOL_NAMES: readonly string[] = SYMBOLS.map((s) => s.name);

/** The classes added with the 2026-12-04 data: arithmetic and textbook notation. */
export const NOTATION_SYMBOL_NAMES: readonly string[] = NOTATION_ROWS.map(([name]) => name);

/**
 * A model's class for ink that is not one symbol: half a symbol, or two symbols taken together.
 * It is never a reading of a glyph; the recogniser weighs groupings of strokes and pieces of ink
 * by it, so that a fragment cannot pass for the symbol it resembles.
 */
export const NOT_A_SYMBOL = 'not-a-symbol';

/**
 * Classes that look alike once each glyph is scaled to the same size. Only context (size relative
 * to the line, grammatical role) can tell them apart, so evaluation also reports accuracy with each
 * group merged into one class.
 */
export const LOOKALIKE_GROUPS: readonly (readonly string[])[] = [
  ['c', 'C'],
  ['k', 'K'],
  ['o', 'O', '0'],
  ['p', 'P'],
  ['s', 'S'],
  ['v', 'V', 'vee'],
  ['w', 'W'],
  ['x', 'X'],
  ['z', 'Z'],
  ['1', 'l', 'I'],
  // Textbook notation: a bare bar is − or ¬ without its hook, a raised dot · or a period, a
  // bracket ( or [ when drawn quickly; the grammar tells them apart by position (− between
  // terms, · between formulas, . after a quantified variable or in a numeral, [ closed by ]).
  ['minus', 'neg'],
  ['cdot', 'dot'],
  ['lparen', 'lbrack'],
  ['rparen', 'rbrack'],
];

/**
 * Variant labels of the shared data that are drawn differently but mean a class of ours.
 * The remaining `alt:` label (bar) is not a formula symbol.
 */
export const VARIANT_ALIASES: Readonly<Record<string, string>> = {
  'alt:longrightarrow': 'rightarrow',
  'alt:shortrightarrow': 'rightarrow',
  'alt:Longrightarrow': 'Rightarrow',
  'alt:Longleftrightarrow': 'Leftrightarrow',
};

const byName = new Map(SYMBOLS.map((s) => [s.name, s]));
const byChar = new Map(SYMBOLS.map((s) => [s.char, s]));
const groupOf = new Map<string, string>();
for (const group of LOOKALIKE_GROUPS) for (const name of group) groupOf.set(name, group[0]);

export function symbolByName(name: string): SymbolInfo | undefined {
  return byName.get(name);
}

export function symbolByChar(char: string): SymbolInfo | undefined {
  return byChar.get(char);
}

/** The class names of a formula written in Unicode, one per character: `∀x` → forall, x. */
export function symbolNamesOf(text: string): string[] {
  return [...text].map((char) => {
    const info = symbolByChar(char);
    if (info === undefined) throw new Error(`'${char}' is not one of Inkform's symbols`);
    return info.name;
  });
}

/** The representative of the look-alike group of a class, or the class itself. */
export function lookalikeRepresentative(name: string): string {
  return groupOf.get(name) ?? name;
}
