import { describe, expect, it } from 'vitest';
import { stripGroups, type Formula, type Line } from './ast.js';
import { universalClosure } from './free-variables.js';
import { exportProver9Problem, exportTptpProblem } from './problem-exports.js';
import { parseProver9, parseTptp, parseUnicodeLine } from './text-formats.js';

/** A page line from Unicode text, as the app reads a typed or recognised line. */
function line(text: string): Line {
  const parsed = parseUnicodeLine(text);
  if (!parsed.ok) throw new Error(`test line ${text} does not parse`);
  return parsed.line;
}

const formulaOf = (l: Line): Formula => {
  if (l.kind !== 'formula') throw new Error('not a formula line');
  return l.formula;
};

/** TPTP and Prover9 have one implication and one equivalence, and add their own parentheses. */
function comparable(f: Formula): Formula {
  const g = stripGroups(f);
  switch (g.kind) {
    case 'not':
    case 'group':
    case 'quantifier':
      return { ...g, body: comparable(g.body) };
    case 'binary': {
      const symbol = g.op === 'implies' ? '→' : g.op === 'iff' ? '↔' : g.symbol;
      return { ...g, symbol, left: comparable(g.left), right: comparable(g.right) };
    }
    default:
      return g;
  }
}

function parsed(text: string, parse: typeof parseTptp): Formula {
  const result = parse(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return comparable(result.formula);
}

/** `fof(name, role, …).` lines of a TPTP file, with their name and role. */
function tptpFormulas(text: string): { name: string; role: string; formula: Formula }[] {
  return text
    .split('\n')
    .filter((l) => /^(?:fof|tff)\(/.test(l) && !/^tff\(\w+, type,/.test(l))
    .map((l) => {
      const [, name, role] = /^(?:fof|tff)\((\w+), (\w+),/.exec(l) ?? [];
      return { name, role, formula: parsed(l, parseTptp) };
    });
}

/** The formulas of each `formulas(list).` of a Prover9 file, with the line names in comments. */
function prover9Lists(text: string): Record<string, { name: string; formula: Formula }[]> {
  const lists: Record<string, { name: string; formula: Formula }[]> = {};
  let current: string | null = null;
  for (const raw of text.split('\n')) {
    const open = /^formulas\((\w+)\)\.$/.exec(raw);
    if (open) {
      current = open[1];
      lists[current] = [];
    } else if (raw === 'end_of_list.') current = null;
    else if (current !== null) {
      const [body, comment = ''] = raw.split('%');
      const formula = parsed(body.trim().replace(/\.$/, ''), parseProver9);
      lists[current].push({ name: comment.trim(), formula });
    }
  }
  return lists;
}

const PAGE = ['P→Q', 'Q→R', 'f(x)', '∀x(P(x)→Q(x))', 'P→R'];
const page = (texts: readonly string[]) => texts.map(line);

describe('exportTptpProblem', () => {
  it('types the whole page when one line does arithmetic, and declares its symbols first', () => {
    const lines = page(['∀xP(x)', '∀x(x<f(x))', 'P(a)']);
    const text = exportTptpProblem(lines).text;
    const rows = text.split('\n').filter((l) => l !== '' && !l.startsWith('%'));
    // A fof line with a typed variable is no TPTP at all, and p must have one type everywhere.
    expect(rows.filter((l) => l.startsWith('fof('))).toEqual([]);
    expect(rows.slice(0, 3)).toEqual([
      'tff(p_type, type, p: $int > $o).',
      'tff(f_type, type, f: $int > $int).',
      'tff(a_type, type, a: $int).',
    ]);
    expect(rows[3]).toBe('tff(line_1, axiom, ![X: $int]: p(X)).');
    const formulas = tptpFormulas(text);
    expect(formulas.map((f) => f.role)).toEqual(['axiom', 'axiom', 'conjecture']);
    expect(formulas[2].formula).toEqual(comparable(formulaOf(lines[2])));
  });

  it('writes each formula line as an axiom and the last as the conjecture', () => {
    const lines = page(PAGE);
    const problem = exportTptpProblem(lines);
    const formulas = tptpFormulas(problem.text);
    expect(formulas.map((f) => [f.name, f.role])).toEqual([
      ['line_1', 'axiom'],
      ['line_2', 'axiom'],
      ['line_4', 'axiom'],
      ['line_5', 'conjecture'],
    ]);
    for (const { name, formula } of formulas) {
      const index = Number(name.slice('line_'.length)) - 1;
      expect(formula).toEqual(comparable(formulaOf(lines[index])));
    }
    expect(problem.conclusion).toBe(4);
    expect(problem.premises).toEqual([0, 1, 3]);
    expect(problem.notes).toEqual(['Line 3 left out: it is a term, not a formula.']);
    expect(problem.text).toContain('% Line 3 left out');
  });

  it('makes the chosen line the conjecture', () => {
    const problem = exportTptpProblem(page(PAGE), { conclusion: 1 });
    const roles = tptpFormulas(problem.text).map((f) => [f.name, f.role]);
    expect(roles).toContainEqual(['line_2', 'conjecture']);
    expect(roles.filter(([, role]) => role === 'conjecture')).toHaveLength(1);
    expect(problem.premises).toEqual([0, 3, 4]);
  });

  it('falls back to the last formula when the chosen line is not one, and says so', () => {
    const problem = exportTptpProblem(page(PAGE), { conclusion: 2 });
    expect(problem.conclusion).toBe(4);
    expect(problem.notes).toContain(
      'Line 3 is not a formula, so line 5 is the conclusion instead.',
    );
  });

  it('closes each line’s free variables on their own, as the one-line export does', () => {
    const lines = page(['P(x)→Q(y)', 'P(x)']);
    const formulas = tptpFormulas(exportTptpProblem(lines).text);
    expect(formulas.map((f) => f.formula)).toEqual(
      lines.map((l) => comparable(universalClosure(formulaOf(l)))),
    );
  });

  it('keeps free variables as constants when asked', () => {
    const lines = page(['P(x)']);
    const [only] = tptpFormulas(exportTptpProblem(lines, { freeVariables: 'constants' }).text);
    expect(only.formula).toEqual(comparable(formulaOf(lines[0])));
  });

  it('names a predicate the same on every line when a term elsewhere takes its lowercase name', () => {
    // Alone, line 2 would write P as p; but line 1's constant p makes P p_1 in the problem.
    const lines = page(['Q(p)', 'P(a)', 'P(b)→Q(a)']);
    const text = exportTptpProblem(lines).text;
    expect(text).toContain('fof(line_2, axiom, p_1(a)).');
    expect(text).toContain('fof(line_3, conjecture, p_1(b) => q(a)).');
    for (const { name, formula } of tptpFormulas(text)) {
      const index = Number(name.slice('line_'.length)) - 1;
      expect(formula).toEqual(comparable(formulaOf(lines[index])));
    }
  });

  it('leaves out lines with no reading and writes nothing for a page without formulas', () => {
    const problem = exportTptpProblem([null, line('f(x)')]);
    expect(problem.text).toBe('');
    expect(problem.conclusion).toBeNull();
    expect(problem.notes).toEqual([
      'Line 1 left out: it has no well-formed reading.',
      'Line 2 left out: it is a term, not a formula.',
    ]);
  });
});

describe('exportProver9Problem', () => {
  it('assumes the other lines and makes the conclusion the goal', () => {
    const lines = page(PAGE);
    const problem = exportProver9Problem(lines);
    const lists = prover9Lists(problem.text);
    expect(Object.keys(lists)).toEqual(['assumptions', 'goals']);
    expect(lists.assumptions.map((a) => a.name)).toEqual(['line_1', 'line_2', 'line_4']);
    expect(lists.goals.map((g) => g.name)).toEqual(['line_5']);
    for (const { name, formula } of [...lists.assumptions, ...lists.goals]) {
      const index = Number(name.slice('line_'.length)) - 1;
      expect(formula).toEqual(comparable(formulaOf(lines[index])));
    }
    expect(problem.text).toContain('% Line 3 left out: it is a term, not a formula.');
  });

  it('writes a single formula as a goal with no assumptions list', () => {
    const lines = page(['∀x(P(x)→P(x))']);
    const lists = prover9Lists(exportProver9Problem(lines).text);
    expect(Object.keys(lists)).toEqual(['goals']);
    expect(lists.goals[0].formula).toEqual(comparable(formulaOf(lines[0])));
  });

  it('closes free variables with all, as the one-line export does', () => {
    const lines = page(['P(x)', 'Q(x)']);
    const lists = prover9Lists(exportProver9Problem(lines, { conclusion: 0 }).text);
    expect(lists.goals[0].formula).toEqual(comparable(universalClosure(formulaOf(lines[0]))));
    expect(lists.assumptions[0].formula).toEqual(comparable(universalClosure(formulaOf(lines[1]))));
  });
});
