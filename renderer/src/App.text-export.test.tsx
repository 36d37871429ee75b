// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAKE_IMAGE_RESULT, KNOWN_FORMULAS } from './test/fake-api';
import { renderApp } from './test/render-app';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

/** Brings in the fake's two-line photo through the OS "open" event, the shortest way to lines. */
async function openPhoto(api: ReturnType<typeof renderApp>['api']) {
  api.emit({
    type: 'open-image',
    image: {
      name: 'board.jpg',
      bytes: new Uint8Array([0xff, 0xd8, 0xff, 1]),
      path: '/tmp/board.jpg',
    },
  });
  await screen.findByTestId('line-1');
}

const textField = () =>
  screen.getByRole('textbox', { name: 'Formula text' }) as HTMLTextAreaElement;

describe('text view', () => {
  it('holds the selected line and reports a parse error from the back end with its place', async () => {
    const { api } = renderApp();
    await openPhoto(api);
    expect(textField().value).toBe('∀x(P(x)→Q(x))');
    expect(screen.getByTestId('parse-status').textContent).toContain('well-formed');

    fireEvent.change(textField(), { target: { value: '∀x(P(x)→Q(x)' } });
    await waitFor(() => expect(screen.getByTestId('parse-status').dataset.state).toBe('error'));
    expect(api.callsTo('parseFormula')).toEqual([{ text: '∀x(P(x)→Q(x)', format: 'unicode' }]);
    const status = screen.getByTestId('parse-status');
    expect(status.textContent).toContain('Missing “)”');
    expect(status.textContent).toContain('at character 13');
    // Nothing well formed, nothing to export.
    expect(screen.getByTestId('export-text').textContent).toBe('');
    expect(screen.getByRole('button', { name: 'Copy' })).toHaveProperty('disabled', true);
  });

  it('marks the failing character', async () => {
    const { api } = renderApp();
    await openPhoto(api);
    vi.spyOn(api, 'parseFormula').mockResolvedValue({
      ok: false,
      message: 'Expected a term',
      offset: 2,
    });
    fireEvent.change(textField(), { target: { value: 'P(∧)' } });
    await waitFor(() => expect(screen.getByTestId('parse-status').dataset.state).toBe('error'));
    const marked = screen.getByTestId('parse-status').querySelector('mark');
    expect(marked?.textContent).toBe('∧');
  });

  it('lets the exports follow the edited text once it parses', async () => {
    const { api } = renderApp();
    await openPhoto(api);
    fireEvent.change(textField(), { target: { value: '∃x(P(x)→Q(x))' } });
    await waitFor(() => expect(screen.getByTestId('parse-status').dataset.state).toBe('ok'));
    fireEvent.click(screen.getByRole('tab', { name: 'Prover9' }));
    expect(screen.getByTestId('export-text').textContent).toBe('exists x (P(x) -> Q(x))');
  });

  it('inserts a symbol at the cursor', async () => {
    const { api } = renderApp();
    await openPhoto(api);
    const field = textField();
    fireEvent.change(field, { target: { value: 'P(x)Q(x)' } });
    field.setSelectionRange(4, 4);
    fireEvent.click(screen.getByRole('button', { name: 'Insert ∨' }));
    expect(field.value).toBe('P(x)∨Q(x)');
    expect(field.selectionStart).toBe(5);
  });

  it('follows the line that is selected', async () => {
    const { api } = renderApp();
    await openPhoto(api);
    fireEvent.click(screen.getByRole('button', { name: 'Select line 2' }));
    expect(textField().value).toBe('∃y(R(y)∧¬S(y))');
  });
});

describe('exports', () => {
  it('shows each format of the selected line and copies the one on show', async () => {
    const { api } = renderApp();
    await openPhoto(api);
    const expected = KNOWN_FORMULAS['∀x(P(x)→Q(x))'];
    const tabs = ['Unicode', 'LaTeX', 'TPTP', 'Prover9', 'ASCII'] as const;
    const keys = ['unicode', 'latex', 'tptp', 'prover9', 'ascii'] as const;
    for (const [i, name] of tabs.entries()) {
      fireEvent.click(screen.getByRole('tab', { name }));
      expect(screen.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
      expect(screen.getByTestId('export-text').textContent).toBe(expected[keys[i]]);
    }

    fireEvent.click(screen.getByRole('tab', { name: 'LaTeX' }));
    // KaTeX is loaded on demand: the preview appears once its module has arrived, which on a
    // busy machine (the test runner transforms it the first time) can take seconds.
    const preview = await screen.findByTestId('latex-preview', {}, { timeout: 15_000 });
    expect(preview.querySelector('.katex')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(api.clipboard).toBe('\\forall x \\, (P(x) \\to Q(x))'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied LaTeX'));
  });

  it('offers the standard parentheses instead of the writer’s, and remembers the choice', async () => {
    const { api } = renderApp();
    await openPhoto(api);
    const standard = {
      unicode: 'STD-U',
      latex: 'STD-L',
      tptp: 'STD-T',
      prover9: 'STD-P',
      ascii: 'STD-A',
      freeVariables: null,
    };
    const parse = vi.spyOn(api, 'parseFormula').mockResolvedValue({
      ok: true,
      unicode: standard.unicode,
      exports: standard,
      kind: 'formula',
    });
    expect(screen.getByTestId('export-text').textContent).toBe('∀x(P(x)→Q(x))');
    fireEvent.click(screen.getByTestId('standard-parentheses'));
    await waitFor(() => expect(screen.getByTestId('export-text').textContent).toBe('STD-U'));
    expect(parse.mock.calls.map(([request]) => request)).toContainEqual({
      text: '∀x(P(x)→Q(x))',
      format: 'unicode',
      parentheses: 'standard',
      freeVariables: 'close',
      notation: 'as-written',
    });
    // The text box keeps what was written.
    expect(textField().value).toBe('∀x(P(x)→Q(x))');
    cleanup();
    renderApp();
    expect((screen.getByTestId('standard-parentheses') as HTMLInputElement).checked).toBe(true);
  });

  it('saves one line with the format’s file name', async () => {
    const { api } = renderApp();
    await openPhoto(api);
    fireEvent.click(screen.getByRole('tab', { name: 'TPTP' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save…' }));
    await waitFor(() => expect(api.callsTo('saveText')).toHaveLength(1));
    expect(api.callsTo('saveText')[0]).toEqual({
      suggestedName: 'formula.p',
      content: 'fof(f1, axiom, ![X]: (p(X) => q(X))).\n',
    });
  });

  it('exports all well-formed lines of the page', async () => {
    const { api } = renderApp();
    await openPhoto(api);
    fireEvent.click(screen.getByRole('tab', { name: 'TPTP' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export all lines…' }));
    await waitFor(() => expect(api.callsTo('saveText')).toHaveLength(1));
    const [first, second] = FAKE_IMAGE_RESULT.lines.map((l) => l.exports?.tptp);
    expect(api.callsTo('saveText')[0]).toEqual({
      suggestedName: 'formulas.p',
      content: `fof(f1, axiom, ${first}).\nfof(f2, axiom, ${second}).\n`,
    });
  });

  it('copies Unicode and LaTeX from the menu', async () => {
    const { api } = renderApp();
    await openPhoto(api);
    api.emit({ type: 'menu', command: 'copy-latex' });
    await waitFor(() => expect(api.clipboard).toBe(KNOWN_FORMULAS['∀x(P(x)→Q(x))'].latex));
    api.emit({ type: 'menu', command: 'copy-unicode' });
    await waitFor(() => expect(api.clipboard).toBe('∀x(P(x)→Q(x))'));
  });
});
