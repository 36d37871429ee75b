import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Formula } from './ast.js';
import { parseUnicode } from './text-formats.js';

/** The textbook formulas the role priors are counted from (see the file's header). */
export const PRIOR_CORPUS = join(
  dirname(fileURLToPath(import.meta.url)),
  'corpus',
  'forallx-formulas.txt',
);

/** Every formula of the corpus; a line that does not parse is an error naming it. */
export async function readPriorCorpus(file = PRIOR_CORPUS): Promise<Formula[]> {
  const text = await readFile(file, 'utf8');
  const formulas: Formula[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const parsed = parseUnicode(line);
    if (!parsed.ok) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
    formulas.push(parsed.formula);
  });
  return formulas;
}
