// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppLine } from '@services/contract';
import { FAKE_STROKE_LINE, fakeLine, type FakeApi } from './test/fake-api';
import { drawStroke, renderApp } from './test/render-app';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

const SECOND_LINE = fakeLine('∃y(R(y)∧¬S(y))', { x: 120, y: 400 });
const FIX = '∀x(P(x)→R(x))';

/** The fake reads the first stroke as line 1, the second as line 2, and `more` after that. */
function readByStrokeCount(
  api: FakeApi,
  more: readonly AppLine[] = [FAKE_STROKE_LINE, SECOND_LINE],
) {
  vi.spyOn(api, 'recognizeStrokes').mockImplementation((request) => {
    const n = request.strokes.length;
    const lines =
      n === 0
        ? []
        : n === 1
          ? [FAKE_STROKE_LINE]
          : n === 2
            ? [FAKE_STROKE_LINE, SECOND_LINE]
            : more;
    return Promise.resolve({ lines, modelId: 'default', elapsedMs: 1 });
  });
}

const field = () => screen.getByRole('textbox', { name: 'Formula text' }) as HTMLTextAreaElement;
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const lineText = (i: number) => screen.getByTestId(`line-text-${i}`).textContent;

async function writeFirstLine() {
  drawStroke([
    [120, 150],
    [140, 200],
    [160, 150],
  ]);
  await screen.findByTestId('line-0');
}

async function writeSecondLine() {
  drawStroke([
    [120, 420],
    [140, 460],
  ]);
  await screen.findByTestId('line-1');
}

/** Types `text` into the box a character at a time, as quickly as a person types. */
function typeOver(text: string) {
  for (let n = 1; n <= text.length; n++)
    fireEvent.change(field(), { target: { value: text.slice(0, n) } });
}

describe('typed text in the drawing workspace', () => {
  it('keeps a typed fix when another line is written, and undoes and redoes both', async () => {
    const { api } = renderApp();
    readByStrokeCount(api);
    await writeFirstLine();
    typeOver(FIX);
    expect(lineText(0)).toBe(FIX);
    expect(within(screen.getByTestId('line-0')).getByText('typed')).toBeTruthy();

    await writeSecondLine();
    expect(field().value).toBe(FIX);
    expect(lineText(0)).toBe(FIX);
    await waitFor(() => expect(screen.getByTestId('export-text').textContent).toBe(FIX));

    // Undo: first the stroke, then the whole burst of typing in one step.
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(screen.queryByTestId('line-1')).toBeNull());
    expect(field().value).toBe(FIX);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(field().value).toBe(FAKE_STROKE_LINE.text);
    expect(lineText(0)).toBe(FAKE_STROKE_LINE.text);
    expect(button('Undo').disabled).toBe(false);

    fireEvent.click(button('Redo'));
    expect(field().value).toBe(FIX);
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    await screen.findByTestId('line-1');
    expect(field().value).toBe(FIX);
    expect(button('Redo').disabled).toBe(true);
  });

  it('undoes typing with Ctrl+Z in the text box itself, then the ink before it', async () => {
    const { api } = renderApp();
    readByStrokeCount(api);
    await writeFirstLine();
    field().focus();
    typeOver(FIX);
    fireEvent.keyDown(field(), { key: 'z', ctrlKey: true });
    expect(field().value).toBe(FAKE_STROKE_LINE.text);
    fireEvent.keyDown(field(), { key: 'y', ctrlKey: true });
    expect(field().value).toBe(FIX);
    // The menu's Undo while the box has focus is the same history.
    api.emit({ type: 'menu', command: 'undo' });
    await waitFor(() => expect(field().value).toBe(FAKE_STROKE_LINE.text));
    api.emit({ type: 'menu', command: 'undo' });
    await waitFor(() => expect(screen.queryByTestId('line-0')).toBeNull());
  });

  it('asks before new ink on a typed line replaces its text, and keeps the text meanwhile', async () => {
    const { api } = renderApp();
    const longer = fakeLine('∀x(P(x)→Q(x))∧', { x: 120, y: 140 });
    readByStrokeCount(api, [longer, SECOND_LINE]);
    await writeFirstLine();
    await writeSecondLine();
    typeOver(FIX);

    drawStroke([
      [700, 150],
      [720, 190],
    ]);
    const prompt = await screen.findByRole('group', { name: 'New ink on line 1' });
    expect(within(prompt).getByRole('status').textContent).toBe(`New ink reads as ${longer.text}`);
    expect(field().value).toBe(FIX);
    expect(lineText(0)).toBe(FIX);

    fireEvent.click(within(prompt).getByRole('button', { name: 'Keep my text' }));
    expect(screen.queryByRole('group', { name: 'New ink on line 1' })).toBeNull();
    expect(field().value).toBe(FIX);

    fireEvent.click(button('Undo'));
    const again = screen.getByRole('group', { name: 'New ink on line 1' });
    fireEvent.click(within(again).getByRole('button', { name: 'Use it' }));
    expect(field().value).toBe(longer.text);
    expect(lineText(0)).toBe(longer.text);
    expect(screen.queryByText('typed')).toBeNull();
    fireEvent.click(button('Undo'));
    expect(field().value).toBe(FIX);
  });

  it('keeps text typed on a blank page when ink arrives, and asks which to keep', async () => {
    renderApp();
    typeOver('P(x)');
    await waitFor(() => expect(screen.getByTestId('export-text').textContent).toBe('P(x)'));
    await writeFirstLine();
    expect(field().value).toBe('P(x)');
    const prompt = screen.getByRole('group', { name: 'New ink on line 1' });
    fireEvent.click(within(prompt).getByRole('button', { name: 'Use it' }));
    expect(field().value).toBe(FAKE_STROKE_LINE.text);
    fireEvent.click(button('Undo'));
    expect(field().value).toBe('P(x)');
  });

  it('makes Revert one undoable step', async () => {
    const { api } = renderApp();
    readByStrokeCount(api);
    await writeFirstLine();
    typeOver(FIX);
    fireEvent.click(screen.getByRole('button', { name: 'Revert' }));
    expect(field().value).toBe(FAKE_STROKE_LINE.text);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(field().value).toBe(FIX);
  });

  it('makes a relabel one step of the same history', async () => {
    renderApp();
    await writeFirstLine();
    fireEvent.click(screen.getByTestId('symbol-0-0'));
    fireEvent.click(screen.getByTestId('palette-exists'));
    await screen.findByText('1 correction');
    expect(lineText(0)).toBe('∃x(P(x)→Q(x))');

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(lineText(0)).toBe('∀x(P(x)→Q(x))');
    expect(screen.queryByText('1 correction')).toBeNull();
    expect(button('Undo').disabled).toBe(false);
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(lineText(0)).toBe('∃x(P(x)→Q(x))');
  });

  it('gives each typed line its own text and exports, not only the selected one', async () => {
    const { api } = renderApp();
    readByStrokeCount(api);
    await writeFirstLine();
    await writeSecondLine();
    typeOver(FIX);
    fireEvent.click(button('Select line 2'));
    expect(field().value).toBe(SECOND_LINE.text);
    fireEvent.click(button('Select line 1'));
    expect(field().value).toBe(FIX);
    await waitFor(() =>
      expect(screen.getByTestId('line-status-0').textContent).toBe('✓ well-formed'),
    );
  });
});
