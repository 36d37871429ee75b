import { readFile } from 'node:fs/promises';
import { beforeAll, expect, it } from 'vitest';
import { toUnicode } from '../recognition/formula/exports.js';
import { FORMULA_PARSERS, type TextFormatName } from '../recognition/formula/text-formats.js';
import { exportText } from './export-tabs.js';
import { drawStrokes, FORMULA_TEXT, formulaStrokes } from './drawing.js';
import { describeInBrowser, sessionPerSuite } from './browser-suite.js';
import { waitForText } from './wait.js';

interface PageNavigator {
  readonly clipboard: { readText(): Promise<string> };
}

/** The export tabs, each with the format it shows. */
const FORMATS: readonly { tab: string; format: TextFormatName }[] = [
  { tab: 'Unicode', format: 'unicode' },
  { tab: 'LaTeX', format: 'latex' },
  { tab: 'TPTP', format: 'tptp' },
  { tab: 'Prover9', format: 'prover9' },
  { tab: 'ASCII', format: 'ascii' },
];

describeInBrowser('exporting a recognised formula', () => {
  const session = sessionPerSuite();

  beforeAll(async () => {
    await drawStrokes(session.page, formulaStrokes());
    await waitForText(session.page.getByTestId('line-text-0'), FORMULA_TEXT);
  });

  it('shows LaTeX that our parser reads back, typeset by KaTeX', async () => {
    const latex = await exportText(session.page, 'LaTeX');
    const parsed = FORMULA_PARSERS.latex(latex);
    expect(parsed.ok, latex).toBe(true);
    if (parsed.ok) expect(toUnicode(parsed.formula)).toBe(FORMULA_TEXT);
    const preview = session.page.getByTestId('latex-preview');
    await preview.locator('.katex').first().waitFor({ state: 'visible' });
    expect(await preview.locator('.katex-error').count()).toBe(0);
  });

  it('shows every format as text its own parser reads back as the same formula', async () => {
    for (const { tab, format } of FORMATS) {
      const text = await exportText(session.page, tab);
      const parsed = FORMULA_PARSERS[format](text);
      expect(parsed.ok, `${tab}: ${text}`).toBe(true);
      if (parsed.ok) expect(toUnicode(parsed.formula), tab).toBe(FORMULA_TEXT);
    }
  });

  it('copies to the clipboard and saves as a download, the browser way', async () => {
    const { page } = session;
    const latex = await exportText(page, 'LaTeX');
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.waitForFunction(async (expected) => {
      // Runs in the page; the test files are compiled without the DOM's types.
      const { clipboard } = (globalThis as unknown as { navigator: PageNavigator }).navigator;
      return (await clipboard.readText()) === expected;
    }, latex);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save…', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.tex$/);
    expect((await readFile(await file.path(), 'utf8')).trim()).toBe(latex.trim());
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
