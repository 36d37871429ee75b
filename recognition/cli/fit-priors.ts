import { writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runCli } from './cli-util.js';
import { readPriorCorpus } from '../formula/prior-corpus.js';
import { countRoles, type RoleCounts } from '../formula/role-priors.js';

/**
 * `npm run fit:priors`: counts the roles of the symbols of the textbook corpus and writes them to
 * `recognition/formula/role-prior-counts.ts`, which the recogniser loads (the packaged app reads
 * no text files). A test checks that the written counts are the corpus's.
 */

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'formula', 'role-prior-counts.ts');

export function renderCounts(counts: RoleCounts): string {
  const sorted = (table: Readonly<Record<string, number>>) =>
    Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const data = {
    predicate: sorted(counts.predicate),
    variable: sorted(counts.variable),
    freeTerm: sorted(counts.freeTerm),
    boundTerms: counts.boundTerms,
    connective: sorted(counts.connective),
    quantifier: sorted(counts.quantifier),
  };
  return (
    '// Written by `npm run fit:priors` from corpus/forallx-formulas.txt; do not edit by hand.\n' +
    "import type { RoleCounts } from './role-counts.js';\n\n" +
    `export const ROLE_COUNTS: RoleCounts = ${JSON.stringify(data, null, 2)};\n`
  );
}

export const FIT_PRIORS_USAGE = `usage: npm run fit:priors

Counts the roles of the symbols in the formula corpus and rewrites
${relative(process.cwd(), OUT)} (default output; it takes no options besides --help).`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(`${FIT_PRIORS_USAGE}\n`);
    return;
  }
  const formulas = await readPriorCorpus();
  const options = (await resolveConfig(OUT)) ?? {};
  await writeFile(
    OUT,
    await format(renderCounts(countRoles(formulas)), { ...options, filepath: OUT }),
  );
  process.stdout.write(`counted ${formulas.length} formulas into ${OUT}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  void runCli(main, FIT_PRIORS_USAGE);
