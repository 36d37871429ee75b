/** Helpers the logic tests share: parsing, random propositional formulas, truth-table equality. */
import type { BinaryConnective, Formula } from '../recognition/formula/ast.js';
import { parseUnicode } from '../recognition/formula/text-formats.js';
import { binary, not } from './build.js';
import { evaluate } from './prop.js';
import { AtomTable, toProp } from './propositional.js';

/** The formula of Unicode text; throws on text that does not parse, naming it. */
export function parse(text: string): Formula {
  const parsed = parseUnicode(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return parsed.formula;
}

const CONNECTIVES: readonly BinaryConnective[] = ['and', 'or', 'implies', 'iff'];

/** A random quantifier-free formula over `letters`, at most `depth` connectives deep. */
export function randomPropositional(
  rng: () => number,
  depth: number,
  letters = ['P', 'Q', 'R', 'S'],
): Formula {
  const r = rng();
  if (depth === 0 || r < 0.2) {
    if (rng() < 0.05) return { kind: 'constant', value: rng() < 0.5 };
    return { kind: 'predicate', name: letters[Math.floor(rng() * letters.length)], args: [] };
  }
  if (r < 0.35) return not(randomPropositional(rng, depth - 1, letters));
  const op = CONNECTIVES[Math.floor(rng() * CONNECTIVES.length)];
  return binary(
    op,
    randomPropositional(rng, depth - 1, letters),
    randomPropositional(rng, depth - 1, letters),
  );
}

/** Whether two quantifier-free formulas have the same value under every assignment (by enumeration). */
export function sameTruthTable(a: Formula, b: Formula): boolean {
  const atoms = new AtomTable();
  const pa = toProp(a, atoms, 'test');
  const pb = toProp(b, atoms, 'test');
  const n = atoms.names.length;
  for (let row = 0; row < 2 ** n; row++) {
    const values = atoms.names.map((_, i) => ((row >> i) & 1) === 1);
    if (evaluate(pa, values) !== evaluate(pb, values)) return false;
  }
  return true;
}
