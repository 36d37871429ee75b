// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeLogicEngine } from '@services/logic/testing';
import type { LogicRequest, LogicResponse } from '@services/logic';
import { LogicRunnerProvider } from '../../logic-worker/logic-context';
import { createDirectRunner, type LogicRunner } from '../../logic-worker/logic-runner';
import { LogicPanel, type PageLine } from './LogicPanel';

afterEach(cleanup);

/** A page of these lines, in order. */
const pageOf = (...texts: string[]): PageLine[] => texts.map((text, index) => ({ index, text }));

function renderPanel(
  text: string,
  lines: readonly PageLine[] = pageOf(text),
  runner: LogicRunner = createDirectRunner(fakeLogicEngine(3)),
) {
  const onCopy = vi.fn();
  const onProblem = vi.fn();
  const selected = lines.find((l) => l.text === text)?.index ?? 0;
  const view = render(
    <LogicRunnerProvider runner={runner}>
      <LogicPanel
        text={text}
        selected={selected}
        lines={lines}
        onCopy={onCopy}
        onProblem={onProblem}
      />
    </LogicRunnerProvider>,
  );
  return { ...view, onCopy, onProblem };
}

describe('LogicPanel', () => {
  it('shows the NNF in Unicode and LaTeX, the verdict and the truth table of ¬(P∧Q)', async () => {
    const { onCopy } = renderPanel('¬(P∧Q)');
    const nnf = await screen.findByTestId('transform-nnf');
    expect(within(nnf).getByTestId('transform-nnf-unicode').textContent).toBe('¬P∨¬Q');
    expect(within(nnf).getByTestId('latex-preview').innerHTML).toContain('katex');
    fireEvent.click(within(nnf).getByRole('button', { name: 'Copy LaTeX' }));
    expect(onCopy).toHaveBeenCalledWith('\\neg P \\vee \\neg Q', 'Negation normal form (LaTeX)');

    const verdict = screen.getByTestId('logic-verdict');
    expect(verdict.dataset.verdict).toBe('contingent');
    // The counter-assignment: both true makes ¬(P∧Q) false.
    expect(verdict.textContent).toContain('False when P = T, Q = T');

    const table = screen.getByTestId('truth-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.dataset.satisfying)).toEqual(['false', 'true', 'true', 'true']);
    expect(rows[0].textContent).toBe('TTF');
  });

  it('says that a transformation the engine cannot do is not available', async () => {
    renderPanel('P→Q');
    const pnf = await screen.findByTestId('transform-pnf');
    expect(pnf.textContent).toContain('Not available: the fake engine does no pnf');
  });

  it('highlights the free variables in the line', async () => {
    renderPanel('P(x)∧∀yQ(y)');
    const line = await screen.findByTestId('logic-line');
    expect([...line.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['x']);
    expect(screen.getByTestId('logic-free-variables').textContent).toBe('Free variable: x');
    expect(screen.getByTestId('logic-scopes').textContent).toBe('∀y binds y in Q(y)');
  });

  it('says where a line is not well-formed', async () => {
    renderPanel('P∧');
    const problem = await screen.findByTestId('logic-problem');
    expect(problem.textContent).toContain('This line is not well-formed at character 3');
    expect(problem.querySelector('mark')).not.toBeNull();
  });

  it('offers the SAT check when the table would be too large', async () => {
    renderPanel('P∧Q∧R∧S');
    const tooLarge = await screen.findByTestId('logic-too-large');
    expect(tooLarge.textContent).toContain(
      'Too large for a truth table: 4 atoms would make 16 rows',
    );
    expect(screen.queryByTestId('truth-table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check with SAT' }));
    const answer = await screen.findByTestId('logic-answer');
    expect(answer.textContent).toContain('Contingent');
  });

  it('compares the line with another of the page', async () => {
    renderPanel('¬(P∧Q)', pageOf('¬(P∧Q)', 'P→Q', '¬P∨¬Q'));
    await screen.findByTestId('logic-verdict');
    fireEvent.change(screen.getByTestId('logic-other-line'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check equivalence' }));
    expect((await screen.findByTestId('logic-answer')).textContent).toBe(
      'Equivalent: the two lines agree under every assignment.',
    );
    fireEvent.change(screen.getByTestId('logic-other-line'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check equivalence' }));
    await waitFor(() =>
      expect(screen.getByTestId('logic-answer').textContent).toContain('Not equivalent'),
    );
  });

  it('checks whether the line follows from the rest of the page', async () => {
    renderPanel('Q', pageOf('P→Q', 'P', 'Q'));
    await screen.findByTestId('logic-verdict');
    fireEvent.click(screen.getByRole('button', { name: 'Check consequence' }));
    expect((await screen.findByTestId('logic-answer')).textContent).toBe(
      'Follows from the 2 premises — proved by SAT.',
    );
  });

  it('can cancel a question that is still running', async () => {
    const cancel = vi.fn();
    const pending: LogicRunner = {
      run: (_request: LogicRequest) => ({
        result: new Promise<LogicResponse>(() => undefined),
        cancel,
      }),
    };
    renderPanel('P', pageOf('P'), pending);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(screen.getByText(/Cancelled/)).toBeTruthy();
  });

  it('asks for the page as a TPTP problem or Prover9 file', async () => {
    const { onProblem } = renderPanel('P');
    fireEvent.click(screen.getByRole('button', { name: 'Copy TPTP problem' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save Prover9 file…' }));
    expect(onProblem.mock.calls).toEqual([
      ['tptp', 'copy'],
      ['prover9', 'save'],
    ]);
  });
});
