/** Waiting on the page with Playwright's auto-waiting, and failures that say what was there. */
import type { Locator } from 'playwright-core';
import { UI_TIMEOUT_MS } from './harness.js';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until `locator` reads exactly `expected` (surrounding white space aside). */
export async function waitForText(
  locator: Locator,
  expected: string,
  timeout: number = UI_TIMEOUT_MS,
): Promise<void> {
  const exactly = new RegExp(`^\\s*${escapeRegExp(expected)}\\s*$`);
  try {
    await locator.filter({ hasText: exactly }).waitFor({ state: 'visible', timeout });
  } catch {
    const actual = await locator.textContent({ timeout: 1000 }).catch(() => null);
    throw new Error(
      `${String(locator)} should read ${JSON.stringify(expected)} but reads ${JSON.stringify(actual)} after ${timeout} ms`,
    );
  }
}
