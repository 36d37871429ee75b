/** The transformations by name, as the panel and the CLI offer them. */
import { stripGroups, type Formula } from '../recognition/formula/ast.js';
import type { Transformation } from './api.js';
import { nnf } from './nnf.js';
import { cnf, dnf } from './normal-forms.js';
import { pnf } from './prenex.js';
import { skolem } from './skolem.js';

/** The writer's parentheses are dropped first: the results are new trees, printed plainly. */
export function transform(f: Formula, t: Exclude<Transformation, 'clauses'>): Formula {
  const plain = stripGroups(f);
  switch (t) {
    case 'nnf':
      return nnf(plain);
    case 'pnf':
      return pnf(plain);
    case 'skolem':
      return skolem(plain);
    case 'cnf':
      return cnf(plain);
    case 'dnf':
      return dnf(plain);
  }
}
