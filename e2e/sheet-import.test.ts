/**
 * Importing a sheet of handwritten samples through the real engine: the photo comes back with a
 * box on every symbol, a click on a box leaves that symbol out, and the rest are saved.
 */
import { expect, it } from 'vitest';
import { describeInBrowser, sessionPerSuite } from './browser-suite.js';
import { importSheet } from './sheet.js';

const PER_ROW = 4;

describeInBrowser('importing a sheet of samples', () => {
  const session = sessionPerSuite();

  it('shows the sheet with a box on each symbol found and saves the kept ones', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Training', exact: true }).click();
    await page.getByRole('button', { name: 'New set' }).click();
    await page.getByLabel('Name of the new set').fill('From a sheet');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { name: 'From a sheet' }).waitFor();
    const sheet = await importSheet(page, '∧ ∀', ['wedge', 'forall'], PER_ROW);
    const overview = page.getByTestId('sheet-overview');
    await expect
      .poll(() =>
        overview.locator('img').evaluate((img) => Reflect.get(img, 'naturalWidth') as number),
      )
      .toBe(sheet.width);

    // One box per symbol, each over the symbol it stands for, in the sheet's own pixels.
    const boxes = page.getByTestId('sheet-box');
    expect(await boxes.count()).toBe(2 * PER_ROW);
    expect(await page.getByTestId('sheet-candidate').count()).toBe(2 * PER_ROW);
    const found = await boxes.evaluateAll((groups) =>
      groups.map((g) => {
        const r = g.querySelector('rect')!;
        const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a)));
        return [x + w / 2, y + h / 2] as const;
      }),
    );
    for (const [cx, cy] of sheet.centres)
      expect(
        found.some(([x, y]) => Math.hypot(x - cx, y - cy) < 20),
        `a box on the symbol at (${cx.toFixed(0)}, ${cy.toFixed(0)})`,
      ).toBe(true);
    // On screen the boxes sit on the photo, not beside it.
    const image = (await overview.locator('img').boundingBox())!;
    const first = (await boxes.first().locator('rect').boundingBox())!;
    expect(first.x).toBeGreaterThan(image.x);
    expect(first.x + first.width).toBeLessThan(image.x + image.width / 2);

    await boxes.first().click();
    expect(await page.getByRole('checkbox', { name: 'Keep symbol 1 (line 1)' }).isChecked()).toBe(
      false,
    );
    await page.getByRole('button', { name: `Save ${2 * PER_ROW - 1} samples` }).click();
    await page.getByText(`Added ${2 * PER_ROW - 1} samples from the sheet`).waitFor();
    expect(await overview.count()).toBe(0);
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
