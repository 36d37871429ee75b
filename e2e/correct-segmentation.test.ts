import { expect, it } from 'vitest';
import { drawStrokes } from './drawing.js';
import { describeInBrowser, sessionPerSuite } from './browser-suite.js';
import {
  COMMA_TEXT,
  EQUALS_TEXT,
  splitEqualsStrokes,
  touchingCommaPicture,
} from './segmentation-fixtures.js';
import { choosePng } from './image-input.js';
import { waitForText } from './wait.js';

/** A number attribute of an SVG element. */
const numberOf = async (
  locator: import('playwright-core').Locator,
  name: string,
): Promise<number> => Number(await locator.getAttribute(name));

describeInBrowser('correcting where symbols begin and end', () => {
  const session = sessionPerSuite();

  it('splits a comma from the x it touches in a picture, by pointer and keys, and the line reads right', async () => {
    const { page } = session;
    const { png, commaX } = await touchingCommaPicture();
    await choosePng(page, 'touching-comma.png', png);
    const text = page.getByTestId('line-text-0');
    await page.locator('[data-testid^="box-0-"]').first().waitFor({ state: 'attached' });
    // Read alone, the comma and its x are one symbol.
    expect(await text.textContent()).not.toBe(COMMA_TEXT);
    const boxes = page.locator('[data-testid^="box-0-"]');
    let merged = -1;
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = page.getByTestId(`box-0-${i}`);
      const x = await numberOf(box, 'x');
      if (x < commaX && x + (await numberOf(box, 'width')) > commaX + 4) merged = i;
    }
    expect(merged).toBeGreaterThanOrEqual(0);

    await page.getByTestId(`symbol-0-${merged}`).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Correct symbol' });
    await dialog.waitFor({ state: 'visible' });
    await page.keyboard.press('s');
    const slider = dialog.getByRole('slider', { name: 'Cut position' });
    await slider.waitFor({ state: 'visible' });
    expect(await slider.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    // The pointer over the box moves the cut to where it points.
    const cut = page.getByTestId('cut-line');
    const target = page.getByTestId('cut-target');
    const onScreen = await target.boundingBox();
    const inImage = { x: await numberOf(target, 'x'), width: await numberOf(target, 'width') };
    if (onScreen === null) throw new Error('the box being cut is not on screen');
    const perPixel = onScreen.width / inImage.width;
    await page.mouse.move(
      onScreen.x + (commaX - inImage.x) * perPixel,
      onScreen.y + onScreen.height / 2,
    );
    expect(Math.abs((await numberOf(cut, 'x1')) - commaX)).toBeLessThanOrEqual(1 + 1 / perPixel);
    // And so do the arrow keys: from the left end of the box, one pixel each.
    await slider.focus();
    await page.keyboard.press('Home');
    const first = await numberOf(cut, 'x1');
    for (let x = first; x < commaX; x++) await page.keyboard.press('ArrowRight');
    expect(Math.abs((await numberOf(cut, 'x1')) - commaX)).toBeLessThanOrEqual(1);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await waitForText(text, COMMA_TEXT);
    expect(await page.getByTestId('line-status-0').textContent()).not.toMatch(/not well-formed/);
  });

  it('joins the two bars of an = written apart in a drawing, and undoes the join', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Draw' }).click();
    await page.getByTestId('ink-surface').waitFor({ state: 'visible' });
    await drawStrokes(page, splitEqualsStrokes());
    const text = page.getByTestId('line-text-0');
    // The bars apart read as two symbols, whatever they are taken for.
    await waitForText(text, '∀x(x−−x)');

    await page.getByTestId('symbol-0-4').click();
    const dialog = page.getByRole('dialog', { name: 'Correct symbol' });
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('button', { name: 'Join with next' }).click();
    await waitForText(text, EQUALS_TEXT);
    expect(await page.getByTestId('line-status-0').textContent()).not.toMatch(/not well-formed/);

    // The join is a step of the drawing's history, like a stroke.
    await page.keyboard.press('Control+z');
    await waitForText(text, '∀x(x−−x)');
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
