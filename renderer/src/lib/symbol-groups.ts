import { SYMBOLS, type SymbolInfo, type SymbolKind } from '@recognition';

export interface SymbolGroup {
  readonly title: string;
  readonly symbols: readonly SymbolInfo[];
}

const GROUPS: readonly { readonly title: string; readonly kinds: readonly SymbolKind[] }[] = [
  { title: 'Logic', kinds: ['quantifier', 'connective', 'constant', 'turnstile'] },
  { title: 'Relations and arithmetic', kinds: ['relation', 'operator'] },
  { title: 'Brackets and punctuation', kinds: ['punctuation'] },
  { title: 'Lowercase', kinds: ['lower'] },
  { title: 'Uppercase', kinds: ['upper'] },
  { title: 'Digits', kinds: ['digit'] },
];

/** All symbol classes for the correction palette, each exactly once, in table order. */
export const SYMBOL_GROUPS: readonly SymbolGroup[] = GROUPS.map(({ title, kinds }) => ({
  title,
  symbols: SYMBOLS.filter((symbol) => kinds.includes(symbol.kind)),
}));

/** The characters the text view's insert bar offers: every symbol a keyboard does not have. */
export const INSERTABLE: readonly string[] = SYMBOLS.filter((s) => s.char > '\u007f').map(
  (s) => s.char,
);
