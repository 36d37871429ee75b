/**
 * `npm run logic`: the logic layer from the command line. Reads formulas as Inkform exports
 * them in Unicode, one a line, and prints normal forms, truth tables or a check.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isMainModule, parseChoice, runCli, UsageError } from '../../recognition/cli/cli-util.js';
import type { Formula } from '../../recognition/formula/ast.js';
import { parseUnicode } from '../../recognition/formula/text-formats.js';
import {
  clausalForm,
  consequence,
  decide,
  formulaText,
  isPropositional,
  literalFormula,
  MAX_TRUTH_TABLE_ATOMS,
  searchCounterModel,
  TooLargeError,
  TRANSFORMATIONS,
  transform,
  truthTable,
  variableReport,
  type Assignment,
  type Clause,
  type ConsequenceAnswer,
  type ModelSearch,
  type Transformation,
} from '../index.js';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];
/** What can be asked of each line besides the transformations. */
const QUESTIONS = ['truth-table', 'check'] as const;
type Question = (typeof QUESTIONS)[number];
type Action = Transformation | Question;
const ACTIONS: readonly Action[] = [...TRANSFORMATIONS, ...QUESTIONS];

const DESCRIPTIONS: Readonly<Record<Action, string>> = {
  nnf: 'negation normal form: ¬ only on atoms, only ∧ and ∨',
  pnf: 'prenex normal form: every quantifier in front',
  skolem: 'Skolem form of the universal closure (∃ replaced by new functions)',
  cnf: 'conjunctive normal form (of the prenex matrix)',
  dnf: 'disjunctive normal form (of the prenex matrix)',
  clauses: 'clausal form, variables standardised apart',
  'truth-table': `the truth table (at most ${MAX_TRUTH_TABLE_ATOMS} atoms)`,
  check: [
    'one line: tautology, contradiction or contingent (SAT); with',
    'quantifiers, a search for a model that falsifies it. Several lines:',
    'whether the last follows from the others',
  ].join(`\n${' '.repeat(22)}`),
};

export const LOGIC_USAGE = `usage: npm run logic -- FILE | --text FORMULA [${ACTIONS.map((a) => `--${a}`).join('|')}]
       [--format text|json]

  FILE                a text file, one formula a line in Unicode as Inkform exports it
                      (∀x(P(x)→Q(x))); blank lines are skipped
  --text FORMULA      one formula given on the command line instead of a file
${ACTIONS.map((a) => `  --${a.padEnd(18)}${DESCRIPTIONS[a]}`).join('\n')}
                      (several may be given; default: the free and bound variables of each line)
  --format NAME       default: text; json: one JSON object
  -h, --help          this text

Counter-model searches look at domains of 1 to 4 elements: finding one shows the conclusion
does not follow, finding none proves nothing. Exit status: 0 when every line was read and
answered, 1 when one could not be, 2 for bad arguments.`;

export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

interface SourceLine {
  readonly number: number;
  readonly text: string;
}

const tf = (b: boolean): string => (b ? 'T' : 'F');
const assignmentText = (a: Assignment): string =>
  Object.entries(a)
    .map(([atom, value]) => `${atom}=${tf(value)}`)
    .join(' ');
const clauseText = (c: Clause): string =>
  `{${c.map((l) => formulaText(literalFormula(l))).join(', ')}}`;

function searchText(search: ModelSearch): string {
  switch (search.kind) {
    case 'counter-model':
      return `counter-model with ${search.domainSize} element${search.domainSize === 1 ? '' : 's'}: ${search.description}`;
    case 'none-found':
      return `no counter-model with up to ${search.maxDomainSize} elements (a bounded search, not a proof)`;
    case 'too-large':
      return `not searched: ${search.reason}`;
  }
}

function consequenceText(answer: ConsequenceAnswer): string {
  if (answer.method === 'sat')
    return answer.follows
      ? 'follows (decided by SAT)'
      : `does not follow (SAT): premises true and conclusion false when ${assignmentText(answer.counter ?? {})}`;
  return answer.search.kind === 'counter-model'
    ? `does not follow: ${searchText(answer.search)}`
    : searchText(answer.search);
}

/** One line's check: its verdict (SAT) or a search for a model falsifying it. */
function checkLine(f: Formula): { text: string; json: unknown } {
  if (isPropositional(f)) {
    const answer = decide(f);
    const examples = [
      answer.satisfying ? `true when ${assignmentText(answer.satisfying)}` : '',
      answer.falsifying ? `false when ${assignmentText(answer.falsifying)}` : '',
    ].filter((s) => s !== '');
    return { text: [answer.verdict, ...examples].join('; '), json: answer };
  }
  const search = searchCounterModel([], f);
  const text =
    search.kind === 'counter-model' ? `not valid: ${searchText(search)}` : searchText(search);
  return { text, json: search };
}

