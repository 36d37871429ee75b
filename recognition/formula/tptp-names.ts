/**
 * TPTP's case conventions are the reverse of the textbook ones: variables must be uppercase and
 * predicates, functions and constants lowercase. Exported names:
 * - a term symbol bound by an enclosing quantifier is uppercased (`x` → `X`);
 * - predicates are lowercased (`P` → `p`); when a function or free constant `p` occurs in the
 *   same formula the predicate becomes `p_1`, because provers reject one name in two roles;
 * - digit constants get an `n` prefix (`0` → `n0`, `10` → `n10`), because TPTP reads bare
 *   numbers as interpreted integers rather than as uninterpreted constants;
 * - free lowercase letters and functions stay as written; a capital used as a term (`A+b=2`) is
 *   single-quoted, `'A'`, TPTP's way of writing a constant that starts with a capital;
 * - in a formula that does arithmetic (a tff formula, see `arithmetic.ts`) numerals are TPTP's
 *   own numbers (`2`, `3.14`) and each bound variable is typed, `![X: $int]:`.
 * Reading reverses all of this; the syntactic position tells predicates from terms.
 */
import { arithmeticType } from './arithmetic.js';
import { isNumeral, type Formula } from './ast.js';
import { freeTermNames } from './free-variables.js';
import type { NameReader, NameSpeller } from './names.js';

const CLASH_SUFFIX = '_1';

/** `set2`: the function a set of terms becomes in TPTP and Prover9, its size in the name. */
export const setFunctionName = (size: number): string => `set${size}`;

/** Names for `f`, or for terms outside any formula (`null`: nothing is bound, nothing clashes). */
export function tptpNameSpeller(f: Formula | null): NameSpeller {
  // Functions and free term symbols stay lowercase in TPTP; a predicate must not share a name.
  const taken = f ? freeTermNames(f) : new Set<string>();
  const numbers = f === null ? null : arithmeticType(f);
  return {
    predicate: (name) => {
      const lower = name.toLowerCase();
      return taken.has(lower) ? lower + CLASH_SUFFIX : lower;
    },
    func: (name) => name,
    term: (name, bound) => {
      if (bound) return name.toUpperCase();
      if (/^[A-Z]$/.test(name)) return `'${name}'`;
      return isNumeral(name) && numbers === null ? `n${name}` : name;
    },
    variable: (name) =>
      numbers === null ? name.toUpperCase() : `${name.toUpperCase()}: ${numbers}`,
  };
}

export const TPTP_NAME_READER: NameReader = {
  predicate: (word) => (/^[a-z](?:_[0-9]+)?$/.test(word) ? word[0].toUpperCase() : null),
  func: (word) => (/^[a-z]$/.test(word) ? word : null),
  term: (word) => {
    if (/^[A-Z]$/.test(word)) return word.toLowerCase();
    if (/^'[A-Z]'$/.test(word)) return word[1];
    if (/^[a-z]$/.test(word) || /^[0-9]+(?:\.[0-9]+)?$/.test(word)) return word;
    return /^n[0-9]+(?:\.[0-9]+)?$/.test(word) ? word.slice(1) : null;
  },
  variable: (word) => (/^[A-Z]$/.test(word) ? word.toLowerCase() : null),
};
