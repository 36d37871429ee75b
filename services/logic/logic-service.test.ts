import { describe, expect, it } from 'vitest';
import { fakeLogicEngine } from './fake-logic-engine.js';
import { answer, assignmentText, freeVariableSegments, readFormula } from './logic-service.js';
import type { LineAnalysis, LogicResponse } from './logic-service.js';

const engine = fakeLogicEngine(3);

function analysis(response: LogicResponse): LineAnalysis {
  if (response.kind !== 'analysis') throw new Error(`expected an analysis, got ${response.kind}`);
  return response;
}

describe('answer: analyse', () => {
  it('gives each transformation in Unicode and LaTeX, and the table and verdict', () => {
    const a = analysis(answer({ kind: 'analyse', text: '¬(P∧Q)' }, engine));
    const nnf = a.transformations.find((t) => t.name === 'nnf')?.result;
    expect(nnf).toEqual({ ok: true, unicode: '¬P∨¬Q', latex: '\\neg P \\vee \\neg Q' });
    expect(a.transformations.map((t) => t.name)).toEqual([
      'nnf',
      'pnf',
      'skolem',
      'cnf',
      'dnf',
      'clauses',
    ]);
    // A transformation the engine fails on says why, and the others still come.
    expect(a.transformations.find((t) => t.name === 'pnf')?.result).toEqual({
      ok: false,
      message: 'the fake engine does no pnf',
    });
    expect(a.table.kind === 'table' && a.table.table.atoms).toEqual(['P', 'Q']);
    expect(a.verdict?.verdict).toBe('contingent');
    expect(a.search).toBeNull();
  });

  it('says a formula is too large for a table and leaves the verdict to the SAT check', () => {
    const a = analysis(answer({ kind: 'analyse', text: 'P∧Q∧R∧S' }, engine));
    expect(a.table).toEqual({ kind: 'too-large', atoms: 4, max: 3 });
    expect(a.verdict).toBeNull();
    expect(answer({ kind: 'decide', text: 'P∧Q∧R∧S' }, engine)).toMatchObject({
      kind: 'decision',
      answer: { verdict: 'contingent' },
    });
  });

  it('searches for a counter-model on a first-order line instead of a table', () => {
    const a = analysis(answer({ kind: 'analyse', text: '∀x(P(x)→P(y))' }, engine));
    expect(a.propositional).toBe(false);
    expect(a.table).toEqual({ kind: 'first-order' });
    expect(a.search).toEqual({ kind: 'none-found', maxDomainSize: 4 });
  });

  it('says where a line is not well-formed, and that a term is no formula', () => {
    const bad = answer({ kind: 'analyse', text: 'P∧' }, engine);
    expect(bad).toMatchObject({ kind: 'problem', problem: { kind: 'not-well-formed', offset: 2 } });
    expect(answer({ kind: 'analyse', text: 'f(x)' }, engine)).toMatchObject({
      kind: 'problem',
      problem: { kind: 'not-a-formula', what: 'a term' },
    });
  });
});

describe('freeVariableSegments', () => {
  it('marks the free occurrences and not the bound ones of the same letter', () => {
    const f = readFormula('P(x)∧∀xQ(x,y)');
    if (f.kind === 'not-well-formed' || f.kind === 'not-a-formula') throw new Error('no formula');
    expect(freeVariableSegments(f, ['x', 'y'])).toEqual([
      { text: 'P(', free: false },
      { text: 'x', free: true },
      { text: ')∧∀xQ(x,', free: false },
      { text: 'y', free: true },
      { text: ')', free: false },
    ]);
  });
});

describe('answer: two lines and the page', () => {
  it('compares two lines and gives an assignment where they differ', () => {
    expect(answer({ kind: 'equivalence', text: '¬(P∧Q)', other: '¬P∨¬Q' }, engine)).toEqual({
      kind: 'equivalence',
      answer: { equivalent: true, counter: null },
    });
    const differ = answer({ kind: 'equivalence', text: 'P→Q', other: 'Q→P' }, engine);
    expect(differ).toMatchObject({ kind: 'equivalence', answer: { equivalent: false } });
    expect(answer({ kind: 'equivalence', text: 'P', other: 'P∨' }, engine)).toMatchObject({
      kind: 'problem',
      line: 'the other line',
    });
  });

  it('checks a consequence, leaving out premises that are no formula', () => {
    const follows = answer(
      { kind: 'consequence', premises: ['P→Q', 'P', 'f(x)'], conclusion: 'Q' },
      engine,
    );
    expect(follows).toEqual({
      kind: 'consequence',
      answer: { method: 'sat', follows: true, counter: null },
      premises: 2,
      skipped: 1,
    });
    const not = answer({ kind: 'consequence', premises: ['P→Q'], conclusion: 'P' }, engine);
    // The counter makes the premise true and the conclusion false: P false, Q either way.
    expect(not).toMatchObject({ answer: { follows: false, counter: { P: false } } });
  });

  it('turns an engine failure into an error answer', () => {
    const broken = {
      ...engine,
      variableReport: () => {
        throw new Error('boom');
      },
    };
    expect(answer({ kind: 'analyse', text: 'P' }, broken)).toEqual({
      kind: 'error',
      message: 'boom',
    });
  });
});

describe('assignmentText', () => {
  it('writes an assignment as T and F', () => {
    expect(assignmentText({ P: true, Q: false })).toBe('P = T, Q = F');
  });
});
