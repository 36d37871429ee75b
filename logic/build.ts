/**
 * Constructors of the plain trees the transformations return: no writer's parentheses, the
 * usual symbols, ∧ and ∨ chained to the left as the printers read them back.
 */
import type { BinaryConnective, Formula } from '../recognition/formula/ast.js';

const SYMBOLS: Readonly<Record<BinaryConnective, string>> = {
  and: '∧',
  or: '∨',
  implies: '→',
  iff: '↔',
};

export const TOP: Formula = { kind: 'constant', value: true };
export const BOTTOM: Formula = { kind: 'constant', value: false };

export const not = (body: Formula): Formula => ({ kind: 'not', body });

export const binary = (op: BinaryConnective, left: Formula, right: Formula): Formula => ({
  kind: 'binary',
  op,
  symbol: SYMBOLS[op],
  left,
  right,
});

export const quantified = (
  quantifier: 'forall' | 'exists',
  variable: string,
  body: Formula,
): Formula => ({ kind: 'quantifier', quantifier, variable, body });

/** The conjunction of `parts`, ⊤ when there are none. */
export function conjunction(parts: readonly Formula[]): Formula {
  return parts.length === 0 ? TOP : parts.reduce((acc, p) => binary('and', acc, p));
}

/** The disjunction of `parts`, ⊥ when there are none. */
export function disjunction(parts: readonly Formula[]): Formula {
  return parts.length === 0 ? BOTTOM : parts.reduce((acc, p) => binary('or', acc, p));
}

/** A quantifier prefix put back in front of a matrix, the first one outermost. */
export interface QuantifierBinding {
  readonly quantifier: 'forall' | 'exists';
  readonly variable: string;
}

export function withPrefix(prefix: readonly QuantifierBinding[], matrix: Formula): Formula {
  return prefix.reduceRight<Formula>(
    (body, q) => quantified(q.quantifier, q.variable, body),
    matrix,
  );
}
