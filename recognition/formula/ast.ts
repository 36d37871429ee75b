/**
 * First-order formulas as data. Every export is a function of this tree, and every parser
 * (of recognised symbol sequences or of exported text) produces it.
 */

export type Term =
  /** A variable (bound or free) or a constant: a lowercase letter or a digit string. */
  | { readonly kind: 'symbol'; readonly name: string }
  /** A function applied to arguments: f(x, y). */
  | { readonly kind: 'apply'; readonly name: string; readonly args: readonly Term[] };

export type BinaryConnective = 'and' | 'or' | 'implies' | 'iff';

export type Formula =
  /** A predicate applied to arguments, P(x, y), or a propositional letter P (args empty). */
  | { readonly kind: 'predicate'; readonly name: string; readonly args: readonly Term[] }
  | { readonly kind: 'equals' | 'notEquals'; readonly left: Term; readonly right: Term }
  | { readonly kind: 'not'; readonly body: Formula }
  | {
      readonly kind: 'binary';
      readonly op: BinaryConnective;
      /** Which symbol was written: → and ⇒ (↔ and ⇔) mean the same but are kept for display. */
      readonly symbol: string;
      readonly left: Formula;
      readonly right: Formula;
    }
  | {
      readonly kind: 'quantifier';
      readonly quantifier: 'forall' | 'exists';
      readonly variable: string;
      readonly body: Formula;
    }
  | { readonly kind: 'constant'; readonly value: boolean };
