import { expect, it } from 'vitest';
import { drawStrokes, FORMULA_TEXT, formulaStrokes } from './drawing.js';
import { describeInBrowser, sessionPerSuite } from './browser-suite.js';
import { waitForText } from './wait.js';

// The tests build on each other: the correction corrects the drawing the first test made.
describeInBrowser('drawing and correcting a formula in the browser', () => {
  const session = sessionPerSuite();

  it('reads ∀x(P(x)→Q(x)) drawn stroke by stroke with the mouse', async () => {
    const { page } = session;
    const releasedAt = await drawStrokes(page, formulaStrokes());
    await waitForText(page.getByTestId('line-text-0'), FORMULA_TEXT);
    const waited = Math.round(performance.now() - releasedAt);
    // Printed, not asserted: timings belong to the benchmarks, and this one includes the pause
    // live recognition waits for after the last stroke.
    console.log(`e2e: the drawn formula appeared ${waited} ms after the last mouseup`);
    const status = await page.getByTestId('line-status-0').textContent();
    expect(status).toMatch(/well-formed/);
    expect(status).not.toMatch(/not well-formed/);
    await page.getByTestId('box-0-0').waitFor({ state: 'visible' });
  });

  it('closes the correction popover with Escape, focus back on the chip', async () => {
    const { page } = session;
    const chip = page.locator('[data-testid^="symbol-0-"][aria-label^="Symbol Q,"]');
    await chip.click();
    const dialog = page.getByRole('dialog', { name: 'Correct symbol' });
    await dialog.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await chip.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  });

  it('corrects the Q to R in two clicks', async () => {
    const { page } = session;
    await page.locator('[data-testid^="symbol-0-"][aria-label^="Symbol Q,"]').click();
    const dialog = page.getByRole('dialog', { name: 'Correct symbol' });
    await dialog.waitFor({ state: 'visible' });
    const alternative = dialog.getByTestId('alt-R');
    const target = (await alternative.count()) > 0 ? alternative : dialog.getByTestId('palette-R');
    await target.click();
    await waitForText(page.getByTestId('line-text-0'), '∀x(P(x)→R(x))');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('line-status-0').textContent()).not.toMatch(/not well-formed/);
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
