import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../services/bridge/build-renderer.js';

/**
 * Every run takes the README's screenshots, so a broken screen fails its test; only
 * `INKFORM_UPDATE_SCREENSHOTS=1` writes them over the README's copies, so an ordinary test run
 * leaves the tree clean.
 */
export const SCREENSHOTS_DIR =
  process.env.INKFORM_UPDATE_SCREENSHOTS === '1'
    ? join(PROJECT_ROOT, 'docs', 'screenshots')
    : join(PROJECT_ROOT, '.cache', 'screenshots');

export async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOTS_DIR, `${name}.png`),
    type: 'png',
    animations: 'disabled',
    caret: 'hide',
  });
}
