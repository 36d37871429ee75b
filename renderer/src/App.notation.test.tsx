// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTATION_STYLES, type FormulaExports, type ParseFormulaRequest } from '@services/contract';
import { renderApp, typeFormula } from './test/render-app';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

const WRITTEN = 'P⊃Q';

/** What the back end gives for P⊃Q, as recognition/formula/exports.test.ts checks. */
function textbookExports({ notation = 'as-written' }: ParseFormulaRequest): FormulaExports {
  const asWritten = notation === 'as-written';
  return {
    unicode: asWritten ? WRITTEN : 'P→Q',
    latex: asWritten ? 'P \\supset Q' : 'P \\to Q',
    // The provers and ASCII have one implication: the standard one either way.
    tptp: 'p => q',
    prover9: 'P -> Q',
    ascii: 'P -> Q',
    freeVariables: null,
  };
}

const exportText = () => screen.getByTestId('export-text').textContent;
const choice = () => screen.getByLabelText('Notation') as HTMLSelectElement;
const textField = () =>
  screen.getByRole('textbox', { name: 'Formula text' }) as HTMLTextAreaElement;

describe('the notation of the exports', () => {
  it('keeps the writer’s ⊃ or writes the standard →, in the exports only', async () => {
    const { api } = renderApp();
    const parse = await typeFormula(api, WRITTEN, textbookExports);
    fireEvent.click(screen.getByRole('tab', { name: 'LaTeX' }));
    await waitFor(() => expect(exportText()).toBe('P \\supset Q'));
    expect([...choice().options].map((option) => option.value)).toEqual([...NOTATION_STYLES]);
    expect(choice().value).toBe('as-written');

    fireEvent.change(choice(), { target: { value: 'standard' } });
    await waitFor(() => expect(exportText()).toBe('P \\to Q'));
    expect(parse.mock.calls.map(([request]) => request)).toContainEqual({
      text: WRITTEN,
      format: 'unicode',
      parentheses: 'as-written',
      freeVariables: 'close',
      notation: 'standard',
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Unicode' }));
    expect(exportText()).toBe('P→Q');
    // The text the user edits is what was written.
    expect(textField().value).toBe(WRITTEN);

    fireEvent.change(choice(), { target: { value: 'as-written' } });
    expect(exportText()).toBe(WRITTEN);
  });

  it('remembers the choice', async () => {
    const { api } = renderApp();
    await typeFormula(api, WRITTEN, textbookExports);
    fireEvent.change(choice(), { target: { value: 'standard' } });
    await waitFor(() => expect(exportText()).toBe('P→Q'));
    cleanup();
    const { api: next } = renderApp();
    expect(choice().value).toBe('standard');
    await typeFormula(next, WRITTEN, textbookExports);
    await waitFor(() => expect(exportText()).toBe('P→Q'));
  });
});