async function readSource(
  file: string | undefined,
  text: string | undefined,
): Promise<{ name: string; lines: SourceLine[] }> {
  if (text !== undefined) {
    if (file !== undefined) throw new UsageError('give a FILE or --text, not both');
    return { name: '--text', lines: [{ number: 1, text }] };
  }
  if (file === undefined) throw new UsageError('give a FILE or --text FORMULA');
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    throw new Error(
      code === 'ENOENT' ? `${file}: file not found` : `${file}: ${(err as Error).message}`,
    );
  }
  const lines = content
    .split(/\r?\n/)
    .map((t, i) => ({ number: i + 1, text: t.trim() }))
    .filter((l) => l.text !== '');
  return { name: file, lines };
}

/** Runs the tool on `argv`; resolves to the exit status. Throws `UsageError` for bad arguments. */
export async function main(argv: readonly string[], out: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      text: { type: 'string' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(ACTIONS.map((a) => [a, { type: 'boolean' as const }])),
    },
  });
  if (values.help) {
    out.stdout(`${LOGIC_USAGE}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('give one FILE');
  const format: Format = parseChoice(String(values.format ?? 'text'), '--format', FORMATS);
  const flags = values as Record<string, unknown>;
  const actions = ACTIONS.filter((a) => flags[a] === true);
  const source = await readSource(positionals[0], values.text);

  let status = 0;
  const formulas: Formula[] = [];
  const results: Record<string, unknown>[] = [];
  for (const line of source.lines) {
    const parsed = parseUnicode(line.text);
    if (!parsed.ok) {
      const where = `${source.name}, line ${line.number}, column ${parsed.error.offset + 1}`;
      out.stderr(`${where}: this line is not a formula: ${parsed.error.message}\n`);
      results.push({
        line: line.number,
        text: line.text,
        error: parsed.error.message,
        column: parsed.error.offset + 1,
      });
      status = 1;
      continue;
    }
    const f = parsed.formula;
    formulas.push(f);
    const result: Record<string, unknown> = { line: line.number, text: line.text };
    const say = (label: string, text: string): void => {
      if (format === 'text') out.stdout(`  ${label}: ${text}\n`);
    };
    if (format === 'text')
      out.stdout(`${source.lines.length > 1 ? `line ${line.number}: ` : ''}${formulaText(f)}\n`);
    if (actions.length === 0) {
      const report = variableReport(f);
      result.variables = report;
      say('free variables', report.free.join(', ') || 'none');
      say('bound variables', report.bound.join(', ') || 'none');
      say('sentence', report.sentence ? 'yes' : 'no');
      for (const s of report.scopes) say(`scope of ${s.quantifier}${s.variable}`, s.scope);
    }
    for (const action of actions) {
      try {
        if (action === 'clauses') {
          const clauses = clausalForm(f);
          result.clauses = clauses.map((c) => c.map((l) => formulaText(literalFormula(l))));
          say('clauses', clauses.map(clauseText).join(' ') || 'none (⊤)');
        } else if (action === 'truth-table') {
          const table = truthTable(f);
          result.truthTable = table;
          if (format === 'text') {
            out.stdout(`  ${[...table.atoms, formulaText(f)].join(' | ')}\n`);
            for (const row of table.rows)
              out.stdout(`  ${[...row.values, row.result].map(tf).join(' | ')}\n`);
          }
        } else if (action === 'check') {
          if (source.lines.length > 1) continue;
          const check = checkLine(f);
          result.check = check.json;
          say('check', check.text);
        } else {
          const g = transform(f, action);
          result[action] = formulaText(g);
          say(action, formulaText(g));
        }
      } catch (err) {
        if (!(err instanceof Error) || err.name === 'UsageError') throw err;
        const hint = err instanceof TooLargeError ? ' — run with --check instead' : '';
        out.stderr(`${source.name}, line ${line.number}: ${err.message}${hint}\n`);
        result[action] = { error: err.message };
        status = 1;
      }
    }
    results.push(result);
  }

  let checked: ConsequenceAnswer | null = null;
  if (
    actions.includes('check') &&
    source.lines.length > 1 &&
    formulas.length === source.lines.length
  ) {
    checked = consequence(formulas.slice(0, -1), formulas[formulas.length - 1]);
    if (format === 'text') out.stdout(`last line from the others: ${consequenceText(checked)}\n`);
  }
  if (actions.includes('check') && source.lines.length > 1 && formulas.length < source.lines.length)
    out.stderr(
      `${source.name}: the last line was not checked against the others: not every line is a formula\n`,
    );
  if (format === 'json')
    out.stdout(`${JSON.stringify({ lines: results, consequence: checked }, null, 2)}\n`);
  return status;
}

if (isMainModule(import.meta.url)) {
  void runCli(async () => {
    process.exitCode = await main(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
  }, LOGIC_USAGE);
}
