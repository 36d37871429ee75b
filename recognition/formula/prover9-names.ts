/**
 * Prover9 keeps the AST's names as written, with one exception: it reads a free name starting
 * with u–z as a variable, so a free variable kept as a constant (see `free-variables.ts`) is
 * written `c_x`. Reading turns `c_x` back into the free letter.
 */
import type { Formula } from './ast.js';
import { isVariableName } from './free-variables.js';
import {
  AS_WRITTEN_READER,
  AS_WRITTEN_SPELLER,
  type NameReader,
  type NameSpeller,
} from './names.js';

const CONSTANT_PREFIX = 'c_';

export const prover9Constant = (name: string): string => CONSTANT_PREFIX + name;

const FORMULA_NAMES: NameSpeller = {
  ...AS_WRITTEN_SPELLER,
  term: (name, bound) => (!bound && isVariableName(name) ? prover9Constant(name) : name),
};

/** Names for `f`; a line of terms is no Prover9 input, so its names stay as written. */
export function prover9NameSpeller(f: Formula | null): NameSpeller {
  return f === null ? AS_WRITTEN_SPELLER : FORMULA_NAMES;
}

export const PROVER9_NAME_READER: NameReader = {
  ...AS_WRITTEN_READER,
  term: (word) =>
    word.startsWith(CONSTANT_PREFIX) && isVariableName(word.slice(CONSTANT_PREFIX.length))
      ? word.slice(CONSTANT_PREFIX.length)
      : AS_WRITTEN_READER.term(word),
};
