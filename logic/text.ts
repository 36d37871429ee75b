/**
 * Unicode text of formulas and terms, as Inkform exports them. The shared printer does not yet
 * write comparisons and arithmetic terms; until it does, those trees are written here with
 * every binary formula bracketed, so an atom always has one text (its identity in truth tables).
 */
import type { Comparison, Formula, Term } from '../recognition/formula/ast.js';
import { toUnicode } from '../recognition/formula/exports.js';

const RELATION_SYMBOLS: Readonly<Record<Comparison, string>> = {
  lt: '<',
  gt: '>',
  leq: '≤',
  geq: '≥',
  in: '∈',
};
const CONNECTIVES = { and: '∧', or: '∨', implies: '→', iff: '↔' } as const;

export function termText(t: Term): string {
  switch (t.kind) {
    case 'symbol':
      return t.name;
    case 'apply':
      return `${t.name}(${t.args.map(termText).join(',')})`;
    case 'arithmetic':
      return `${termText(t.left)}${t.op === 'plus' ? '+' : '−'}${operandText(t.right)}`;
    case 'negative':
      return `−${operandText(t.body)}`;
    case 'product':
      return t.factors.map(operandText).join('');
    case 'termGroup':
      return t.bracket === 'bracket' ? `[${termText(t.body)}]` : `(${termText(t.body)})`;
    case 'set':
      return `{${t.items.map(termText).join(', ')}}`;
  }
}

const operandText = (t: Term): string =>
  t.kind === 'arithmetic' ? `(${termText(t)})` : termText(t);

function fallbackText(f: Formula): string {
  const inner = (g: Formula): string =>
    g.kind === 'binary' ? `(${fallbackText(g)})` : fallbackText(g);
  switch (f.kind) {
    case 'predicate':
      return f.args.length === 0 ? f.name : `${f.name}(${f.args.map(termText).join(',')})`;
    case 'equals':
      return `${termText(f.left)}=${termText(f.right)}`;
    case 'notEquals':
      return `${termText(f.left)}≠${termText(f.right)}`;
    case 'comparison':
      return `${termText(f.left)}${RELATION_SYMBOLS[f.relation]}${termText(f.right)}`;
    case 'not':
      return `${f.symbol ?? '¬'}${inner(f.body)}`;
    case 'binary':
      return `${inner(f.left)}${f.symbol || CONNECTIVES[f.op]}${inner(f.right)}`;
    case 'quantifier':
      return `${f.quantifier === 'forall' ? '∀' : '∃'}${f.variable}${f.dot ? '.' : ''}${inner(f.body)}`;
    case 'constant':
      return f.value ? '⊤' : '⊥';
    case 'group':
      return f.bracket === 'bracket' ? `[${fallbackText(f.body)}]` : `(${fallbackText(f.body)})`;
  }
}

/** The Unicode text with standard parentheses ((P∧Q)∨R, not P∧Q∨R): the app's own export where it can write the tree. */
export function formulaText(f: Formula): string {
  try {
    return toUnicode(f, 'standard');
  } catch {
    return fallbackText(f);
  }
}
