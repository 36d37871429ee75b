// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormulaExports, ParseFormulaRequest } from '@services/contract';
import { renderApp, typeFormula } from './test/render-app';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

const OPEN = 'P(x)→Q(x)';

/** What the back end gives for P(x)→Q(x), as recognition/formula/exports.test.ts checks. */
function openExports({ freeVariables = 'close' }: ParseFormulaRequest): FormulaExports {
  const close = freeVariables === 'close';
  return {
    unicode: OPEN,
    latex: 'P(x) \\to Q(x)',
    tptp: close ? '![X]: (p(X) => q(X))' : 'p(x) => q(x)',
    prover9: close ? 'all x (P(x) -> Q(x))' : 'P(c_x) -> Q(c_x)',
    ascii: 'P(x) -> Q(x)',
    freeVariables: {
      variables: ['x'],
      tptp: close
        ? 'Free variable x: the TPTP export quantifies it universally (∀x).'
        : 'Free variable x: the TPTP export keeps it as the constant x.',
      prover9: close
        ? 'Free variable x: the Prover9 export quantifies it universally (∀x).'
        : 'Free variable x: the Prover9 export keeps it as the constant c_x.',
    },
  };
}

const exportText = () => screen.getByTestId('export-text').textContent;
const note = () => screen.queryByTestId('free-variable-note')?.textContent ?? null;

describe('free variables in the TPTP and Prover9 exports', () => {
  it('says that the export quantified them, and keeps them as constants when asked', async () => {
    const { api } = renderApp();
    const parse = await typeFormula(api, OPEN, openExports);
    // Unicode writes what was written, and there is nothing to say or choose.
    await waitFor(() => expect(exportText()).toBe(OPEN));
    expect(note()).toBeNull();
    expect(screen.queryByTestId('free-variables')).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: 'TPTP' }));
    expect(exportText()).toBe('![X]: (p(X) => q(X))');
    expect(note()).toBe('Free variable x: the TPTP export quantifies it universally (∀x).');

    fireEvent.change(screen.getByLabelText('Free variables'), { target: { value: 'constants' } });
    await waitFor(() => expect(exportText()).toBe('p(x) => q(x)'));
    expect(note()).toBe('Free variable x: the TPTP export keeps it as the constant x.');
    expect(parse.mock.calls.map(([request]) => request)).toContainEqual({
      text: OPEN,
      format: 'unicode',
      parentheses: 'as-written',
      freeVariables: 'constants',
      notation: 'as-written',
    });

    fireEvent.click(screen.getByRole('tab', { name: 'Prover9' }));
    expect(exportText()).toBe('P(c_x) -> Q(c_x)');
    expect(note()).toBe('Free variable x: the Prover9 export keeps it as the constant c_x.');
  });

  it('remembers the choice', async () => {
    const { api } = renderApp();
    await typeFormula(api, OPEN, openExports);
    fireEvent.click(screen.getByRole('tab', { name: 'Prover9' }));
    const choice = () => screen.getByLabelText('Free variables') as HTMLSelectElement;
    expect(choice().value).toBe('close');
    fireEvent.change(choice(), { target: { value: 'constants' } });
    cleanup();
    renderApp();
    fireEvent.click(screen.getByRole('tab', { name: 'Prover9' }));
    expect(choice().value).toBe('constants');
  });
});
