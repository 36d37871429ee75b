// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOOKALIKE_GROUPS, SYMBOL_NAMES } from '@recognition';
import { renderManage } from '../test/render-manage';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openModels() {
  const harness = renderManage('models');
  await screen.findByTestId('confusion-matrix');
  return harness;
}

/** The page answers through promises; on two loaded cores that takes more than a second. */
const LOADED = { timeout: 10_000 };

const modelButton = (name: RegExp) =>
  within(screen.getByRole('list', { name: 'Models' })).getByRole('button', { name });

describe('Models', () => {
  it('lists the models with their figures and marks the active one', async () => {
    await openModels();
    const items = within(screen.getByRole('list', { name: 'Models' })).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      'Default modelActiveBuilt-inAdam · 96 of 96 symbols · 92.1% on 3,120 test samples · 1 Nov 2026',
      'Adam on my handwritingAdam · 96 of 96 symbols · 94.3% on 2,180 test samples · 27 Nov 2026',
      'My Rprop modelRprop · 96 of 96 symbols · 80.1% on 1,560 test samples · 20 Nov 2026',
      'Five symbolsAdam · 5 of 96 symbols · 100.0% on 5 test samples · 28 Nov 2026',
    ]);
  });

  it('says what a model reads and how many samples its accuracy rests on', async () => {
    await openModels();
    fireEvent.click(modelButton(/^Five symbols/));
    await screen.findByRole('heading', { name: 'Five symbols' });
    expect(await screen.findByText(/^on 5 test samples/)).toBeTruthy();
    expect(screen.getByRole('note').textContent).toBe(
      '“Five symbols” can read only 5 of 96 symbols: formulas that use any other symbol will be misread.',
    );
    fireEvent.click(modelButton(/^Default model/));
    await screen.findByRole('heading', { name: /^Default model/ });
    await waitFor(() => expect(screen.queryByRole('note')).toBeNull());
  });

  it('asks before reading with a model of few symbols, and offers the previous one back', async () => {
    const { api } = await openModels();
    fireEvent.click(modelButton(/^Five symbols/));
    await screen.findByRole('heading', { name: 'Five symbols' }, LOADED);
    fireEvent.click(screen.getByRole('button', { name: 'Set active' }));
    const ask = await screen.findByRole(
      'alertdialog',
      { name: 'Read with “Five symbols”?' },
      LOADED,
    );
    expect(ask.textContent).toContain('can read only 5 of 96 symbols');
    // The safe answer has the focus, and Escape gives it.
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(ask, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.callsTo('setActiveModel')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Set active' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Use it anyway' }, LOADED));
    await waitFor(
      () => expect(api.callsTo('setActiveModel')).toEqual([{ id: 'my-five' }]),
      LOADED,
    );
    expect(await screen.findByText('Reading with “Five symbols” from now on', {}, LOADED)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Switch back to “Default model”' }));
    await waitFor(
      () => expect(api.callsTo('setActiveModel')).toEqual([{ id: 'my-five' }, { id: 'default' }]),
      LOADED,
    );
    expect(await screen.findByText('Reading with “Default model” from now on', {}, LOADED)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Set active' })).toBeTruthy();
  });

  it('shows the confusion matrix of all its classes, per-class accuracy worst first and the mistakes', async () => {
    await openModels();
    const matrix = screen.getByTestId('confusion-matrix');
    const image = within(matrix).getByRole('img');
    expect(image.getAttribute('aria-label')).toMatch(
      new RegExp(
        `^Confusion matrix of ${SYMBOL_NAMES.length} classes, ${(SYMBOL_NAMES.length * 40).toLocaleString('en')} test samples, .*; most frequent mistakes: wedge as A \\(14\\)`,
      ),
    );
    // Every class labelled on both axes.
    expect(matrix.querySelectorAll('.confusion-labels text')).toHaveLength(2 * SYMBOL_NAMES.length);
    const cells = within(matrix).getAllByTestId('confusion-cell');
    // The diagonal, one miss per look-alike group and wedge's and neg's three (fake-training.ts).
    expect(cells.length).toBe(SYMBOL_NAMES.length + LOOKALIKE_GROUPS.length + 3);
    const miss = cells.find((c) => c.querySelector('title')?.textContent?.startsWith('wedge read as A'));
    expect(miss?.querySelector('title')?.textContent).toBe('wedge read as A: 14 of 40 (35.0%)');
    expect(miss?.getAttribute('class')).toContain('is-miss');

    const rows = screen.getAllByTestId('per-class-row');
    expect(rows).toHaveLength(SYMBOL_NAMES.length);
    expect(rows[0].dataset.label).toBe('wedge');
    expect(rows[0].textContent).toContain('52.5%');
    const accuracies = rows.map((r) => parseFloat(r.querySelector('.accuracy-value')?.textContent ?? ''));
    expect(accuracies).toEqual([...accuracies].sort((a, b) => a - b));

    const mistakes = screen.getAllByTestId('misclassified');
    expect(mistakes).toHaveLength(4);
    expect(mistakes[0].querySelector('.gallery-caption')?.textContent).toBe('∧ → A (97%)');
  });

  it('says so when a model has no evaluation', async () => {
    await openModels();
    fireEvent.click(modelButton(/^My Rprop model/));
    expect(await screen.findByText(/has no saved evaluation/)).toBeTruthy();
    expect(screen.queryByTestId('confusion-matrix')).toBeNull();
  });

  it('sets the chosen model active', async () => {
    const { api } = await openModels();
    fireEvent.click(modelButton(/^Adam on my handwriting/));
    await screen.findByRole('heading', { name: 'Adam on my handwriting' });
    fireEvent.click(screen.getByRole('button', { name: 'Set active' }));
    // It reads every symbol, so nothing is asked.
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(api.callsTo('setActiveModel')).toEqual([{ id: 'my-adam' }]));
    expect(await screen.findByRole('button', { name: 'In use' })).toBeTruthy();
    expect(within(modelButton(/^Adam on my handwriting/)).getByText('Active')).toBeTruthy();
  });

  it('renames and deletes a model of the user’s, with Undo, but not the built-in one', async () => {
    const { api } = await openModels();
    expect(screen.queryByRole('button', { name: 'Rename' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();

    fireEvent.click(modelButton(/^My Rprop model/));
    fireEvent.click(await screen.findByRole('button', { name: 'Rename' }));
    fireEvent.change(screen.getByLabelText('Model name'), { target: { value: 'Rprop, 300 epochs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() =>
      expect(api.callsTo('renameModel')).toEqual([{ id: 'my-rprop', name: 'Rprop, 300 epochs' }]),
    );
    expect(await screen.findByRole('heading', { name: 'Rprop, 300 epochs' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted “Rprop, 300 epochs”');
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Rprop, 300 epochs/ })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.callsTo('restoreModel')).toHaveLength(1));
    expect(await screen.findByRole('heading', { name: 'Rprop, 300 epochs' })).toBeTruthy();
  });

  it('exports the model folder as a zip through the platform', async () => {
    const { api } = await openModels();
    const saveBytes = vi.spyOn(api, 'saveBytes');
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(saveBytes).toHaveBeenCalledTimes(1));
    expect(api.callsTo('exportModel')).toEqual([{ id: 'default' }]);
    const [request] = saveBytes.mock.calls[0];
    expect(request.suggestedName).toBe('default.zip');
    expect([...request.bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x05, 0x06]);
    expect(await screen.findByText('Saved to /home/user/Documents/default.zip')).toBeTruthy();
  });

  it('imports a model archive and shows it', async () => {
    const { api } = await openModels();
    const zip = new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'friend.zip', { type: 'application/zip' });
    fireEvent.change(screen.getByTestId('model-import-input'), { target: { files: [zip] } });
    await waitFor(() => expect(api.callsTo('importModel')).toHaveLength(1));
    expect(api.callsTo('importModel')[0]).toEqual({ bytes: new Uint8Array([0x50, 0x4b, 3, 4]), name: 'friend.zip' });
    expect(await screen.findByRole('heading', { name: 'friend' })).toBeTruthy();
  });

  it('reports a failure in an alert', async () => {
    const { api } = await openModels();
    api.failNext('setActiveModel', new Error('The model folder is damaged.'));
    fireEvent.click(modelButton(/^My Rprop model/));
    fireEvent.click(await screen.findByRole('button', { name: 'Set active' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The model folder is damaged.');
  });
});
