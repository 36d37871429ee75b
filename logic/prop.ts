/**
 * The propositional skeleton the SAT procedure and truth tables work on: atoms numbered,
 * connectives reduced to ¬, n-ary ∧ and ∨, and ↔.
 */
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

/** ∧ of `parts`, constants simplified. */
export function all(parts: readonly Prop[]): Prop {
  const kept: Prop[] = [];
  for (const p of parts) {
    if (p.kind === 'const') {
      if (!p.value) return FALSE;
    } else kept.push(p);
  }
  return kept.length === 0 ? TRUE : kept.length === 1 ? kept[0] : { kind: 'and', parts: kept };
}

/** ∨ of `parts`, constants simplified. */
export function any(parts: readonly Prop[]): Prop {
  const kept: Prop[] = [];
  for (const p of parts) {
    if (p.kind === 'const') {
      if (p.value) return TRUE;
    } else kept.push(p);
  }
  return kept.length === 0 ? FALSE : kept.length === 1 ? kept[0] : { kind: 'or', parts: kept };
}

export function iff(left: Prop, right: Prop): Prop {
  if (left.kind === 'const') return left.value ? right : negation(right);
  if (right.kind === 'const') return right.value ? left : negation(left);
  return { kind: 'iff', left, right };
}

/** The value of `p` when atom i has `values[i]`. */
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
