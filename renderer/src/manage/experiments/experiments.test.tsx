// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RATE_EXPERIMENT } from '../test/fake-training-api';
import { renderManage } from '../test/render-manage';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openExperiments() {
  const harness = renderManage('experiments');
  await screen.findByRole('table', { name: 'Runs of Learning rates' });
  return harness;
}

const cellsOf = (row: HTMLElement) =>
  [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim());

describe('Experiments', () => {
  it('compares the runs of an experiment in one table, best marked', async () => {
    await openExperiments();
    const rows = screen.getAllByTestId('experiment-run');
    expect(rows.map((row) => cellsOf(row).slice(0, 6))).toEqual([
      ['0.01', 'Done', '20 / 20', '92.0%', '90.1%', '4 min 40 s'],
      ['0.001 (best)', 'Done', '20 / 20', '91.8%', '93.8%', '4 min 40 s'],
      ['0.0001', 'Done', '20 / 20', '91.5%', '81.2%', '4 min 40 s'],
    ]);
    expect(rows[1].className).toContain('is-best');
    expect(screen.getByRole('columnheader', { name: 'Learning rate' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Best validation accuracy' })).toBeTruthy();
  });

  it('draws one validation-accuracy line per run, with a legend', async () => {
    await openExperiments();
    const chart = screen.getByTestId('experiment-chart');
    const series = [...chart.querySelectorAll('[data-series]')].map((g) =>
      g.getAttribute('data-series'),
    );
    expect(series).toEqual(['0.01', '0.001', '0.0001']);
    expect(chart.querySelectorAll('.chart-point')).toHaveLength(60);
    expect(within(chart).getByRole('img').getAttribute('aria-label')).toBe(
      'Validation accuracy per epoch for 3 values of learning rate; best so far 0.001 with 93.8%',
    );
    expect(
      within(chart)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(series);
  });

  it('starts a sweep of learning rates with the base settings', async () => {
    const { api } = await openExperiments();
    fireEvent.change(screen.getByLabelText('Experiment name'), {
      target: { value: 'Rates again' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: /^My handwriting/ }));
    fireEvent.change(screen.getByLabelText('Setting to vary'), {
      target: { value: 'learningRate' },
    });
    expect((screen.getByLabelText('Values') as HTMLInputElement).value).toBe('0.1, 0.01, 0.001');
    expect((screen.getByLabelText('Learning rate') as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Values'), { target: { value: '0.1; 0.003' } });
    fireEvent.change(screen.getByLabelText('Epochs'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start experiment' }));

    await waitFor(() => expect(api.callsTo('startExperiment')).toHaveLength(1));
    const [request] = api.callsTo('startExperiment');
    expect(request.name).toBe('Rates again');
    expect(request.parameter).toBe('learningRate');
    expect(request.values).toEqual([0.1, 0.003]);
    expect(request.base.setIds).toEqual(['my-handwriting']);
    expect(request.base.settings).toMatchObject({
      algorithm: 'adam',
      epochs: 5,
      hidden: [512, 256],
    });
    expect(await screen.findByRole('table', { name: 'Runs of Rates again' })).toBeTruthy();
    expect(screen.getAllByTestId('experiment-run')).toHaveLength(2);
  });

  it('sweeps the three algorithms, and refuses values it cannot run', async () => {
    const { api } = await openExperiments();
    fireEvent.click(screen.getByRole('checkbox', { name: /^My handwriting/ }));
    expect(screen.getByText('Varied by the experiment')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Values'), { target: { value: 'adam, adam' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start experiment' }));
    expect(await screen.findByText('The values must all be different')).toBeTruthy();
    await act(async () => {});
    expect(api.callsTo('startExperiment')).toEqual([]);

    fireEvent.change(screen.getByLabelText('Values'), {
      target: { value: 'backprop, Rprop, Adam' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Start experiment' }));
    await waitFor(() => expect(api.callsTo('startExperiment')).toHaveLength(1));
    expect(api.callsTo('startExperiment')[0]).toMatchObject({
      parameter: 'algorithm',
      values: ['backprop', 'rprop', 'adam'],
    });
  });

  it('charts training accuracy when the runs held no samples back for validation', async () => {
    const { api } = await openExperiments();
    for (const job of RATE_EXPERIMENT.jobs)
      act(() =>
        api.emitJob({
          ...job,
          history: job.history.map((p) => ({
            ...p,
            validationAccuracy: null,
            validationLoss: null,
          })),
        }),
      );
    const chart = screen.getByTestId('experiment-chart');
    expect(chart.querySelector('figcaption')?.textContent).toBe(
      'Training accuracy per epoch (no samples were held back for validation)',
    );
    expect(chart.querySelectorAll('.chart-point')).toHaveLength(60);
    expect(within(chart).getByRole('img').getAttribute('aria-label')).toMatch(
      /^Training accuracy per epoch for 3 values of learning rate/,
    );
  });

  it('follows runs as their epochs arrive', async () => {
    const { api } = await openExperiments();
    const [first] = RATE_EXPERIMENT.jobs;
    act(() =>
      api.emitJob({
        ...first,
        state: 'training',
        history: first.history.slice(0, 4),
        testAccuracy: null,
      }),
    );
    const row = screen.getAllByTestId('experiment-run')[0];
    expect(cellsOf(row).slice(1, 3)).toEqual(['Training', '4 / 20']);
  });

  it('activates a run’s model from the table', async () => {
    const { api } = await openExperiments();
    fireEvent.click(
      within(screen.getAllByTestId('experiment-run')[1]).getByRole('button', { name: 'Use' }),
    );
    await waitFor(() => expect(api.callsTo('setActiveModel')).toEqual([{ id: 'rate-1' }]));
  });
});
