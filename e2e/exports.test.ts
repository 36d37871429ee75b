import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toUnicode } from '../recognition/formula/exports.js';
import {
  parseAscii,
  parseLatex,
  parseProver9,
  parseTptp,
  parseUnicode,
  type TextParseResult,
} from '../recognition/formula/text-formats.js';
import { drawStrokes, FORMULA_TEXT, formulaStrokes } from './drawing.js';
import { e2eSkipReason, startSession, type Session } from './harness.js';
import { waitForText } from './wait.js';

const skip = e2eSkipReason();
if (skip !== null) console.warn(skip);

interface PageNavigator {
  readonly clipboard: { readText(): Promise<string> };
}

const FORMATS: readonly { tab: string; parse: (text: string) => TextParseResult }[] = [
  { tab: 'Unicode', parse: parseUnicode },
  { tab: 'LaTeX', parse: parseLatex },
  { tab: 'TPTP', parse: parseTptp },
  { tab: 'Prover9', parse: parseProver9 },
  { tab: 'ASCII', parse: parseAscii },
];

describe.skipIf(skip !== null)('exporting a recognised formula', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
    await drawStrokes(session.page, formulaStrokes());
    await waitForText(session.page.getByTestId('line-text-0'), FORMULA_TEXT);
  });

  afterAll(async () => {
    await session?.close();
  });

  async function showFormat(tab: string): Promise<string> {
    const { page } = session;
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await page.getByRole('tab', { name: tab, exact: true, selected: true }).waitFor();
    return (await page.getByTestId('export-text').textContent()) ?? '';
  }

  it('shows LaTeX that our parser reads back, typeset by KaTeX', async () => {
    const latex = await showFormat('LaTeX');
    const parsed = parseLatex(latex);
    expect(parsed.ok, latex).toBe(true);
    if (parsed.ok) expect(toUnicode(parsed.formula)).toBe(FORMULA_TEXT);
    const preview = session.page.getByTestId('latex-preview');
    await preview.locator('.katex').first().waitFor({ state: 'visible' });
    expect(await preview.locator('.katex-error').count()).toBe(0);
  });

  it('shows every format as text its own parser reads back as the same formula', async () => {
    for (const { tab, parse } of FORMATS) {
      const text = await showFormat(tab);
      const parsed = parse(text);
      expect(parsed.ok, `${tab}: ${text}`).toBe(true);
      if (parsed.ok) expect(toUnicode(parsed.formula), tab).toBe(FORMULA_TEXT);
    }
  });

  it('copies to the clipboard and saves as a download, the browser way', async () => {
    const { page } = session;
    const latex = await showFormat('LaTeX');
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
