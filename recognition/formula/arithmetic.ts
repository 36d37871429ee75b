/**
 * Whether a formula does arithmetic, and over which numbers. TPTP writes such formulas in its
 * typed language (tff) with interpreted numbers and typed variables; the others are plain fof.
 */
import { atomTerms, forEachAtom, termChildren, type Formula, type Term } from './ast.js';

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

/**
 * `$int` or `$real` (a decimal numeral anywhere) when the formula uses + − ×, an order
 * relation (< > ≤ ≥) or a decimal, else null. Membership and equality alone are not arithmetic.
 */
export function arithmeticType(f: Formula): ArithmeticType | null {
  const usage: Usage = { arithmetic: false, decimal: false };
  forEachAtom(f, (atom) => {
    if (atom.kind === 'comparison' && ORDER.has(atom.relation)) usage.arithmetic = true;
    for (const t of atomTerms(atom)) visitTerm(t, usage);
  });
  if (!usage.arithmetic) return null;
  return usage.decimal ? '$real' : '$int';
}
