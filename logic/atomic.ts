import type { Formula } from '../recognition/formula/ast.js';

/** A formula without connectives or quantifiers: an atom, ⊤ or ⊥. */
export type AtomicFormula = Extract<
  Formula,
  { kind: 'predicate' | 'equals' | 'notEquals' | 'comparison' | 'constant' }
>;

const ATOMIC_KINDS: ReadonlySet<Formula['kind']> = new Set<AtomicFormula['kind']>([
  'predicate',
  'equals',
  'notEquals',
  'comparison',
  'constant',
]);

/** Whether `f` has nothing inside it for a transformation to rewrite. */
export function isAtomic(f: Formula): f is AtomicFormula {
  return ATOMIC_KINDS.has(f.kind);
}
