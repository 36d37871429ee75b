/**
 * Whether a formula does arithmetic, and over which numbers. TPTP writes such formulas in its
 * typed language (tff) with interpreted numbers and typed variables; the others are plain fof.
 */
import { termChildren, type Formula, type Term } from './ast.js';

export type ArithmeticType = '$int' | '$real';

const ORDER: ReadonlySet<string> = new Set(['lt', 'gt', 'leq', 'geq']);
const isDecimal = (name: string): boolean => /^[0-9]+\.[0-9]+$/.test(name);

interface Usage {
  arithmetic: boolean;
  decimal: boolean;
}

function visitTerm(t: Term, out: Usage): void {
  if (t.kind === 'arithmetic' || t.kind === 'negative' || t.kind === 'product')
    out.arithmetic = true;
  // A decimal is a real number; only tff has those (fof's `n3.14` would be no name at all).
  if (t.kind === 'symbol' && isDecimal(t.name)) out.decimal = out.arithmetic = true;
  for (const child of termChildren(t)) visitTerm(child, out);
}

function visit(f: Formula, out: Usage): void {
  switch (f.kind) {
    case 'predicate':
      for (const a of f.args) visitTerm(a, out);
      return;
    case 'comparison':
      if (ORDER.has(f.relation)) out.arithmetic = true;
      visitTerm(f.left, out);
      visitTerm(f.right, out);
      return;
    case 'equals':
    case 'notEquals':
      visitTerm(f.left, out);
      visitTerm(f.right, out);
      return;
    case 'not':
    case 'group':
    case 'quantifier':
      visit(f.body, out);
      return;
    case 'binary':
      visit(f.left, out);
      visit(f.right, out);
      return;
    case 'constant':
      return;
  }
}

/**
 * `$int` or `$real` (a decimal numeral anywhere) when the formula uses + − ×, an order
 * relation (< > ≤ ≥) or a decimal, else null. Membership and equality alone are not arithmetic.
 */
export function arithmeticType(f: Formula): ArithmeticType | null {
  const usage: Usage = { arithmetic: false, decimal: false };
  visit(f, usage);
  if (!usage.arithmetic) return null;
  return usage.decimal ? '$real' : '$int';
}
