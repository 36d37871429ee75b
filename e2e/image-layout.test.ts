import { beforeAll, expect, it } from 'vitest';
import { UI_TIMEOUT_MS } from './harness.js';
import { describeInBrowser, sessionPerSuite } from './browser-suite.js';
import {
  TILTED_LINES,
  tiltedTwoLinePhoto,
  type TiltedPhoto,
} from '../recognition/writing/tilted-photo.js';
import { choosePng } from './image-input.js';
import { waitForText } from './wait.js';

/**
 * Issue #14: a photo whose two lines, tilted and written close, come back interleaved. The user
 * straightens it and puts a separator between the lines, or draws one along the tilt, and each
 * line is read as itself.
 */
describeInBrowser('straightening a photo and separating its lines', () => {
  const session = sessionPerSuite();
  let photo: TiltedPhoto;

  beforeAll(async () => {
    // Lines one symbol height apart: ∀ and ∃, P and x touch across them.
    photo = await tiltedTwoLinePhoto({ tilt: 2.5, pitch: 1 });
  });

  async function importPhoto(name: string): Promise<void> {
    const { page } = session;
    await choosePng(page, name, photo.png);
    // Read, and not the picture before it: its name is shown and the reading has finished.
    await page.getByTestId('image-view').getByText(name, { exact: true }).waitFor();
    await page.locator('[data-testid="image-view"][aria-busy="false"]').waitFor();
    await page.getByTestId('image-line-0').waitFor({ state: 'attached' });
  }

  it('reads both lines once the photo is straightened and a separator is put between them', async () => {
    const { page } = session;
    await importPhoto('tilted.png');
    await page.getByRole('spinbutton', { name: 'Angle in degrees' }).fill(String(-photo.tilt));
    const view = page.getByTestId('image-view');
    // Turned 2.5° the picture needs a larger frame: 1434×860.
    await view.getByText(/^1434×860 px/).waitFor({ timeout: UI_TIMEOUT_MS });

    await page.getByRole('button', { name: 'Add separator' }).click();
    const separator = page.getByRole('slider', { name: 'Line separator 1' });
    await expect
      .poll(() => separator.evaluate((el) => el === el.ownerDocument.activeElement))
      .toBe(true);
    // From the middle (430) up to the gap between the lines, a hundredth of the height a step.
    for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowUp');
    expect(await separator.getAttribute('aria-valuenow')).toBe('396');

    await waitForText(page.getByTestId('line-text-0'), TILTED_LINES[0]);
    await waitForText(page.getByTestId('line-text-1'), TILTED_LINES[1]);
    await view.getByText('1434×860 px · 2 lines', { exact: false }).waitFor();

    // Reset brings the photo back as it was imported.
    await page.getByRole('button', { name: 'Reset' }).click();
    await view.getByText(/^1400×800 px/).waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await page.getByRole('slider', { name: 'Line separator 1' }).count()).toBe(0);
  });

  it('reads both lines once a separator is drawn along the tilt', async () => {
    const { page } = session;
    await importPhoto('tilted-again.png');
    await page.getByRole('button', { name: 'Draw line separators' }).click();
    const overlay = page.getByTestId('line-cuts');
    const box = await overlay.boundingBox();
    if (box === null) throw new Error('the picture is not on screen');
    // Picture pixels to screen: the overlay shows the whole 1400×800 picture.
    const onScreen = (x: number, y: number) =>
      [box.x + (x * box.width) / photo.width, box.y + (y * box.height) / photo.height] as const;
    const slope = Math.tan((photo.tilt * Math.PI) / 180);
    const from = onScreen(100, photo.between - slope * (photo.width / 2 - 100));
    const to = onScreen(1300, photo.between + slope * (1300 - photo.width / 2));
    await page.mouse.move(...from);
    await page.mouse.down();
    await page.mouse.move((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, { steps: 5 });
    await page.mouse.move(...to, { steps: 5 });
    await page.mouse.up();
    await page.getByRole('slider', { name: 'Line separator 1' }).waitFor();

    await waitForText(page.getByTestId('line-text-0'), TILTED_LINES[0]);
    await waitForText(page.getByTestId('line-text-1'), TILTED_LINES[1]);
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
