/**
 * Issue #16 in the browser: the Logic panel on drawn lines, worked out in the page's Web Worker
 * by the real logic layer (so this needs `logic/` merged), and the page as a TPTP problem.
 */
import { expect, it } from 'vitest';
import { toUnicode } from '../recognition/formula/exports.js';
import { parseTptp } from '../recognition/formula/text-formats.js';
import { composeFormula } from '../recognition/strokes/templates.js';
import { bounds, drawStrokes } from './drawing.js';
import { UI_TIMEOUT_MS } from './harness.js';
import { describeInBrowser, sessionPerSuite } from './browser-suite.js';
import { shoot } from './screenshot.js';
import { waitForText } from './wait.js';

interface PageNavigator {
  readonly clipboard: { readText(): Promise<string> };
}

type Stroke = readonly (readonly [number, number])[];
const strokesOf = (symbols: readonly string[], origin: readonly [number, number]): Stroke[] =>
  composeFormula(symbols, { seed: 3, origin }).strokes.map((s) =>
    s.map(([x, y]) => [x, y] as const),
  );

const FIRST_TEXT = '¬(P∧Q)';
const SECOND_TEXT = '¬P∨¬Q';
const FIRST = strokesOf(['neg', 'lparen', 'P', 'wedge', 'Q', 'rparen'], [0, 0]);
const SECOND = strokesOf(['neg', 'P', 'vee', 'neg', 'Q'], [0, 200]);
const INK = bounds([...FIRST, ...SECOND]);

describeInBrowser('the Logic panel in the browser', () => {
  const session = sessionPerSuite();

  /** The drawn line must read as written: the panel is about what the reader gave back. */
  async function settle(line: number, expected: string): Promise<void> {
    await waitForText(session.page.getByTestId(`line-text-${line}`), expected);
  }

  it('draws ¬(P∧Q) and shows ¬P∨¬Q as its NNF, "contingent" and its truth table', async () => {
    const { page } = session;
    await drawStrokes(page, FIRST, { ink: INK });
    await settle(0, FIRST_TEXT);
    await page.getByRole('button', { name: 'Open Logic' }).click();
    await waitForText(page.getByTestId('transform-nnf-unicode'), SECOND_TEXT);
    const verdict = page.getByTestId('logic-verdict');
    expect(await verdict.getAttribute('data-verdict')).toBe('contingent');
    expect(await verdict.textContent()).toContain('Contingent');
    const table = page.getByTestId('truth-table');
    expect(await table.locator('tbody tr').count()).toBe(4);
    // ¬(P∧Q) is false only when P and Q are both true.
    expect(await table.locator('tbody tr[data-satisfying="true"]').count()).toBe(3);
    const katex = page.getByTestId('transform-nnf').getByTestId('latex-preview');
    await katex.locator('.katex').first().waitFor({ state: 'visible' });
    await shoot(page, 'logic-panel');
  });

  it('draws a second line and finds the two equivalent', async () => {
    const { page } = session;
    await drawStrokes(page, SECOND, { ink: INK });
    await settle(1, SECOND_TEXT);
    await page.getByRole('button', { name: 'Select line 1' }).click();
    await page.getByTestId('logic-other-line').selectOption('1');
    await page.getByRole('button', { name: 'Check equivalence' }).click();
    await expect
      .poll(() => page.getByTestId('logic-answer').textContent(), { timeout: UI_TIMEOUT_MS })
      .toContain('Equivalent');
  });

  it('exports the page as a TPTP problem that reads back line by line', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Copy TPTP problem' }).click();
    const text = await page.waitForFunction(async () => {
      const { clipboard } = (globalThis as unknown as { navigator: PageNavigator }).navigator;
      const copied = await clipboard.readText();
      return copied.includes('conjecture') ? copied : null;
    });
    const problem = (await text.jsonValue()) ?? '';
    const formulas = problem.split('\n').filter((l) => l.startsWith('fof('));
    expect(formulas.map((l) => /^fof\((\w+), (\w+),/.exec(l)?.slice(1))).toEqual([
      ['line_2', 'axiom'],
      ['line_1', 'conjecture'],
    ]);
    const read = formulas.map((l) => {
      const parsed = parseTptp(l);
      return parsed.ok ? toUnicode(parsed.formula, 'standard') : l;
    });
    expect(read).toEqual([SECOND_TEXT, FIRST_TEXT]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save TPTP problem…' }).click();
    expect((await download).suggestedFilename()).toBe('problem.p');
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
