import { describe, expect, it } from 'vitest';
import { LIMITS } from '@services/contract';
import { SYMBOL_NAMES } from '@recognition';
import { confidenceLevel, percent } from './confidence';
import { fileContent, linesWithExports, suggestedFileName } from './export-formats';
import { imageFileProblem } from './image-file';
import { INSERTABLE, SYMBOL_GROUPS } from './symbol-groups';
import { insertAt } from './text-insert';
import { nextTheme, resolveTheme } from './theme';
import { zoomIn, zoomOut } from './zoom';

describe('exports to files', () => {
  // A TPTP file is written from the lines' Unicode; the other formats from their own export.
  const exportsOf = (unicode: string) => ({
    unicode,
    latex: `latex ${unicode}`,
    tptp: 'tptp',
    prover9: 'prover9',
    ascii: 'ascii',
    freeVariables: null,
  });
  const options = { style: 'as-written', freeVariables: 'close' } as const;

  it('writes a TPTP file of annotated axioms, numbered', () => {
    expect(fileContent('tptp', [exportsOf('∀x(P(x)→Q(x))'), exportsOf('P(a)')], options)).toBe(
      'fof(f1, axiom, ![X]: (p(X) => q(X))).\nfof(f2, axiom, p(a)).\n',
    );
  });

  it('types a TPTP file in tff, declarations first, when a line does arithmetic', () => {
    expect(fileContent('tptp', [exportsOf('∀xP(x)'), exportsOf('∀x(x<x+1)')], options)).toBe(
      'tff(p_type, type, p: $int > $o).\n' +
        'tff(f1, axiom, ![X: $int]: p(X)).\n' +
        'tff(f2, axiom, ![X: $int]: ($less(X,$sum(X,1)))).\n',
    );
  });

  it('keeps other formats one formula per line', () => {
    const lines = [exportsOf('∀x(P(x)→Q(x))'), exportsOf('P(a)')];
    expect(fileContent('unicode', lines, options)).toBe('∀x(P(x)→Q(x))\nP(a)\n');
    expect(fileContent('latex', lines.slice(1), options)).toBe('latex P(a)\n');
    expect(fileContent('latex', [], options)).toBe('');
  });

  it('takes only lines with exports', () => {
    const e = exportsOf('P(a)');
    expect(linesWithExports([e, null, e])).toEqual([e, e]);
  });

  it('suggests an extension per format', () => {
    expect(suggestedFileName('latex', 'one')).toBe('formula.tex');
    expect(suggestedFileName('tptp', 'all')).toBe('formulas.p');
    expect(suggestedFileName('prover9', 'one')).toBe('formula.txt');
    expect(suggestedFileName('ascii', 'one')).toBe('formula.txt');
  });
});

describe('image file checks', () => {
  it('refuses empty and oversized files and accepts the rest', () => {
    expect(imageFileProblem('a.png', 0)).toMatch(/empty/);
    expect(imageFileProblem('a.png', LIMITS.maxImageBytes + 1)).toMatch(/up to 64 MB/);
    expect(imageFileProblem('a.png', LIMITS.maxImageBytes)).toBeNull();
  });
});

describe('symbol palette groups', () => {
  it('hold every symbol class exactly once', () => {
    const names = SYMBOL_GROUPS.flatMap((g) => g.symbols.map((s) => s.name));
    expect(names).toHaveLength(SYMBOL_NAMES.length);
    expect(new Set(names)).toEqual(new Set(SYMBOL_NAMES));
    expect(SYMBOL_GROUPS[1].symbols.map((s) => s.char)).toEqual([
      '≠',
      '=',
      '+',
      '−',
      '<',
      '>',
      '≤',
      '≥',
      '∈',
    ]);
    expect(SYMBOL_GROUPS[2].symbols.map((s) => s.char)).toEqual([
      '(',
      ')',
      ',',
      '[',
      ']',
      '{',
      '}',
      '.',
    ]);
  });

  it('offers every symbol a keyboard lacks for insertion, the new notation included', () => {
    for (const char of ['∀', '⊤', '⊃', '⊢', '⊨', '≤', '∈', '−', '∼', '·'])
      expect(INSERTABLE).toContain(char);
    expect(INSERTABLE).not.toContain('(');
    expect(INSERTABLE).not.toContain('a');
  });
});

describe('small helpers', () => {
  it('inserts over the selection and moves the caret after the insert', () => {
    expect(insertAt('P(x)Q', 4, 4, '∧')).toEqual({ text: 'P(x)∧Q', caret: 5 });
    expect(insertAt('abc', 1, 2, '∀')).toEqual({ text: 'a∀c', caret: 2 });
    expect(insertAt('ab', 9, 9, '¬')).toEqual({ text: 'ab¬', caret: 3 });
  });

  it('cycles themes and resolves system', () => {
    expect(nextTheme('system')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('system');
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('steps the zoom through its stops and stops at the ends', () => {
    expect(zoomIn(1)).toBe(1.1);
    expect(zoomOut(1)).toBe(0.9);
    expect(zoomIn(1.05)).toBe(1.1);
    expect(zoomIn(3)).toBe(3);
    expect(zoomOut(0.5)).toBe(0.5);
  });

  it('grades confidences', () => {
    expect(confidenceLevel(0.95)).toBe('high');
    expect(confidenceLevel(0.7)).toBe('medium');
    expect(confidenceLevel(0.3)).toBe('low');
    expect(percent(0.876)).toBe(88);
  });
});
