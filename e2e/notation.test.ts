import { afterEach, expect, it } from 'vitest';
import { toUnicode } from '../recognition/formula/exports.js';
import { parseTptp } from '../recognition/formula/text-formats.js';
import { composeFormula } from '../recognition/strokes/templates.js';
import { exportText } from './export-tabs.js';
import { drawStrokes } from './drawing.js';
import { startSession, type Session } from './harness.js';
import { describeInBrowser } from './browser-suite.js';
import { waitForText } from './wait.js';

/** A formula drawn with the stroke templates, as the other e2e tests draw ∀x(P(x)→Q(x)). */
const strokesOf = (names: readonly string[]) =>
  composeFormula(names, { seed: 5 }).strokes.map((stroke) =>
    stroke.map(([x, y]) => [x, y] as const),
  );

describeInBrowser('arithmetic and textbook notation, drawn', () => {
  let session: Session | undefined;

  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('reads ∀x(x<x+1) and exports it to TPTP with its arithmetic typed', async () => {
    session = await startSession();
    const names = ['forall', 'x', 'lparen', 'x', 'lt', 'x', 'plus', '1', 'rparen'];
    await drawStrokes(session.page, strokesOf(names));
    await waitForText(session.page.getByTestId('line-text-0'), '∀x(x<x+1)');
    const tptp = await exportText(session.page, 'TPTP');
    expect(tptp).toContain('$less');
    expect(tptp).toContain('$sum');
    const parsed = parseTptp(tptp);
    expect(parsed.ok, tptp).toBe(true);
    if (parsed.ok) expect(toUnicode(parsed.formula)).toBe('∀x(x<x+1)');
    expect(session.pageErrors).toEqual([]);
  });

  it('reads the sequent P⊃Q,P⊢Q in the writer’s notation and exports it', async () => {
    session = await startSession();
    const names = ['P', 'supset', 'Q', 'comma', 'P', 'vdash', 'Q'];
    await drawStrokes(session.page, strokesOf(names));
    await waitForText(session.page.getByTestId('line-text-0'), 'P⊃Q,P⊢Q');
    const latex = await exportText(session.page, 'LaTeX');
    expect(latex).toContain('\\supset');
    expect(latex).toContain('\\vdash');
    expect((await exportText(session.page, 'TPTP')).length).toBeGreaterThan(0);
    expect(session.pageErrors).toEqual([]);
  });
});
