/**
 * The README's screenshots, taken from the running app so they show what users get: the drawn
 * formula with its symbol boxes and the correction popover, and an imported photo, each in the
 * light and the dark theme.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../services/bridge/build-renderer.js';
import { drawStrokes, FORMULA_TEXT, formulaStrokes } from './drawing.js';
import { formulaPhoto } from './fixtures.js';
import { e2eSkipReason, startSession, type Session } from './harness.js';
import { waitForText } from './wait.js';

const skip = e2eSkipReason();
if (skip !== null) console.warn(skip);

/**
 * Every run takes them, so a broken screen fails here; only `INKFORM_UPDATE_SCREENSHOTS=1`
 * writes them over the README's copies, so an ordinary test run leaves the tree clean.
 */
const SCREENSHOTS_DIR =
  process.env.INKFORM_UPDATE_SCREENSHOTS === '1'
    ? join(PROJECT_ROOT, 'docs', 'screenshots')
    : join(PROJECT_ROOT, '.cache', 'screenshots');
const THEMES = ['light', 'dark'] as const;

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(SCREENSHOTS_DIR, `${name}.png`),
    type: 'png',
    animations: 'disabled',
    caret: 'hide',
  });
}

/** The theme setting stays "system", so the page follows the colour scheme the browser reports. */
async function useTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.locator(`html[data-theme="${theme}"]`).waitFor({ state: 'attached' });
}

describe.skipIf(skip !== null)('screenshots for the README', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await session?.close();
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
    await page.getByTestId('image-input').setInputFiles({
      name: 'formula-photo.png',
      mimeType: 'image/png',
      buffer: await formulaPhoto(),
    });
    await page.getByTestId('image-view').waitFor({ state: 'visible' });
    await page.locator('[data-testid^="box-0-"]').first().waitFor({ state: 'visible' });
    await waitForText(page.getByTestId('line-text-0'), FORMULA_TEXT);
    // Away from the photo, so no box is drawn hovered.
    await page.mouse.move(2, 2);
    for (const theme of THEMES) {
      await useTheme(page, theme);
      await shoot(page, `image-${theme}`);
    }
    expect(session.pageErrors).toEqual([]);
  });
});
