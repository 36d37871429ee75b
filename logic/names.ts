/**
 * Names a formula uses and fresh ones it does not. Inkform reads single letters, so fresh names
 * are unused letters first (they print and read back); only when those run out does a letter get
 * a subscript (x₁), which prints but does not read back.
 */
import { termChildren, type Formula, type Term } from '../recognition/formula/ast.js';

function termNames(t: Term, out: Set<string>): void {
  if (t.kind === 'symbol' || t.kind === 'apply') out.add(t.name);
  for (const child of termChildren(t)) termNames(child, out);
}

/** The atoms' terms of a formula, in writing order. */
export function formulaTerms(f: Formula): Term[] {
  switch (f.kind) {
    case 'predicate':
      return [...f.args];
    case 'equals':
    case 'notEquals':
    case 'comparison':
      return [f.left, f.right];
    case 'not':
    case 'group':
    case 'quantifier':
      return formulaTerms(f.body);
    case 'binary':
      return [...formulaTerms(f.left), ...formulaTerms(f.right)];
    case 'constant':
      return [];
  }
}

/** Every lowercase name in `f`: variables (bound or free), constants and function names. */
export function usedNames(f: Formula, out: Set<string> = new Set()): Set<string> {
  for (const t of formulaTerms(f)) termNames(t, out);
  const walk = (g: Formula): void => {
    if (g.kind === 'quantifier') out.add(g.variable);
    if (g.kind === 'not' || g.kind === 'group' || g.kind === 'quantifier') walk(g.body);
    if (g.kind === 'binary') {
      walk(g.left);
      walk(g.right);
    }
  };
  walk(f);
  return out;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number): string =>
  String(n)
    .split('')
    .map((d) => SUBSCRIPTS[Number(d)])
    .join('');

/** Letters a fresh variable is taken from, in order: the ones read as variables when free. */
export const VARIABLE_LETTERS = ['x', 'y', 'z', 'u', 'v', 'w'] as const;
/** Letters Skolem constants and functions fall back on once their own are used up. */
const SPARE_LETTERS = ['k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'i', 'j'] as const;
/** Letters for Skolem constants and functions: none of them a u–z letter, read as a variable. */
export const CONSTANT_LETTERS = ['a', 'b', 'c', 'd', 'e', ...SPARE_LETTERS] as const;
export const FUNCTION_LETTERS = ['f', 'g', 'h', ...SPARE_LETTERS] as const;

/**
 * A source of names not in `used` (which it extends with each name it gives): the letters in
 * order, then the first letter with subscripts 1, 2, ….
 */
export function freshNames(used: Set<string>, letters: readonly string[]): () => string {
  let n = 0;
  return () => {
    for (const letter of letters) {
      if (!used.has(letter)) {
        used.add(letter);
        return letter;
      }
    }
    for (;;) {
      n++;
      const name = `${letters[0]}${subscript(n)}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}
