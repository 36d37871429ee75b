/**
 * Free variables, and what the prover formats do with them.
 *
 * The AST cannot tell a free variable from a constant: both are a lowercase letter that no
 * quantifier binds. We read them as Prover9 does by default (and as textbooks write them): a
 * free letter from u to z is a variable, any other free letter or digit string is a constant.
 * TPTP reads every lowercase name as a constant and wants fof formulas closed, Prover9 reads a
 * free u–z letter as a universally quantified variable; so the two exports either close the
 * formula (∀ over its free variables, in the order they first occur) or keep the variables as
 * constants, as the user chooses, and say which they did.
 */
import { atomTerms, forEachAtom, termChildren, type Formula, type Term } from './ast.js';

/** Close with ∀ (the default: what a free variable means in a formula), or keep as constants. */
export const FREE_VARIABLE_TREATMENTS = ['close', 'constants'] as const;
export type FreeVariableTreatment = (typeof FREE_VARIABLE_TREATMENTS)[number];
export const DEFAULT_FREE_VARIABLES: FreeVariableTreatment = 'close';

/** Whether a free term symbol of this name is a variable rather than a constant. */
export const isVariableName = (name: string): boolean => /^[u-z]$/.test(name);

/**
 * Every name that occurs free in `f`'s terms (variables, constants, numerals) and its function
 * names: what a fresh or renamed symbol must not be called.
 */
export function freeTermNames(f: Formula): Set<string> {
  const out = new Set<string>();
  const term = (t: Term, bound: ReadonlySet<string>): void => {
    if (t.kind === 'symbol') {
      if (!bound.has(t.name)) out.add(t.name);
      return;
    }
    if (t.kind === 'apply') out.add(t.name);
    for (const child of termChildren(t)) term(child, bound);
  };
  forEachAtom(f, (atom, bound) => {
    for (const t of atomTerms(atom)) term(t, bound);
  });
  return out;
}

function termVariables(t: Term, bound: ReadonlySet<string>, out: string[]): void {
  if (t.kind !== 'symbol') {
    for (const child of termChildren(t)) termVariables(child, bound, out);
  } else if (!bound.has(t.name) && isVariableName(t.name) && !out.includes(t.name)) {
    out.push(t.name);
  }
}

/** The free variables of `f`, in the order they first occur from left to right. */
export function freeVariables(f: Formula): string[] {
  const out: string[] = [];
  forEachAtom(f, (atom, bound) => {
    for (const t of atomTerms(atom)) termVariables(t, bound, out);
  });
  return out;
}

/** `∀x∀y f`: the first free variable outermost. */
export function universalClosure(f: Formula): Formula {
  return freeVariables(f).reduceRight<Formula>(
    (body, variable) => ({ kind: 'quantifier', quantifier: 'forall', variable, body }),
    f,
  );
}

/** What a prover format does with free variables, for the notes. */
export interface FreeVariableSpelling {
  /** The format's name as the user knows it (`TPTP`). */
  readonly label: string;
  /** How the format writes a free variable kept as a constant. */
  constant(name: string): string;
  /** Why that spelling, when it is not the letter itself; empty when it is. */
  readonly constantReason: string;
}

/** `x`, `x and y`, `x, y and z`. */
function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The note an export carries when its line has free variables, e.g.
 * "Free variable x: the TPTP export quantifies it universally (∀x)."
 */
export function freeVariableNote(
  variables: readonly string[],
  treatment: FreeVariableTreatment,
  format: FreeVariableSpelling,
): string {
  const one = variables.length === 1;
  const head = `Free variable${one ? '' : 's'} ${listed(variables)}: the ${format.label} export`;
  if (treatment === 'close') {
    const quantifiers = variables.map((v) => `∀${v}`).join('');
    return `${head} quantifies ${one ? 'it' : 'them'} universally (${quantifiers}).`;
  }
  const constants = listed(variables.map((v) => format.constant(v)));
  const kept = `${head} keeps ${one ? 'it as the constant' : 'them as the constants'} ${constants}`;
  return format.constantReason === '' ? `${kept}.` : `${kept} (${format.constantReason}).`;
}
