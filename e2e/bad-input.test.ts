import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawStrokes, FORMULA_TEXT, formulaStrokes } from './drawing.js';
import { EMPTY_FILE, hugePng, PDF_NAMED_PNG, randomBytes } from './fixtures.js';
import { e2eSkipReason, startSession, type Session } from './harness.js';
import { waitForText } from './wait.js';

const skip = e2eSkipReason();
if (skip !== null) console.warn(skip);

const BAD_FILES: readonly { name: string; buffer: Buffer; message: RegExp }[] = [
  { name: 'empty.png', buffer: EMPTY_FILE, message: /empty/i },
  { name: 'scan.png', buffer: PDF_NAMED_PNG, message: /not an image|PDF/i },
  { name: 'noise.png', buffer: randomBytes(), message: /not an image|corrupt|unsupported/i },
  { name: 'huge.png', buffer: hugePng(), message: /1600.0 megapixels; the limit is/i },
];

describe.skipIf(skip !== null)('files that are not images', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const file of BAD_FILES) {
    it(`explains what is wrong with ${file.name} (${file.buffer.length} bytes)`, async () => {
      const { page } = session;
      await page.getByTestId('image-input').setInputFiles({
        name: file.name,
        mimeType: 'image/png',
        buffer: file.buffer,
      });
      const alert = page.getByRole('alert');
      await alert.waitFor({ state: 'visible' });
      const message = (await alert.textContent()) ?? '';
      expect(message).toMatch(file.message);
      // Our own failures say "Something went wrong"; a bad file is the user's to fix.
      expect(message).not.toMatch(/something went wrong/i);
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await alert.waitFor({ state: 'hidden' });
    });
  }

  it('still reads a drawing afterwards', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Draw', exact: true }).click();
    await page.getByTestId('ink-surface').waitFor({ state: 'visible' });
    await drawStrokes(page, formulaStrokes());
    await waitForText(page.getByTestId('line-text-0'), FORMULA_TEXT);
  });
});
