import { expect, it } from 'vitest';
import { FORMULA_TEXT } from './drawing.js';
import { formulaPhoto } from './fixtures.js';
import { UI_TIMEOUT_MS } from './harness.js';
import { describeInBrowser, sessionPerSuite } from './browser-suite.js';
import { choosePng } from './image-input.js';
import { waitForText } from './wait.js';

describeInBrowser('importing a photo', () => {
  const session = sessionPerSuite();

  it('shows the photo with the paper, the lines and the symbols found on it', async () => {
    const { page } = session;
    await choosePng(page, 'formula-photo.png', await formulaPhoto());
    await page.getByTestId('image-view').waitFor({ state: 'visible' });
    await page.getByTestId('paper-box').waitFor({ state: 'attached' });
    await page.getByTestId('image-line-0').waitFor({ state: 'attached' });
    await page.locator('[data-testid^="box-0-"]').first().waitFor({ state: 'visible' });
    await waitForText(page.getByTestId('line-text-0'), FORMULA_TEXT);
    expect(await page.locator('[data-testid^="box-0-"]').count()).toBe(13);
  });

  it('opens an image the back end pushes over the event stream', async () => {
    const { page, app } = session;
    await expect.poll(() => app.bridge.listeners(), { timeout: UI_TIMEOUT_MS }).toBeGreaterThan(0);
    const bytes = new Uint8Array(await formulaPhoto());
    app.bridge.emit({ type: 'open-image', image: { name: 'pushed.png', bytes, path: null } });
    await page.getByText('pushed.png', { exact: true }).waitFor({ state: 'visible' });
    await page.locator('[data-testid^="box-0-"]').first().waitFor({ state: 'visible' });
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
