// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SYMBOL_NAMES } from '@recognition';
import { FAKE_STROKE_LINE, fakeLine } from './test/fake-api';
import { drawStroke, renderApp } from './test/render-app';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

/** Writes something and waits for the fake to read it as ∀x(P(x)→Q(x)). */
async function writeFormula() {
  drawStroke([
    [120, 150],
    [140, 200],
    [160, 150],
  ]);
  await screen.findByTestId('line-0');
}

describe('results panel and symbol correction', () => {
  it('shows the recognised line, its status and one chip per symbol', async () => {
    const { api } = renderApp();
    await writeFormula();
    expect(api.callsTo('recognizeStrokes')).toHaveLength(1);
    expect(api.callsTo('recognizeStrokes')[0].strokes[0][0]).toEqual([120, 150]);
    expect(screen.getByTestId('line-text-0').textContent).toBe('∀x(P(x)→Q(x))');
    expect(screen.getByTestId('line-status-0').textContent).toContain('well-formed');
    expect(screen.getByTestId('line-status-0').textContent).not.toContain('not');
    const chips = within(screen.getByTestId('line-0')).getAllByRole('button', { name: /^Symbol / });
    expect(chips).toHaveLength(13);
    expect(screen.getByRole('button', { name: 'Symbol P, 71% — correct' })).toBe(
      screen.getByTestId('symbol-0-3'),
    );
    // The same symbols are boxed over the ink.
    expect(screen.getByTestId('box-0-12')).toBeTruthy();
  });

  it('re-decodes the line with the chosen alternative in two clicks', async () => {
    const { api } = renderApp();
    await writeFormula();

    fireEvent.click(screen.getByTestId('symbol-0-0'));
    const dialog = screen.getByRole('dialog', { name: 'Correct symbol' });
    const alternatives = within(dialog)
      .getAllByRole('button')
      .filter((b) => b.dataset.testid?.startsWith('alt-'));
    expect(alternatives.map((b) => b.dataset.testid)).toEqual([
      'alt-forall',
      'alt-A',
      'alt-V',
      'alt-vee',
      'alt-y',
    ]);
    expect(within(dialog).getByTestId('palette-exists')).toBeTruthy();
    expect(
      within(dialog)
        .getAllByRole('button')
        .filter((b) => b.dataset.testid?.startsWith('palette-')),
    ).toHaveLength(SYMBOL_NAMES.length);

    fireEvent.click(within(dialog).getByTestId('palette-exists'));

    await waitFor(() =>
      expect(screen.getByTestId('line-text-0').textContent).toBe('∃x(P(x)→Q(x))'),
    );
    const [request] = api.callsTo('redecodeLine');
    expect(request.forced).toEqual(['exists', ...Array<null>(12).fill(null)]);
    expect(request.glyphs).toHaveLength(13);
    expect(request.glyphs[3].alternatives[0].label).toBe('P');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('symbol-0-0').className).toContain('is-corrected');
    expect(screen.getByTestId('export-text').textContent).toBe('∃x(P(x)→Q(x))');
  });

  it('keeps earlier corrections of the line when correcting another symbol', async () => {
    const { api } = renderApp();
    await writeFormula();
    fireEvent.click(screen.getByTestId('symbol-0-0'));
    fireEvent.click(screen.getByTestId('palette-exists'));
    await waitFor(() => expect(api.callsTo('redecodeLine')).toHaveLength(1));
    await screen.findByText('∃x(P(x)→Q(x))', { selector: '[data-testid="line-text-0"]' });

    fireEvent.click(screen.getByTestId('symbol-0-3'));
    fireEvent.click(screen.getByTestId('alt-p'));
    await waitFor(() => expect(api.callsTo('redecodeLine')).toHaveLength(2));
    const forced = api.callsTo('redecodeLine')[1].forced;
    expect(forced[0]).toBe('exists');
    expect(forced[3]).toBe('p');
    expect(forced.filter((f) => f !== null)).toHaveLength(2);
    await waitFor(() =>
      expect(screen.getByTestId('line-status-0').textContent).toContain('not well-formed'),
    );
  });

  it('opens from the box over the ink too, and Escape returns focus to the chip', async () => {
    renderApp();
    await writeFormula();
    fireEvent.click(screen.getByTestId('box-0-5'));
    const dialog = screen.getByRole('dialog', { name: 'Correct symbol' });
    expect(within(dialog).getByTestId('alt-x')).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByTestId('alt-x'));
    fireEvent.keyDown(document.activeElement ?? dialog, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(within(dialog).getByTestId('alt-X'));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('symbol-0-5'));
  });

  it('highlights the chip of a hovered box', async () => {
    renderApp();
    await writeFormula();
    fireEvent.mouseEnter(screen.getByTestId('box-0-2'));
    expect(screen.getByTestId('symbol-0-2').className).toContain('is-hovered');
    fireEvent.mouseLeave(screen.getByTestId('box-0-2'));
    expect(screen.getByTestId('symbol-0-2').className).not.toContain('is-hovered');
    fireEvent.mouseEnter(screen.getByTestId('symbol-0-7'));
    expect(screen.getByTestId('box-0-7').getAttribute('class')).toContain('is-hovered');
  });

  it('lets the user choose which training set corrections go to', async () => {
    const { api } = renderApp({ settings: { correctionSetId: 'set-1' } });
    await api.createTrainingSet({ name: 'My corrections' });
    const other = await api.createTrainingSet({ name: 'Thin pen' });
    await writeFormula();
    fireEvent.click(screen.getByTestId('symbol-0-3'));
    const box = screen.getByRole('checkbox', { name: 'Save as training sample' });
    if (!(box as HTMLInputElement).checked) fireEvent.click(box);
    const select = await screen.findByRole('combobox', { name: 'Training set for corrections' });
    fireEvent.change(select, { target: { value: other.id } });
    await waitFor(() => expect(api.settings.correctionSetId).toBe(other.id));
    fireEvent.click(screen.getByTestId('alt-p'));
    await waitFor(() => expect(api.callsTo('addSamples')).toHaveLength(1));
    expect(api.callsTo('addSamples')[0].setId).toBe(other.id);
  });

  it('offers to create a correction set, then saves the corrected glyph as a sample', async () => {
    const { api } = renderApp();
    await writeFormula();
    fireEvent.click(screen.getByTestId('symbol-0-3'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Save as training sample' }));
    // Offered once the back end has said there are no sets to choose from.
    const dialog = screen.getByRole('dialog', { name: 'Correct symbol' });
    const create = { name: 'Create “My corrections”' };
    fireEvent.click(await within(dialog).findByRole('button', create, { timeout: 5000 }));
    await waitFor(() => expect(api.settings.correctionSetId).toBe('set-1'));
    expect(api.callsTo('createTrainingSet')).toEqual([{ name: 'My corrections' }]);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Create “My corrections”' })).toBeNull(),
    );

    fireEvent.click(screen.getByTestId('alt-p'));
    await waitFor(() => expect(api.callsTo('addSamples')).toHaveLength(1));
    const [request] = api.callsTo('addSamples');
    expect(request.setId).toBe('set-1');
    expect(request.samples).toHaveLength(1);
    expect(request.samples[0].label).toBe('p');
    expect(request.samples[0].source).toBe('correction');
    expect(request.samples[0].glyph).toHaveLength(784);
    // The choice is remembered for the next correction.
    expect(localStorage.getItem('inkform.saveCorrections')).toBe('true');
  });

  it('keeps corrections while the line is unchanged and drops them when its ink changes', async () => {
    const { api } = renderApp();
    await writeFormula();
    fireEvent.click(screen.getByTestId('symbol-0-0'));
    fireEvent.click(screen.getByTestId('palette-exists'));
    await screen.findByText('1 correction');

    // Another stroke elsewhere: the page is read again, this line's symbols have not moved.
    const second = fakeLine('∃y(R(y)∧¬S(y))', { x: 120, y: 400 });
    const spy = vi.spyOn(api, 'recognizeStrokes').mockResolvedValue({
      lines: [FAKE_STROKE_LINE, second],
      modelId: 'default',
      elapsedMs: 1,
    });
    drawStroke([
      [120, 420],
      [140, 460],
    ]);
    await screen.findByTestId('line-1');
    expect(screen.getByTestId('line-text-0').textContent).toBe('∃x(P(x)→Q(x))');
    expect(screen.getByText('1 correction')).toBeTruthy();

    // A stroke that changes the first line: its symbols moved, the correction no longer applies.
    spy.mockResolvedValue({
      lines: [fakeLine('∀x(P(x)→Q(x))', { x: 100, y: 140 }), second],
      modelId: 'default',
      elapsedMs: 1,
    });
    drawStroke([
      [100, 150],
      [110, 200],
    ]);
    await waitFor(() =>
      expect(screen.getByTestId('line-text-0').textContent).toBe('∀x(P(x)→Q(x))'),
    );
    expect(screen.queryByText('1 correction')).toBeNull();
    expect(screen.getByTestId('symbol-0-0').className).not.toContain('is-corrected');
  });
});

