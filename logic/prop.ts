/**
 * The propositional skeleton the SAT procedure and truth tables work on: atoms numbered,
 * connectives reduced to ¬, n-ary ∧ and ∨, and ↔.
 */
import type { BinaryConnective } from '../recognition/formula/ast.js';

export type Prop =
  | { readonly kind: 'var'; readonly index: number }
  | { readonly kind: 'const'; readonly value: boolean }
  | { readonly kind: 'not'; readonly body: Prop }
  | { readonly kind: 'and' | 'or'; readonly parts: readonly Prop[] }
  | { readonly kind: 'iff'; readonly left: Prop; readonly right: Prop };

export const TRUE: Prop = { kind: 'const', value: true };
export const FALSE: Prop = { kind: 'const', value: false };
export const variable = (index: number): Prop => ({ kind: 'var', index });

export function negation(p: Prop): Prop {
  if (p.kind === 'const') return p.value ? FALSE : TRUE;
  if (p.kind === 'not') return p.body;
  return { kind: 'not', body: p };
}

/**
 * The parts of an n-ary ∧ (or ∨), nested ones flattened, letters kept once; null when a letter
 * occurs both ways, which makes the whole ⊥ (or ⊤). Grounded formulas are full of both.
 */
function flatten(kind: 'and' | 'or', parts: readonly Prop[]): Prop[] | null {
  const kept: Prop[] = [];
  const letters = new Map<number, boolean>();
  const visit = (p: Prop): boolean => {
    if (p.kind === kind) return p.parts.every(visit);
    if (p.kind === 'const') return p.value === (kind === 'and');
    const letter =
      p.kind === 'var' ? p.index : p.kind === 'not' && p.body.kind === 'var' ? p.body.index : -1;
    if (letter >= 0) {
      const positive = p.kind === 'var';
      const seen = letters.get(letter);
      if (seen === !positive) return false;
      if (seen === positive) return true;
      letters.set(letter, positive);
    }
    kept.push(p);
    return true;
  };
  return parts.every(visit) ? kept : null;
}

/** ∧ of `parts`, simplified. */
export function all(parts: readonly Prop[]): Prop {
  const kept = flatten('and', parts);
  if (kept === null) return FALSE;
  return kept.length === 0 ? TRUE : kept.length === 1 ? kept[0] : { kind: 'and', parts: kept };
}

/** ∨ of `parts`, simplified. */
export function any(parts: readonly Prop[]): Prop {
  const kept = flatten('or', parts);
  if (kept === null) return TRUE;
  return kept.length === 0 ? FALSE : kept.length === 1 ? kept[0] : { kind: 'or', parts: kept };
}

export function iff(left: Prop, right: Prop): Prop {
  if (left.kind === 'const') return left.value ? right : negation(right);
  if (right.kind === 'const') return right.value ? left : negation(left);
  return { kind: 'iff', left, right };
}

/** The value of `p` when atom i has `values[i]`. */
/** A binary connective over two propositions: what a formula's `binary` node means. */
export function connect(op: BinaryConnective, left: Prop, right: Prop): Prop {
  switch (op) {
    case 'and':
      return all([left, right]);
    case 'or':
      return any([left, right]);
    case 'implies':
      return any([negation(left), right]);
    case 'iff':
      return iff(left, right);
  }
}

export function evaluate(p: Prop, values: readonly boolean[]): boolean {
  switch (p.kind) {
    case 'var':
      return values[p.index];
    case 'const':
      return p.value;
    case 'not':
      return !evaluate(p.body, values);
    case 'and':
      return p.parts.every((q) => evaluate(q, values));
    case 'or':
      return p.parts.some((q) => evaluate(q, values));
    case 'iff':
      return evaluate(p.left, values) === evaluate(p.right, values);
  }
}
