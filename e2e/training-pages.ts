/**
 * Driving the Training area as a person would: its navigation, and samples written on the
 * capture pad with real mouse strokes from the recognition tests' templates.
 */
import type { Page } from 'playwright-core';
import { TEMPLATES } from '../recognition/strokes/templates.js';

/** Drops points closer than `gap` to the last kept, as a real mouse reports them. */
function thin(
  points: readonly (readonly [number, number])[],
  gap = 6,
): (readonly [number, number])[] {
  const kept: (readonly [number, number])[] = [];
  for (const p of points) {
    const last = kept[kept.length - 1];
    if (last === undefined || Math.hypot(p[0] - last[0], p[1] - last[1]) >= gap) kept.push(p);
  }
  const end = points[points.length - 1];
  if (end !== undefined && kept[kept.length - 1] !== end) kept.push(end);
  return kept;
}

/** Writes template `name` on the capture pad, a little larger and further right each time. */
export async function writeOnPad(page: Page, name: string, attempt: number): Promise<void> {
  const pad = await page.getByRole('application', { name: 'Capture canvas' }).boundingBox();
  if (pad === null) throw new Error('the capture pad is not on screen');
  const size = pad.height * (0.45 + 0.06 * attempt);
  const left = pad.x + pad.width * (0.25 + 0.04 * attempt);
  const top = pad.y + pad.height * 0.2;
  for (const stroke of TEMPLATES[name]) {
    const points = thin(stroke.map(([x, y]) => [left + x * size, top + y * size] as const));
    const [first, ...rest] = points;
    await page.mouse.move(first[0], first[1]);
    await page.mouse.down();
    for (const [x, y] of rest) await page.mouse.move(x, y);
    await page.mouse.up();
  }
}

export const navTo = (page: Page, name: string): Promise<void> =>
  page
    .getByRole('navigation', { name: 'Training' })
    .getByRole('button', { name, exact: true })
    .click();

/** Opens the training area from the workspace's tab strip, at its Training sets page. */
export async function openTraining(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Training', exact: true }).click();
  await navTo(page, 'Training sets');
}

/**
 * Creates a set and captures `perClass` samples of each symbol, in the order the pad prompts
 * them. `classes` maps the character the pad shows to the template's name. Returns how many
 * of each symbol were written.
 */
export async function captureSet(
  page: Page,
  setName: string,
  classes: Readonly<Record<string, string>>,
  perClass: number,
): Promise<ReadonlyMap<string, number>> {
  await page.getByRole('button', { name: 'New set' }).click();
  await page.getByLabel('Name of the new set').fill(setName);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByRole('heading', { name: setName }).waitFor();
  await page.getByLabel('Symbols to capture').fill(Object.keys(classes).join(' '));
  await page.getByLabel('Target per symbol').fill(String(perClass));

  const wanted = Object.keys(classes).length * perClass;
  const written = new Map<string, number>();
  for (let saved = 0; saved < wanted; saved++) {
    const char = (await page.getByTestId('capture-symbol').textContent()) ?? '';
    const name = classes[char];
    if (name === undefined) throw new Error(`the pad prompts “${char}”, not a captured symbol`);
    const attempt = written.get(name) ?? 0;
    await writeOnPad(page, name, attempt);
    written.set(name, attempt + 1);
    await page.keyboard.press('Enter');
    await page
      .getByTestId('capture-total')
      .filter({ hasText: new RegExp(`^${saved + 1} of ${wanted} samples`) })
      .waitFor();
  }
  return written;
}
