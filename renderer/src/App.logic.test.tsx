// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeLogicEngine } from '@services/logic/testing';
import { App } from './App';
import { ApiProvider } from './api/api-context';
import { LogicRunnerProvider } from './logic-worker/logic-context';
import { createDirectRunner } from './logic-worker/logic-runner';
import { createFakeApi } from './test/fake-api';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

/** The workspace with the fake API and a logic runner on the fake engine, the photo's lines in. */
async function renderWithPhoto() {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const api = createFakeApi({ settings: { recognitionDelayMs: 10 } });
  render(
    <ApiProvider api={api}>
      <LogicRunnerProvider runner={createDirectRunner(fakeLogicEngine())}>
        <App />
      </LogicRunnerProvider>
    </ApiProvider>,
  );
  api.emit({
    type: 'open-image',
    image: { name: 'board.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 1]), path: null },
  });
  await screen.findByTestId('line-1');
  return api;
}

/**
 * The panel's answers come from the logic engine, loaded when the panel first opens: on a busy
 * machine that takes longer than Testing Library's one-second default.
 */
const ANSWERED = { timeout: 10_000 };

const openLogic = () => fireEvent.click(screen.getByRole('button', { name: 'Open Logic' }));

describe('Logic panel in the workspace', () => {
  it('stays closed, and runs nothing, until opened', async () => {
    await renderWithPhoto();
    expect(screen.queryByTestId('logic-panel')).toBeNull();
    openLogic();
    expect(screen.getByRole('button', { name: 'Hide Logic' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    // Both lines are first-order: a bounded search, said to be no proof.
    expect((await screen.findByTestId('logic-search', {}, ANSWERED)).textContent).toContain(
      'a bounded search, not a proof',
    );
  });

  it('copies the page as a TPTP problem with the selected line as the conjecture', async () => {
    const api = await renderWithPhoto();
    openLogic();
    fireEvent.click(screen.getByRole('button', { name: 'Copy TPTP problem' }));
    await waitFor(() => expect(api.callsTo('writeClipboard')).toHaveLength(1));
    const { text } = api.callsTo('writeClipboard')[0];
    expect(text).toContain('fof(line_2, axiom, ?[Y]: (r(Y) & ~ s(Y))).');
    expect(text).toContain('fof(line_1, conjecture, ![X]: (p(X) => q(X))).');
    expect(text.indexOf('line_2')).toBeLessThan(text.indexOf('line_1, conjecture'));
  });

  it('saves the page as a Prover9 input file through the save dialog', async () => {
    const api = await renderWithPhoto();
    openLogic();
    fireEvent.click(screen.getByTestId('line-1'));
    fireEvent.click(screen.getByRole('button', { name: 'Save Prover9 file…' }));
    await waitFor(() => expect(api.callsTo('saveText')).toHaveLength(1));
    const saved = api.callsTo('saveText')[0];
    expect(saved.suggestedName).toBe('problem.in');
    expect(saved.content).toContain(
      'formulas(goals).\n  exists y (R(y) & -S(y)).  % line_2\nend_of_list.',
    );
    expect(saved.content).toContain('formulas(assumptions).\n  all x (P(x) -> Q(x)).  % line_1');
  });

  it('checks whether the selected line follows from the other', async () => {
    await renderWithPhoto();
    openLogic();
    await screen.findByTestId('logic-search', {}, ANSWERED);
    fireEvent.click(screen.getByRole('button', { name: 'Check consequence' }));
    expect((await screen.findByTestId('logic-answer', {}, ANSWERED)).textContent).toBe(
      'From the 1 premise: No counter-model with up to 4 elements — a bounded search, not a proof.',
    );
  });
});
