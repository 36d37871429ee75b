/**
 * Teaching the app a handwriting, as the acceptance test describes: create a set,
 * capture samples on the pad, train a small network, watch its charts, use it, and read a
 * drawing with it in the workspace. Real back end, real training, real mouse.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { drawStrokes, formulaStrokes } from './drawing.js';
import { describeInBrowser, sessionPerSuite } from './browser-suite.js';
import { VIEWPORT } from './harness.js';
import { writeSampleFolder } from './sample-folder.js';
import { captureSet, navTo, openTraining } from './training-pages.js';

/** The symbols captured, as the pad prompts them and as the templates name them. */
const CLASSES: Readonly<Record<string, string>> = { '∀': 'forall', '∃': 'exists', x: 'x', P: 'P' };
const PER_CLASS = 3;
/** Imported from a folder after the capture, in the shared data's class names. */
const FOLDER_CLASSES = ['forall', 'x'] as const;
const FOLDER_PER_CLASS = 2;
const SET_NAME = 'My handwriting';
const MODEL_NAME = 'E2E Adam';
const EXPERIMENT_NAME = 'Three algorithms';
const UI_TIMEOUT = 15_000;
/** A 3-epoch run on 12 samples takes seconds; loading the worker and testing add a few more. */
const TRAINING_TIMEOUT_MS = 120_000;

