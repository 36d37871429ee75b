import { expect, it } from 'vitest';
import { drawStrokes, FORMULA_TEXT, formulaStrokes } from './drawing.js';
import sharp from 'sharp';
import { EMPTY_FILE, formulaPhoto, hugePng, PDF_NAMED_PNG, randomBytes } from './fixtures.js';
import { describeInBrowser, sessionPerSuite } from './browser-suite.js';
import { choosePng } from './image-input.js';
import { waitForText } from './wait.js';

const blankPng = (): Promise<Buffer> =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer();

const TEXT_NAMED_PNG = Buffer.from('∀x P(x): my notes, saved as .png by mistake\n');

/** A real PNG cut in half, as an interrupted download leaves it. */
async function truncatedPng(): Promise<Buffer> {
  const whole = await formulaPhoto();
  return whole.subarray(0, Math.floor(whole.length / 2));
}

const BAD_FILES: readonly { name: string; buffer: () => Promise<Buffer>; message: string }[] = [
  { name: 'empty.png', buffer: async () => EMPTY_FILE, message: '“empty.png” is empty' },
  { name: 'scan.png', buffer: async () => PDF_NAMED_PNG, message: '“scan.png” is a PDF file' },
  {
    name: 'notes.png',
    buffer: async () => TEXT_NAMED_PNG,
    message: '“notes.png” is not a picture Inkform can read',
  },
  {
    name: 'noise.png',
    buffer: async () => randomBytes(),
    message: '“noise.png” is not a picture Inkform can read',
  },
  {
    name: 'cut.png',
    buffer: truncatedPng,
    message: '“cut.png” is damaged or cut short',
  },
  {
    name: 'huge.png',
    buffer: async () => hugePng(),
    message: '“huge.png” has 1600.0 megapixels; Inkform reads pictures of up to',
  },
];

describeInBrowser('files that are not images', () => {
  const session = sessionPerSuite();

  for (const file of BAD_FILES) {
    it(`explains what is wrong with ${file.name}, naming it`, async () => {
      const { page } = session;
      await choosePng(page, file.name, await file.buffer());
      const alert = page.getByRole('alert');
      await alert.waitFor({ state: 'visible' });
      const message = (await alert.textContent()) ?? '';
      expect(message).toContain(file.message);
      // Our own failures say "Something went wrong"; a bad file is the user's to fix.
      expect(message).not.toMatch(/something went wrong/i);
      expect(message).not.toMatch(/sharp|vips/i);
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await alert.waitFor({ state: 'hidden' });
    });
  }

  it('says "No handwriting found" for a blank picture', async () => {
    const { page } = session;
    await choosePng(page, 'blank.png', await blankPng());
    await page.getByText('No handwriting found in “blank.png”.').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('still reads a drawing afterwards', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Draw', exact: true }).click();
    await page.getByTestId('ink-surface').waitFor({ state: 'visible' });
    await drawStrokes(page, formulaStrokes());
    await waitForText(page.getByTestId('line-text-0'), FORMULA_TEXT);
  });
});
