import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMULA_TEXT } from './drawing.js';
import { formulaPhoto } from './fixtures.js';
import { e2eSkipReason, startSession, UI_TIMEOUT_MS, type Session } from './harness.js';
import { waitForText } from './wait.js';

const skip = e2eSkipReason();
if (skip !== null) console.warn(skip);

describe.skipIf(skip !== null)('importing a photo', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the photo with the paper, the lines and the symbols found on it', async () => {
    const { page } = session;
    await page.getByTestId('image-input').setInputFiles({
      name: 'formula-photo.png',
      mimeType: 'image/png',
      buffer: await formulaPhoto(),
    });
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
