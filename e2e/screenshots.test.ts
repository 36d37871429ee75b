/**
 * The README's screenshots, taken from the running app so they show what users get: the drawn
 * formula with its symbol boxes and the correction popover, an imported photo, a training set's
 * review grid, a sheet of samples being imported, a training run's live charts and the model's
 * card, each in the light and the dark theme.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { drawStrokes, FORMULA_TEXT, formulaStrokes } from './drawing.js';
import { formulaPhoto } from './fixtures.js';
import { describeInBrowser, sessionPerSuite } from './browser-suite.js';
import { writeSampleFolder } from './sample-folder.js';
import { SCREENSHOTS_DIR, shoot } from './screenshot.js';
import { importSheet } from './sheet.js';
import { choosePng } from './image-input.js';
import { waitForText } from './wait.js';

const THEMES = ['light', 'dark'] as const;
/** Enough samples of enough symbols for the review grid and the charts to look like real use. */
const SAMPLE_CLASSES = ['forall', 'exists', 'neg', 'wedge', 'rightarrow', 'x', 'P', 'Q'];
const SAMPLES_PER_CLASS = 8;
const TRAINING_TIMEOUT_MS = 120_000;

/** The theme setting stays "system", so the page follows the colour scheme the browser reports. */
async function useTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.locator(`html[data-theme="${theme}"]`).waitFor({ state: 'attached' });
}

describeInBrowser('screenshots for the README', () => {
  const session = sessionPerSuite();
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'inkform-screenshots-'));
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('draw mode: the formula, its boxes and the correction popover', async () => {
    const { page } = session;
    await drawStrokes(page, formulaStrokes(), { symbolHeight: 84, placement: 'centre' });
    await waitForText(page.getByTestId('line-text-0'), FORMULA_TEXT);
    // The LaTeX tab shows the typeset formula too.
    await page.getByRole('tab', { name: 'LaTeX', exact: true }).click();
    await page.getByTestId('latex-preview').locator('.katex').first().waitFor();
    // Opened from its box on the ink, so the popover sits by the drawing and the results
    // panel stays in view.
    const chip = page.locator('[data-testid^="symbol-0-"][aria-label^="Symbol Q,"]');
    const chipId = (await chip.getAttribute('data-testid')) ?? '';
    await page.getByTestId(chipId.replace(/^symbol-/, 'box-')).click();
    const dialog = page.getByRole('dialog', { name: 'Correct symbol' });
    await dialog.waitFor({ state: 'visible' });
    for (const theme of THEMES) {
      await useTheme(page, theme);
      await shoot(page, `draw-${theme}`);
    }
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('image mode: a photo with the paper, lines and symbols found on it', async () => {
    const { page } = session;
    await choosePng(page, 'formula-photo.png', await formulaPhoto());
    await page.getByTestId('image-view').waitFor({ state: 'visible' });
    await page.locator('[data-testid^="box-0-"]').first().waitFor({ state: 'visible' });
    await waitForText(page.getByTestId('line-text-0'), FORMULA_TEXT);
    // Away from the photo, so no box is drawn hovered.
    await page.mouse.move(2, 2);
    for (const theme of THEMES) {
      await useTheme(page, theme);
      await shoot(page, `image-${theme}`);
    }
  });

  it('training: a set’s review grid, and a run’s charts drawn epoch by epoch', async () => {
    const { page } = session;
    const training = page.getByRole('navigation', { name: 'Training' });
    await page.getByRole('tab', { name: 'Training', exact: true }).click();
    await training.getByRole('button', { name: 'Training sets', exact: true }).click();
    await page.getByRole('button', { name: 'New set' }).click();
    await page.getByLabel('Name of the new set').fill('Class notes');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('tab', { name: 'Import files' }).click();
    const folder = await writeSampleFolder(join(scratch, 'class notes'), {
      classes: SAMPLE_CLASSES,
      perClass: SAMPLES_PER_CLASS,
    });
    await page.getByTestId('folder-input').setInputFiles(folder);
    await page.getByTestId('import-report').waitFor();
    await page.getByRole('tab', { name: 'Review' }).click();
    await page.getByTestId('sample-cell').first().waitFor();
    for (const theme of THEMES) {
      await useTheme(page, theme);
      await shoot(page, `training-set-${theme}`);
    }

    // A sheet of samples read by the engine, one symbol left out with a click on its box.
    await importSheet(page, '∧ ∀ x', ['wedge', 'forall', 'x'], 5);
    await page.getByTestId('sheet-box').nth(3).click();
    await page.getByTestId('sheet-overview').scrollIntoViewIfNeeded();
    await page.mouse.move(2, 2);
    for (const theme of THEMES) {
      await useTheme(page, theme);
      await shoot(page, `sheet-import-${theme}`);
    }
    await page.getByRole('button', { name: 'Discard' }).click();

    await training.getByRole('button', { name: 'Train', exact: true }).click();
    await page.getByLabel('Model name').fill('Class notes, Adam');
    await page.getByRole('checkbox', { name: /^Class notes/ }).check();
    // Its few symbols would fine-tune the default model; the pictures show a small new network.
    await page.getByLabel('Start from').selectOption('');
    await page.getByLabel('Hidden layers').fill('64');
    await page.getByLabel('Epochs').fill('12');
    await page.getByRole('button', { name: 'Start training' }).click();
    await page
      .getByRole('button', { name: 'Use this model' })
      .waitFor({ timeout: TRAINING_TIMEOUT_MS });
    expect(await page.getByTestId('loss-chart').locator('.chart-point').count()).toBeGreaterThan(0);
    for (const theme of THEMES) {
      await useTheme(page, theme);
      await shoot(page, `training-run-${theme}`);
    }

    await page.getByRole('button', { name: 'Model details' }).click();
    await page.getByRole('heading', { name: 'Class notes, Adam' }).first().waitFor();
    // The card comes in its own request after the heading; under load the picture caught it loading.
    await page.locator('.model-card').waitFor();
    for (const theme of THEMES) {
      await useTheme(page, theme);
      await shoot(page, `model-${theme}`);
    }
    expect(session.pageErrors).toEqual([]);
  });
});