// The tests build on each other: the run trains on the samples the capture test saved.
describeInBrowser('teaching the app a handwriting in the browser', () => {
  const session = sessionPerSuite();
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'inkform-e2e-folder-'));
    await openTraining(session.page);
  });

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('shows the navigation as icons in a narrow window', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1000, height: VIEWPORT.height });
    const columns = () =>
      page
        .locator('.manage')
        .evaluate(
          (el) => el.ownerDocument.defaultView?.getComputedStyle(el).gridTemplateColumns ?? '',
        );
    try {
      await expect.poll(columns).toMatch(/^64px /);
    } finally {
      await page.setViewportSize(VIEWPORT);
    }
    await expect.poll(columns).not.toMatch(/^64px /);
  });

  it('creates a set and captures three samples of each of four symbols', async () => {
    const { page } = session;
    const written = await captureSet(page, SET_NAME, CLASSES, PER_CLASS);
    expect([...written.values()]).toEqual([PER_CLASS, PER_CLASS, PER_CLASS, PER_CLASS]);
    await page
      .getByText('Every symbol has reached its target.', { exact: false })
      .first()
      .waitFor();
    await page.getByRole('tab', { name: 'Overview' }).click();
    const chart = page.getByRole('img', { name: /^Samples per class/ });
    expect(await chart.getAttribute('aria-label')).toBe(
      'Samples per class: 4 classes, 12 samples; fewest ∀ (3); most ∀ (3)',
    );
  });

  it('imports a folder of samples, counting the junk in it', async () => {
    const { page } = session;
    const folder = await writeSampleFolder(join(scratch, 'more samples'), {
      classes: FOLDER_CLASSES,
      perClass: FOLDER_PER_CLASS,
    });
    await page.getByRole('tab', { name: 'Import files' }).click();
    await page.getByTestId('folder-input').setInputFiles(folder);
    const report = page.getByTestId('import-report');
    await report.waitFor();
    const added = FOLDER_CLASSES.length * FOLDER_PER_CLASS;
    expect(await report.locator('p').first().textContent()).toBe(
      `Added ${added} samples from more samples; skipped 1:`,
    );
    await page.getByRole('tab', { name: 'Overview' }).click();
    const chart = page.getByRole('img', { name: /^Samples per class/ });
    expect(await chart.getAttribute('aria-label')).toBe(
      `Samples per class: 4 classes, ${12 + added} samples; fewest ∃ (3); most ∀ (5)`,
    );
  });

  it('trains a small Adam network and draws its charts epoch by epoch', async () => {
    const { page } = session;
    await navTo(page, 'Train');
    await page.getByLabel('Model name').fill(MODEL_NAME);
    await page.getByRole('checkbox', { name: new RegExp(`^${SET_NAME}`) }).check();
    // Four symbols would fine-tune the default model; this run is meant to make a new network.
    await page.getByLabel('Start from').selectOption('');
    await page.getByRole('radio', { name: 'Adam' }).check({ force: true });
    await page.getByLabel('Hidden layers').fill('32');
    await page.getByLabel('Epochs').fill('3');
    await page.getByRole('button', { name: 'Start training' }).click();
    await page.getByRole('heading', { name: new RegExp(MODEL_NAME) }).waitFor();

    const points = page.getByTestId('loss-chart').locator('.chart-point');
    await points.first().waitFor({ timeout: TRAINING_TIMEOUT_MS });
    const use = page.getByRole('button', { name: 'Use this model' });
    await use.waitFor({ timeout: TRAINING_TIMEOUT_MS });
    expect(await page.getByTestId('job-epoch').textContent()).toBe('3 of 3');
    // Three epochs of training loss, and of validation loss beside them.
    expect(await points.count()).toBeGreaterThanOrEqual(3);
    const summary = await page
      .getByTestId('accuracy-chart')
      .getByRole('img')
      .getAttribute('aria-label');
    expect(summary).toMatch(/^Accuracy per epoch, 3 of 3 epochs: training \d+\.\d%/);
    expect(await page.getByTestId('job-test-accuracy').textContent()).toMatch(/^\d+\.\d%$/);

    // It reads 4 of the 96 symbols, so the app asks first and offers the default back after.
    await use.click();
    const ask = page.getByRole('alertdialog', { name: `Read with “${MODEL_NAME}”?` });
    expect(await ask.textContent()).toContain('can read only 4 of 96 symbols');
    await ask.getByRole('button', { name: 'Use it anyway' }).click();
    await page.getByRole('button', { name: 'In use' }).waitFor();
    await page.getByRole('button', { name: /^Switch back to “Inkform default/ }).waitFor();
  });

  it('reads a drawing in the workspace with the new model', async () => {
    const { page } = session;
    const picker = page.getByRole('combobox', { name: 'Model' });
    await expect
      .poll(() => picker.locator('option:checked').textContent(), { timeout: 15_000 })
      .toContain(MODEL_NAME);
    await page.getByRole('tab', { name: 'Draw', exact: true }).click();
    await page.getByTestId('ink-surface').waitFor();
    await drawStrokes(page, formulaStrokes());
    await page.getByTestId('line-text-0').filter({ hasText: /\S/ }).waitFor();
  });

  it('compares the three algorithms in one experiment and uses the best run', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Training', exact: true }).click();
    await navTo(page, 'Experiments');
    const form = page.getByRole('form', { name: 'New experiment' });
    await form.getByLabel('Setting to vary').selectOption('algorithm');
    await form.getByLabel('Values').fill('backprop, rprop, adam');
    await form.getByLabel('Experiment name').fill(EXPERIMENT_NAME);
    await form.getByRole('checkbox', { name: new RegExp(`^${SET_NAME}`) }).check();
    await form.getByLabel('Hidden layers').fill('32');
    await form.getByLabel('Epochs').fill('3');
    await form.getByRole('button', { name: 'Start experiment' }).click();

    const runs = page.getByTestId('experiment-run');
    await expect.poll(() => runs.count(), { timeout: UI_TIMEOUT }).toBe(3);
    // The runs go one after another; each must finish, Rprop included.
    await expect
      .poll(() => runs.locator('[data-state="done"]').count(), {
        timeout: 3 * TRAINING_TIMEOUT_MS,
        interval: 500,
      })
      .toBe(3);
    const names = await runs.locator('th').allTextContents();
    expect(names.map((n) => n.replace(/\s*\(best\)$/, '').trim())).toEqual([
      'Backpropagation',
      'Rprop',
      'Adam',
    ]);
    // Test accuracy: on sets this small there may be no validation samples, but always a test.
    const accuracies = await runs.locator('td.num:nth-of-type(4)').allTextContents();
    expect(accuracies).toEqual(accuracies.map(() => expect.stringMatching(/^\d+\.\d%$/)));

    const best = page.locator('tr.is-best');
    await best.getByRole('button', { name: 'Use' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Use it anyway' }).click();
    await best.getByRole('button', { name: 'In use' }).waitFor();
    const picker = page.getByRole('combobox', { name: 'Model' });
    await expect
      .poll(() => picker.locator('option:checked').textContent(), { timeout: UI_TIMEOUT })
      .toContain(EXPERIMENT_NAME);
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
