/**
 * Importing a sheet of samples in the page: the layout typed as a row of symbols, the sheet
 * written from the stroke templates and chosen as the file, and the review waited for.
 */
import type { Page } from 'playwright-core';
import { TEMPLATES } from '../recognition/strokes/templates.js';
import { symbolSheet, type SymbolSheet } from './fixtures.js';

/**
 * Reads a sheet with a row of `perRow` copies of each template in `rows` (template names, as in
 * recognition/strokes/templates.ts), labelled by `rowLabels` as the user types them.
 */
export async function importSheet(
  page: Page,
  rowLabels: string,
  rows: readonly string[],
  perRow: number,
): Promise<SymbolSheet> {
  await page.getByRole('tab', { name: 'Import sheet' }).click();
  await page.getByLabel('Symbol of each row, top to bottom').fill(rowLabels);
  const sheet = await symbolSheet(
    rows.map((name) => TEMPLATES[name]),
    perRow,
  );
  await page.getByTestId('sheet-input').setInputFiles({
    name: 'sheet.png',
    mimeType: 'image/png',
    buffer: sheet.png,
  });
  await page.getByTestId('sheet-overview').waitFor({ state: 'visible' });
  return sheet;
}
