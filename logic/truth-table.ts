/** Truth tables, for formulas small enough to read one. */
import type { Formula } from '../recognition/formula/ast.js';
import type { TruthTable } from './api.js';
import { TooLargeError } from './errors.js';
import { evaluate } from './prop.js';
import { AtomTable, toProp } from './propositional.js';

/** 12 atoms is 4,096 rows: already more than anyone reads. */
export const MAX_TRUTH_TABLE_ATOMS = 12;

/**
 * Rows in the textbook order: the first atom changes slowest, and all true comes first.
 */
export function truthTable(f: Formula): TruthTable {
  const atoms = new AtomTable();
  const prop = toProp(f, atoms, 'A truth table');
  const n = atoms.names.length;
  if (n > MAX_TRUTH_TABLE_ATOMS) throw new TooLargeError(n, MAX_TRUTH_TABLE_ATOMS);
  const rows: { values: boolean[]; result: boolean }[] = [];
  for (let row = 0; row < 2 ** n; row++) {
    const values = atoms.names.map((_, i) => ((row >> (n - 1 - i)) & 1) === 0);
    rows.push({ values, result: evaluate(prop, values) });
  }
  return { atoms: atoms.names, rows };
}
