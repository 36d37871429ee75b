/**
 * `npm run bench:app`: how fast the app answers a user, measured inside the page in Chromium and
 * set against the bare engine on the same input in the same run:
 *
 * - stroke to text: from the release of the last stroke of ∀x(P(x)→Q(x)) to the recognised text
 *   on screen (target: 100 ms);
 * - photo to boxes: from choosing a 12-megapixel photo to its symbol boxes on screen (target: 3 s).
 *
 * Timestamps come from the page's own clock (a capture-phase listener and a MutationObserver),
 * so Playwright's polling adds nothing to them.
 */
import sharp from 'sharp';
import { loadClassifier } from '../recognition/models.js';
import { recognizeImage, recognizeStrokes } from '../recognition/recognize.js';
import { medianMs } from '../recognition/eval/timing.js';
import { median } from '../recognition/geometry.js';
import { drawStrokes, FORMULA_TEXT, formulaStrokes } from './drawing.js';
import { formulaPhoto } from './fixtures.js';
import { e2eSkipReason, startSession } from './harness.js';
import { waitForText } from './wait.js';
import type { Page } from 'playwright-core';

const DRAWINGS = 7;
const PHOTOS = 3;

/**
 * Runs in the page (it is plain browser JavaScript, hence a string: this file is type-checked
 * for Node): records the time of the next `trigger` event and of the first moment after it when
 * `selector` exists and, if given, reads `text`.
 */
const WATCH = `({ trigger, selector, text }) => {
  const bench = (window.inkformBench = { start: 0, end: null });
  document.addEventListener(trigger, () => (bench.start = performance.now()), true);
  const done = () => {
    const el = document.querySelector(selector);
    return el !== null && (text === undefined || el.textContent.trim() === text);
  };
  const observer = new MutationObserver(() => {
    if (bench.start > 0 && bench.end === null && done()) {
      bench.end = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
}`;

async function armWatch(
  page: Page,
  trigger: 'pointerup' | 'change',
  selector: string,
  text?: string,
) {
  await page.evaluate(`(${WATCH})(${JSON.stringify({ trigger, selector, text })})`);
}

async function readWatch(page: Page): Promise<number> {
  const { start, end } = (await page.evaluate('window.inkformBench')) as {
    start: number;
    end: number | null;
  };
  if (end === null) throw new Error('the page never showed the result');
  return end - start;
}

/** A phone-sized photo: the e2e fixture scaled to 4000×3000 and saved as JPEG. */
async function twelveMegapixelPhoto(): Promise<Buffer> {
  return sharp(await formulaPhoto())
    .resize(4000, 3000, { fit: 'fill' })
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function main(): Promise<void> {
  const skip = e2eSkipReason();
  if (skip !== null) {
    console.error(skip.replace('skipping the end-to-end tests', 'cannot run the app benchmark'));
    process.exitCode = 1;
    return;
  }
  const strokes = formulaStrokes();
  const photo = await twelveMegapixelPhoto();
  const classifier = await loadClassifier();
  const engineStrokes = await medianMs(() => recognizeStrokes(strokes, { classifier }), 5);
  const engineImage = await medianMs(() => recognizeImage(photo, { classifier }), PHOTOS);

  const session = await startSession();
  try {
    const { page } = session;
    const strokeTimes: number[] = [];
    for (let i = 0; i < DRAWINGS; i++) {
      const clear = page.getByRole('button', { name: 'Clear' });
      if (await clear.isEnabled()) await clear.click();
      await page.getByTestId('line-text-0').waitFor({ state: 'detached' });
      await armWatch(page, 'pointerup', '[data-testid="line-text-0"]', FORMULA_TEXT);
      await drawStrokes(page, strokes);
      await waitForText(page.getByTestId('line-text-0'), FORMULA_TEXT);
      // The first drawing also pays for the page's first calls; it is not counted.
      if (i > 0) strokeTimes.push(await readWatch(page));
    }
    await page.getByRole('tab', { name: 'Image' }).click();
    const photoTimes: number[] = [];
    for (let i = 0; i < PHOTOS; i++) {
      await page.reload();
      await page.getByRole('tab', { name: 'Image' }).click();
      await armWatch(page, 'change', '[data-testid="box-0-0"]');
      await page.getByTestId('image-input').setInputFiles({
        name: `photo-${i}.jpg`,
        mimeType: 'image/jpeg',
        buffer: photo,
      });
      await page.getByTestId('box-0-0').waitFor({ state: 'attached', timeout: 60_000 });
      photoTimes.push(await readWatch(page));
    }
    const stroke = median(strokeTimes);
    const image = median(photoTimes);
    const row = (what: string, app: number, engine: number, target: number) =>
      `${what.padEnd(34)} ${app.toFixed(0).padStart(7)} ms ${engine.toFixed(0).padStart(9)} ms ${(app / engine).toFixed(2).padStart(7)}× ${target.toFixed(0).padStart(8)} ms ${app <= target ? 'met' : 'MISSED'}`;
    console.log(
      `${'measure (median)'.padEnd(34)} ${'app'.padStart(10)} ${'engine'.padStart(12)} ${'ratio'.padStart(8)} ${'target'.padStart(11)}`,
    );
    console.log(
      row(`last stroke → text (${strokeTimes.length} drawings)`, stroke, engineStrokes, 100),
    );
    console.log(row(`12 MP photo → boxes (${PHOTOS} photos)`, image, engineImage, 3000));
    console.log(
      `stroke → text, every drawing: ${strokeTimes.map((t) => t.toFixed(0)).join(', ')} ms`,
    );
  } finally {
    await session.close();
  }
}

await main();
