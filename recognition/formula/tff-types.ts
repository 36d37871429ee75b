/**
 * Type declarations for TPTP's typed language. A formula that does arithmetic is written in tff
 * with its variables typed as numbers (`![X: $int]:`), and tff gives every symbol it does not
 * declare the default type over individuals (`$i`): `p(X)` with X an `$int` would then be
 * ill-typed and a prover rejects the problem. So every uninterpreted predicate, function and
 * constant such a formula uses is declared over the same numbers: `tff(p_type, type, p: $int >
 * $o).`. Inkform cannot know that a writer meant two sorts, so all terms are numbers.
 */
import type { ArithmeticType } from './arithmetic.js';
import { atomTerms, forEachAtom, isNumeral, termChildren, type Formula, type Term } from './ast.js';
import type { NameSpeller } from './names.js';
import { spell } from './spelling.js';
import { setFunctionName } from './tptp-names.js';

/** An uninterpreted symbol as the export spells it, with its arity and what it gives. */
interface Signature {
  readonly name: string;
  readonly arity: number;
  readonly result: 'number' | 'truth';
}

/** The uninterpreted symbols of `formulas`, in order of first use, named by `names`. */
function signatures(formulas: readonly Formula[], names: NameSpeller): Signature[] {
  const found = new Map<string, Signature>();
  const add = (name: string, arity: number, result: Signature['result']) => {
    if (!found.has(name)) found.set(name, { name, arity, result });
  };
  const term = (t: Term, bound: ReadonlySet<string>): void => {
    if (t.kind === 'symbol' && !bound.has(t.name) && !isNumeral(t.name))
      add(names.term(t.name, false), 0, 'number');
    if (t.kind === 'apply') add(names.func(t.name), t.args.length, 'number');
    if (t.kind === 'set') add(setFunctionName(t.items.length), t.items.length, 'number');
    for (const child of termChildren(t)) term(child, bound);
  };
  for (const f of formulas)
    forEachAtom(f, (atom, bound) => {
      if (atom.kind === 'predicate') add(names.predicate(atom.name), atom.args.length, 'truth');
      // < > ≤ ≥ are TPTP's own ($less …); ∈ is the uninterpreted predicate `in`.
      if (atom.kind === 'comparison' && atom.relation === 'in')
        add(spell('tptp', 'in'), 2, 'truth');
      for (const t of atomTerms(atom)) term(t, bound);
    });
  return [...found.values()];
}

function typeOf(s: Signature, numbers: ArithmeticType): string {
  const result = s.result === 'truth' ? '$o' : numbers;
  if (s.arity === 0) return result;
  const args = Array.from({ length: s.arity }, () => numbers);
  return `${s.arity === 1 ? args[0] : `(${args.join(' * ')})`} > ${result}`;
}

/**
 * `tff(…, type, …).` lines for the symbols of `formulas` (as printed: closed or not, with the
 * names `names` gives them), all of whose terms are `numbers`.
 */
export function tffTypeDeclarations(
  formulas: readonly Formula[],
  names: NameSpeller,
  numbers: ArithmeticType,
): string[] {
  return signatures(formulas, names).map((s, k) => {
    // An annotation name must be a plain word; a quoted constant ('A') gets a number instead.
    const label = /^[a-z][A-Za-z0-9_]*$/.test(s.name) ? `${s.name}_type` : `type_${k + 1}`;
    return `tff(${label}, type, ${s.name}: ${typeOf(s, numbers)}).`;
  });
}
