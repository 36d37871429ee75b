import { expect, it } from 'vitest';
import { composeFormula, FORALL_P_IMPLIES_Q } from '../recognition/strokes/templates.js';
import { bounds, drawStrokes, FORMULA_TEXT } from './drawing.js';
import { UI_TIMEOUT_MS } from './harness.js';
import { describeInBrowser, sessionPerSuite } from './browser-suite.js';
import { waitForText } from './wait.js';

type Stroke = readonly (readonly [number, number])[];
const strokesOf = (symbols: readonly string[], origin: readonly [number, number]): Stroke[] =>
  composeFormula(symbols, { seed: 3, origin }).strokes.map((s) =>
    s.map(([x, y]) => [x, y] as const),
  );

// Two lines, three symbol heights apart: the formula, and P(x) under it, its ")" written last.
const FIRST = strokesOf(FORALL_P_IMPLIES_Q, [0, 0]);
const SECOND = strokesOf(['P', 'lparen', 'x', 'rparen'], [0, 200]);
const INK = bounds([...FIRST, ...SECOND]);
const FIX = '∀x(P(x)→R(x))';

describeInBrowser('a typed fix in the browser', () => {
  const session = sessionPerSuite();

  it('survives a stroke on another line, and undo and redo walk through both', async () => {
    const { page } = session;
    const field = page.getByRole('textbox', { name: 'Formula text' });
    const secondLine = page.getByTestId('line-text-1');
    await drawStrokes(page, [...FIRST, ...SECOND.slice(0, -1)], { ink: INK });
    await waitForText(page.getByTestId('line-text-0'), FORMULA_TEXT);
    await secondLine.waitFor({ state: 'visible' });
    // Whatever the reader makes of the unfinished line, it is read again once the ")" is there.
    await page.waitForTimeout(500);
    const before = (await secondLine.textContent()) ?? '';

    await page.getByRole('button', { name: 'Select line 1' }).click();
    await field.click();
    await page.keyboard.press('End');
    for (let i = 0; i < 'Q(x))'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('R(x))');
    await waitForText(page.getByTestId('line-text-0'), FIX);

    await drawStrokes(page, SECOND.slice(-1), { ink: INK });
    await expect.poll(() => secondLine.textContent(), { timeout: UI_TIMEOUT_MS }).not.toBe(before);
    const after = (await secondLine.textContent()) ?? '';
    console.log(
      `e2e: the second line read ${JSON.stringify(before)}, then ${JSON.stringify(after)}`,
    );
    expect(await field.inputValue()).toBe(FIX);
    await waitForText(page.getByTestId('line-text-0'), FIX);
    expect(await page.getByRole('group', { name: /^New ink/ }).count()).toBe(0);

    // Undo: the stroke, then the typing (one step for the whole burst).
    await page.keyboard.press('Control+z');
    await waitForText(secondLine, before);
    expect(await field.inputValue()).toBe(FIX);
    await page.keyboard.press('Control+z');
    await waitForText(page.getByTestId('line-text-0'), FORMULA_TEXT);
    expect(await field.inputValue()).toBe(FORMULA_TEXT);

    // Redo: the typing, then the stroke, the fix still standing.
    await page.keyboard.press('Control+Shift+z');
    await waitForText(page.getByTestId('line-text-0'), FIX);
    await page.getByRole('button', { name: 'Redo' }).click();
    await waitForText(secondLine, after);
    expect(await field.inputValue()).toBe(FIX);
    expect(await page.getByRole('button', { name: 'Redo' }).isDisabled()).toBe(true);
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
