import type { Page } from 'playwright-core';

/** Selects the results panel's export tab `tab` (Unicode, LaTeX, TPTP…) and returns its text. */
export async function exportText(page: Page, tab: string): Promise<string> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await page.getByRole('tab', { name: tab, exact: true, selected: true }).waitFor();
  return (await page.getByTestId('export-text').textContent()) ?? '';
}
