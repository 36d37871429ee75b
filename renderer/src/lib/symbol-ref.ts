/** One symbol of the page on show: line index and symbol index, both 0-based. */
export interface SymbolRef {
  readonly line: number;
  readonly symbol: number;
}

export const sameRef = (a: SymbolRef | null, b: SymbolRef | null): boolean =>
  a !== null && b !== null && a.line === b.line && a.symbol === b.symbol;

/** The DOM id of a symbol's chip, where focus returns when its popover closes. */
export const chipId = (ref: SymbolRef): string => `symbol-chip-${ref.line}-${ref.symbol}`;
