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
  | { readonly kind: 'constant'; readonly value: boolean }
  /**
   * Parentheses the writer put around a formula, needed or not: a transcription gives back what
   * was written, so `∀y((⊤∨P(x)))` keeps both pairs. Printers write exactly these parentheses
   * and, where a tree lacks them, only those its format needs to read back the same tree.
   */
  | { readonly kind: 'group'; readonly body: Formula };

export type Relation = 'eq' | 'neq';

/**
 * One part of a written line: a formula, a term on its own (`f(x,y)`), or a chain of equations
 * and inequations between terms (`a=b=c`, two or more relations; a single `a=b` is a formula).
 */
export type LineItem =
  | { readonly kind: 'formula'; readonly formula: Formula }
  | { readonly kind: 'term'; readonly term: Term }
  | {
      readonly kind: 'equations';
      /** One more term than relations. */
      readonly terms: readonly Term[];
      readonly relations: readonly Relation[];
    };

/** What a line of writing is: one item, or a comma-separated list of them (`x,y,z`, `P,Q`). */
export type Line = LineItem | { readonly kind: 'list'; readonly items: readonly LineItem[] };

export type { LineKind } from '../types.js';

/** The formula without any of the writer's parentheses, as its tree alone says it. */
export function stripGroups(f: Formula): Formula {
  switch (f.kind) {
    case 'group':
      return stripGroups(f.body);
    case 'not':
      return { kind: 'not', body: stripGroups(f.body) };
    case 'quantifier':
      return { ...f, body: stripGroups(f.body) };
    case 'binary':
      return { ...f, left: stripGroups(f.left), right: stripGroups(f.right) };
    default:
      return f;
  }
}

/** ∧ and ∨ chain to the left without parentheses; nothing else mixes or chains unbracketed. */
function chainsLeft(parent: Extract<Formula, { kind: 'binary' }>, child: Formula): boolean {
  return (
    child.kind === 'binary' && child.op === parent.op && (child.op === 'and' || child.op === 'or')
  );
}

const group = (body: Formula): Formula => ({ kind: 'group', body });

/**
 * The formula with parentheses wherever a reader should not need the precedence table: around
 * every binary operand of a binary connective except the left operand of the same ∧ or ∨
 * (`(P∧Q)∨R`, `P→(Q→R)`, `P∧Q∧R`), and around a binary formula or an equation under ¬ or a
 * quantifier (`¬(x=y)`). TPTP requires exactly this; it is also the normalised form offered
 * beside the transcription. The writer's own parentheses are kept.
 */
export function withStandardParentheses(f: Formula): Formula {
  switch (f.kind) {
    case 'group':
      return group(withStandardParentheses(f.body));
    case 'not':
    case 'quantifier': {
      const body = withStandardParentheses(f.body);
      const wrap = body.kind === 'binary' || body.kind === 'equals' || body.kind === 'notEquals';
      return { ...f, body: wrap ? group(body) : body };
    }
    case 'binary': {
      const left = withStandardParentheses(f.left);
      const right = withStandardParentheses(f.right);
      return {
        ...f,
        left: left.kind === 'binary' && !chainsLeft(f, left) ? group(left) : left,
        right: right.kind === 'binary' ? group(right) : right,
      };
    }
    default:
      return f;
  }
}

/** The normalised form: the writer's parentheses dropped, the standard ones put in. */
export function normaliseParentheses(f: Formula): Formula {
  return withStandardParentheses(stripGroups(f));
}

/** The same transformation of every formula of a line; terms are left as they are. */
export function mapLineFormulas(line: Line, map: (f: Formula) => Formula): Line {
  const item = (i: LineItem): LineItem =>
    i.kind === 'formula' ? { kind: 'formula', formula: map(i.formula) } : i;
  return line.kind === 'list' ? { kind: 'list', items: line.items.map(item) } : item(line);
}
