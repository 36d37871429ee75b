// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EpochPoint, TrainingJobInfo } from '@services/contract';
import { renderManage } from '../test/render-manage';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const field = (label: string) => screen.queryByLabelText(label) as HTMLInputElement | null;
const value = (label: string) => field(label)?.value;

async function openTrain(options = {}) {
  const harness = renderManage('train', options);
  await screen.findByRole('radio', { name: 'Adam' });
  return harness;
}

function point(epoch: number, loss: number, accuracy: number): EpochPoint {
  return {
    epoch,
    loss,
    accuracy,
    validationLoss: loss + 0.1,
    validationAccuracy: accuracy - 0.05,
    learningRate: 0.001,
    samplesPerSecond: 5120,
    elapsedSeconds: epoch * 9,
    etaSeconds: (3 - epoch) * 9,
  };
}

const dots = (testId: string) => screen.getByTestId(testId).querySelectorAll('.chart-point').length;

describe('Train form', () => {
  it('starts from Adam’s defaults and loads each algorithm’s own when switched', async () => {
    await openTrain();
    expect((screen.getByRole('radio', { name: 'Adam' }) as HTMLInputElement).checked).toBe(true);
    expect(value('Learning rate')).toBe('0.001');
    expect(value('Batch size')).toBe('128');
    expect(value('Epochs')).toBe('60');
    expect(field('Momentum')).toBeNull();

    fireEvent.click(screen.getByRole('radio', { name: 'Rprop' }));
    expect(field('Batch size')).toBeNull();
    expect(screen.getByTestId('full-batch-note').textContent).toBe(
      'Rprop uses the full batch: every sample counts in every step.',
    );
    expect(field('Learning rate')).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /Augment/ })).toBeNull();
    expect(value('Epochs')).toBe('300');

    fireEvent.click(screen.getByRole('radio', { name: 'Backpropagation' }));
    expect(value('Learning rate')).toBe('0.05');
    expect(value('Momentum')).toBe('0.9');
    expect(value('Batch size')).toBe('64');
    expect(value('Epochs')).toBe('60');
    expect(screen.queryByTestId('full-batch-note')).toBeNull();
  });

  it('sends the chosen sets and settings to startTraining', async () => {
    const { api } = await openTrain();
    fireEvent.change(field('Model name')!, { target: { value: 'Quick Adam' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /^My handwriting/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /built-in data/ }));
    fireEvent.change(field('Hidden layers')!, { target: { value: '32' } });
    fireEvent.change(field('Epochs')!, { target: { value: '3' } });
    fireEvent.change(field('Validation split (%)')!, { target: { value: '20' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Augment/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Start training' }));

    await waitFor(() => expect(api.callsTo('startTraining')).toHaveLength(1));
    expect(api.callsTo('startTraining')[0]).toEqual({
      name: 'Quick Adam',
      setIds: ['my-handwriting'],
      includeBaseData: true,
      fineTuneFrom: null,
      settings: {
        algorithm: 'adam',
        hidden: [32],
        activation: 'relu',
        learningRate: 0.001,
        momentum: 0.9,
        batchSize: 128,
        epochs: 3,
        validationSplit: 0.2,
        augment: false,
        seed: 1,
      },
    });
    expect(await screen.findByRole('heading', { name: /Quick Adam/ })).toBeTruthy();
  });

  it('sends Rprop without a batch size or augmentation of its own', async () => {
    const { api } = await openTrain();
    fireEvent.click(screen.getByRole('checkbox', { name: /^Scanned sheets/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Rprop' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start training' }));
    await waitFor(() => expect(api.callsTo('startTraining')).toHaveLength(1));
    expect(api.callsTo('startTraining')[0].settings).toMatchObject({
      algorithm: 'rprop',
      batchSize: 0,
      learningRate: 0,
      augment: false,
      epochs: 300,
    });
  });

  it('says what is wrong instead of starting', async () => {
    const { api } = await openTrain();
    fireEvent.change(field('Hidden layers')!, { target: { value: '512, lots' } });
    fireEvent.change(field('Learning rate')!, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start training' }));
    expect(await screen.findByText('Choose at least one training set')).toBeTruthy();
    expect(screen.getByText('Each layer is a whole number of units from 1 to 4096')).toBeTruthy();
    expect(field('Learning rate')!.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Some settings need a look');
    await act(async () => {});
    expect(api.callsTo('startTraining')).toEqual([]);
  });

  it('offers the built-in data only when it is on this computer', async () => {
    await openTrain({ baseDataAvailable: false });
    expect(screen.queryByRole('checkbox', { name: /built-in data/ })).toBeNull();
  });

  it('fine-tunes the active model when the sets do not cover every symbol, and says why', async () => {
    const { api } = await openTrain();
    expect(field('Start from')!.value).toBe('');
    fireEvent.click(screen.getByRole('checkbox', { name: /^My handwriting/ }));
    expect(field('Start from')!.value).toBe('default');
    expect(field('Hidden layers')!.disabled).toBe(true);
    expect(field('Learning rate')!.value).toBe('0.0001');
    expect(
      screen.getByText(
        'The chosen data has samples of only 7 of 96 symbols, so the run fine-tunes “Default ' +
          'model”, which keeps every symbol it reads; a new network would read only those.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start training' }));
    await waitFor(() => expect(api.callsTo('startTraining')).toHaveLength(1));
    expect(api.callsTo('startTraining')[0]).toMatchObject({
      setIds: ['my-handwriting'],
      fineTuneFrom: 'default',
      settings: { learningRate: 0.0001 },
    });
  });

  it('keeps the start the user chose, warning what a new network will not read', async () => {
    await openTrain();
    fireEvent.click(screen.getByRole('checkbox', { name: /^My handwriting/ }));
    const start = field('Start from') as unknown as HTMLSelectElement;
    expect([...start.options].map((o) => o.textContent)).toEqual([
      'Random weights (a new network)',
      'Fine-tune Default model',
      'Fine-tune Adam on my handwriting',
      'Fine-tune My Rprop model',
      'Fine-tune Five symbols (5 of 96 symbols)',
    ]);
    fireEvent.change(start, { target: { value: '' } });
    expect(field('Hidden layers')!.disabled).toBe(false);
    expect(field('Learning rate')!.value).toBe('0.001');
    expect(
      screen.getByText(/^A new network reads only the symbols it has samples of/),
    ).toBeTruthy();
    // The built-in data covers every symbol: the warning goes, the choice stays.
    fireEvent.click(screen.getByRole('checkbox', { name: /built-in data/ }));
    expect(start.value).toBe('');
    expect(screen.queryByText(/^A new network reads only/)).toBeNull();

    fireEvent.change(start, { target: { value: 'default' } });
    expect(field('Hidden layers')!.disabled).toBe(true);
    expect(field('Learning rate')!.value).toBe('0.0001');
    expect(screen.getByText(/takes smaller steps/)).toBeTruthy();
  });
});

describe('Training run', () => {
  async function startRun() {
    const harness = await openTrain();
    fireEvent.click(screen.getByRole('checkbox', { name: /^My handwriting/ }));
    fireEvent.change(field('Epochs')!, { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start training' }));
    await screen.findByRole('heading', { name: /My model/ });
    const job = (await harness.api.listTrainingJobs()).at(-1) as TrainingJobInfo;
    return { ...harness, job };
  }

  it('redraws the loss and accuracy charts when an epoch arrives', async () => {
    const { api, job } = await startRun();
    expect(dots('loss-chart')).toBe(0);
    expect(
      within(screen.getByTestId('loss-chart')).getByRole('img').getAttribute('aria-label'),
    ).toBe('Loss per epoch: no epoch finished yet');

    act(() =>
      api.emitJob({
        ...job,
        state: 'training',
        startedAt: '2026-11-28T12:00:00.000Z',
        history: [point(1, 2.1, 0.4)],
      }),
    );
    expect(dots('loss-chart')).toBe(2);
    expect(dots('accuracy-chart')).toBe(2);
    expect(
      within(screen.getByTestId('accuracy-chart')).getByRole('img').getAttribute('aria-label'),
    ).toBe('Accuracy per epoch, 1 of 3 epochs: training 40.0%, validation 35.0%');
    expect(screen.getByTestId('job-epoch').textContent).toBe('1 of 3');
    expect(screen.getByText('5,120 samples/s')).toBeTruthy();
    expect(screen.getByText('18 s')).toBeTruthy();

    act(() =>
      api.emitJob({ ...job, state: 'training', history: [point(1, 2.1, 0.4), point(2, 1.2, 0.7)] }),
    );
    expect(dots('loss-chart')).toBe(4);
    expect(screen.getByTestId('job-epoch').textContent).toBe('2 of 3');
    expect(
      within(screen.getByTestId('loss-chart')).getByRole('img').getAttribute('aria-label'),
    ).toBe('Loss per epoch, 2 of 3 epochs: training 1.200, validation 1.300');
  });

  it('cancels a running job', async () => {
    const { api, job } = await startRun();
    act(() => api.emitJob({ ...job, state: 'training', history: [point(1, 2.1, 0.4)] }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(api.callsTo('cancelTraining')).toEqual([{ jobId: job.jobId }]));
    const heading = screen.getByRole('heading', { name: /My model/ });
    await waitFor(() => expect(within(heading).getByText('Cancelled')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('shows the test accuracy when done and activates the model on “Use this model”', async () => {
    const { api, job } = await startRun();
    act(() =>
      api.emitJob({
        ...job,
        state: 'done',
        history: [point(1, 2.1, 0.4), point(2, 1.2, 0.7), point(3, 0.6, 0.9)],
        modelId: 'my-rprop',
        testAccuracy: 0.9125,
        finishedAt: '2026-11-28T12:01:00.000Z',
      }),
    );
    expect(screen.getByTestId('job-test-accuracy').textContent).toBe('91.3%');
    fireEvent.click(screen.getByRole('button', { name: 'Use this model' }));
    await waitFor(() => expect(api.callsTo('setActiveModel')).toEqual([{ id: 'my-rprop' }]));
    expect(await screen.findByRole('button', { name: 'In use' })).toBeTruthy();
  });

  it('lists earlier runs and shows the chosen one', async () => {
    await openTrain();
    const runs = await screen.findByRole('list', { name: 'Training runs' });
    expect(within(runs).getAllByRole('button')).toHaveLength(1);
    fireEvent.click(within(runs).getByRole('button', { name: /Adam on my handwriting/ }));
    expect(screen.getByRole('heading', { name: /Adam on my handwriting/ })).toBeTruthy();
    expect(dots('loss-chart')).toBe(40);
  });
});
