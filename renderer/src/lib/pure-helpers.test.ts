import { describe, expect, it } from 'vitest';
import { LIMITS } from '@services/contract';
import { SYMBOL_NAMES } from '@recognition';
import { confidenceLevel, percent } from './confidence';
import { fileContent, formulasIn, suggestedFileName } from './export-formats';
import { imageFileProblem } from './image-file';
import { INSERTABLE, SYMBOL_GROUPS } from './symbol-groups';
import { insertAt } from './text-insert';
import { nextTheme, resolveTheme } from './theme';
import { zoomIn, zoomOut } from './zoom';

describe('exports to files', () => {
  it('wraps each TPTP body as an annotated fof axiom, numbered', () => {
    expect(fileContent('tptp', ['![X]: (p(X) => q(X))', 'p(a)'])).toBe(
      'fof(f1, axiom, ![X]: (p(X) => q(X))).\nfof(f2, axiom, p(a)).\n',
    );
  });

  it('keeps other formats one formula per line', () => {
    expect(fileContent('unicode', ['∀x(P(x)→Q(x))', 'P(a)'])).toBe('∀x(P(x)→Q(x))\nP(a)\n');
    expect(fileContent('latex', [])).toBe('');
  });

  it('takes only lines with exports', () => {
    const e = {
      unicode: 'u',
      latex: 'l',
      tptp: 't',
      prover9: 'p',
      ascii: 'a',
      freeVariables: null,
    };
    expect(formulasIn('prover9', [e, null, { ...e, prover9: 'p2' }])).toEqual(['p', 'p2']);
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
