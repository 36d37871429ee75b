// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawStroke, renderApp } from './test/render-app';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

/** Writes something, waits for the fake's ∀x(P(x)→Q(x)) and opens the popover on its P. */
async function openCorrection() {
  drawStroke([
    [120, 150],
    [140, 200],
    [160, 150],
  ]);
  await screen.findByTestId('line-0');
  fireEvent.click(screen.getByTestId('symbol-0-3'));
  return screen.getByRole('dialog', { name: 'Correct symbol' });
}

function enableSaving(dialog: HTMLElement) {
  const box = within(dialog).getByRole('checkbox', { name: 'Save as training sample' });
  if (!(box as HTMLInputElement).checked) fireEvent.click(box);
}

const setPicker = () =>
  screen.findByRole<HTMLSelectElement>('combobox', { name: 'Training set for corrections' });
const optionTexts = (select: HTMLSelectElement) => [...select.options].map((o) => o.text);

describe('saving corrections as training samples', () => {
  it('offers the user’s existing sets before any is chosen, and saves to the one picked', async () => {
    const { api } = renderApp();
    const thin = await api.createTrainingSet({ name: 'Thin pen' });
    enableSaving(await openCorrection());
    const select = await setPicker();
    expect(optionTexts(select)).toEqual(['Choose a set…', 'Thin pen (0)', 'New set…']);
    expect(screen.queryByRole('button', { name: /^Create/ })).toBeNull();

    fireEvent.change(select, { target: { value: thin.id } });
    await waitFor(() => expect(api.settings.correctionSetId).toBe(thin.id));
    fireEvent.click(screen.getByTestId('alt-p'));
    await waitFor(() => expect(api.callsTo('addSamples')).toHaveLength(1));
    expect(api.callsTo('addSamples')[0].setId).toBe(thin.id);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Saved as a sample in “Thin pen”'),
    );

    // The choice is the remembered one the next time.
    fireEvent.click(screen.getByTestId('symbol-0-3'));
    expect((await setPicker()).value).toBe(thin.id);
  });

  it('makes a new set from the list, under a name the user may change', async () => {
    const { api } = renderApp();
    await api.createTrainingSet({ name: 'My corrections' });
    enableSaving(await openCorrection());
    fireEvent.change(await setPicker(), { target: { value: ':new' } });
    const name = screen.getByRole('textbox', { name: 'Name of the new training set' });
    expect((name as HTMLInputElement).value).toBe('My corrections 2');
    fireEvent.change(name, { target: { value: '  Left hand ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create “Left hand”' }));
    await waitFor(() =>
      expect(api.callsTo('createTrainingSet')).toContainEqual({ name: 'Left hand' }),
    );
    const made = (await api.listTrainingSets()).find((s) => s.name === 'Left hand');
    await waitFor(() => expect(api.settings.correctionSetId).toBe(made?.id));
    await waitFor(async () => expect((await setPicker()).value).toBe(made?.id));
  });

  it('says so when the chosen set was deleted on the Training pages, and saves nothing', async () => {
    const { api } = renderApp({ settings: { correctionSetId: 'set-1' } });
    const thin = await api.createTrainingSet({ name: 'Thin pen' });
    expect(thin.id).toBe('set-1');
    await api.createTrainingSet({ name: 'Other' });
    enableSaving(await openCorrection());
    await setPicker();
    await api.deleteTrainingSet({ id: thin.id });
    api.emit({ type: 'training-sets-changed' });

    await waitFor(() =>
      expect(screen.getByTestId('sample-set-missing').textContent).toBe(
        '“Thin pen” has been deleted. Choose another set or make a new one.',
      ),
    );
    expect(optionTexts(await setPicker())).toEqual(['Thin pen (deleted)', 'Other (0)', 'New set…']);
    // The choice is not replaced behind the user's back.
    expect(api.settings.correctionSetId).toBe(thin.id);

    fireEvent.click(screen.getByTestId('alt-p'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Not saved as a sample: the set “Thin pen” has been deleted.',
      ),
    );
    expect(api.callsTo('addSamples')).toHaveLength(0);
  });

  it('tells a set deleted since the list was read from any other failure', async () => {
    const { api } = renderApp({ settings: { correctionSetId: 'set-1' } });
    const thin = await api.createTrainingSet({ name: 'Thin pen' });
    expect(thin.id).toBe('set-1');
    enableSaving(await openCorrection());
    await setPicker();
    // Deleted elsewhere without a word to this window.
    await api.deleteTrainingSet({ id: thin.id });
    fireEvent.click(screen.getByTestId('alt-p'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Not saved as a sample: the set “Thin pen” has been deleted.',
      ),
    );
    expect(api.callsTo('addSamples')).toHaveLength(1);
  });
});