describe('writing over a symbol box', () => {
  /** jsdom has no PointerEvent; the drag hand-over builds one, so give it a MouseEvent-based one. */
  class FakePointerEvent extends MouseEvent {
    readonly pointerId: number;
    readonly pointerType: string;
    readonly pressure: number;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerId = init.pointerId ?? 1;
      this.pointerType = init.pointerType ?? 'mouse';
      this.pressure = init.pressure ?? 0;
    }
  }

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const at = (type: string, x: number, y: number) =>
    new FakePointerEvent(type, {
      bubbles: true,
      cancelable: true,
      clientX: x,
      clientY: y,
      pointerId: 1,
      pointerType: 'mouse',
      pressure: 0.5,
    });

  it('turns a drag that starts on a box into a stroke, and leaves a click a click', async () => {
    vi.stubGlobal('PointerEvent', FakePointerEvent);
    const { api } = renderApp();
    await writeFormula();
    const box = screen.getByTestId('box-0-0');
    const canvas = screen.getByLabelText('Drawing canvas');

    fireEvent(box, at('pointerdown', 130, 160));
    fireEvent(window, at('pointermove', 131, 161));
    fireEvent(window, at('pointerup', 131, 161));
    fireEvent.click(box);
    expect(screen.getByRole('dialog', { name: 'Correct symbol' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });

    fireEvent(box, at('pointerdown', 130, 160));
    fireEvent(window, at('pointermove', 150, 160));
    // The canvas captured the pointer; the rest of the stroke goes to it.
    fireEvent(canvas, at('pointerup', 160, 160));
    await waitFor(() => expect(api.callsTo('recognizeStrokes')).toHaveLength(2));
    const strokes = api.callsTo('recognizeStrokes')[1].strokes;
    expect(strokes).toHaveLength(2);
    expect(strokes[1][0]).toEqual([130, 160]);
    expect(strokes[1][strokes[1].length - 1]).toEqual([160, 160]);
  });
});
