// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppLine } from '@services/contract';
import { FAKE_IMAGE_RESULT, fakeLine } from './test/fake-api';
import { chooseImage, drawStroke, imageFile, renderApp } from './test/render-app';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

const dialog = () => screen.getByRole('dialog', { name: 'Correct symbol' });

async function openImage() {
  const harness = renderApp();
  chooseImage(imageFile('board.png', 2048));
  await screen.findByTestId('line-0');
  return harness;
}

describe('splitting and joining symbols of a picture', () => {
  it('joins a symbol with the next one from the popover, and the picture is read again', async () => {
    const { api } = await openImage();
    fireEvent.click(screen.getByTestId('symbol-0-2'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Join with next' }));
    await waitFor(() => expect(api.callsTo('recognizeImage')).toHaveLength(2));
    const [a, b] = FAKE_IMAGE_RESULT.lines[0].symbols.slice(2, 4).map((s) => s.box);
    expect(api.callsTo('recognizeImage')[1].pins).toEqual([
      { x: a.x, y: Math.min(a.y, b.y), width: b.x + b.width - a.x, height: expect.any(Number) },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();

    // The joined symbol can be handed back to the recogniser; the others never had to be.
    fireEvent.click(screen.getByTestId('symbol-0-0'));
    expect(within(dialog()).queryByRole('button', { name: 'Let Inkform decide' })).toBeNull();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    fireEvent.click(screen.getByTestId('symbol-0-2'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Let Inkform decide' }));
    await waitFor(() => expect(api.callsTo('recognizeImage')).toHaveLength(3));
    expect(api.callsTo('recognizeImage')[2].pins).toBeUndefined();
  });

  it('joins with the previous symbol by keyboard (Shift+J), and not past the line’s start', async () => {
    const { api } = await openImage();
    fireEvent.click(screen.getByTestId('symbol-0-0'));
    expect(within(dialog()).getByRole('button', { name: 'Join with previous' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.keyDown(document.activeElement!, { key: 'J', shiftKey: true });
    expect(api.callsTo('recognizeImage')).toHaveLength(1);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });

    fireEvent.click(screen.getByTestId('symbol-0-1'));
    fireEvent.keyDown(document.activeElement!, { key: 'J', shiftKey: true });
    await waitFor(() => expect(api.callsTo('recognizeImage')).toHaveLength(2));
    const [first, second] = FAKE_IMAGE_RESULT.lines[0].symbols.map((s) => s.box);
    expect(api.callsTo('recognizeImage')[1].pins?.[0].x).toBe(first.x);
    expect(api.callsTo('recognizeImage')[1].pins?.[0].width).toBe(
      second.x + second.width - first.x,
    );
  });

  it('splits a symbol where the user moves the cut on the slider, Enter to cut', async () => {
    const { api } = await openImage();
    fireEvent.click(screen.getByTestId('symbol-0-1'));
    fireEvent.keyDown(document.activeElement!, { key: 's' });
    const slider = within(dialog()).getByRole('slider', { name: 'Cut position' });
    expect(document.activeElement).toBe(slider);
    const line = () => screen.getByTestId('cut-line');
    const before = Number(line().getAttribute('x1'));
    fireEvent.change(slider, {
      target: { value: String(Number(slider.getAttribute('value')) + 5) },
    });
    const x = Number(line().getAttribute('x1'));
    expect(x).toBe(before + 5);
    fireEvent.keyDown(slider, { key: 'Enter' });
    await waitFor(() => expect(api.callsTo('recognizeImage')).toHaveLength(2));
    const box = FAKE_IMAGE_RESULT.lines[0].symbols[1].box;
    expect(api.callsTo('recognizeImage')[1].pins).toEqual([
      { ...box, width: x - box.x },
      { ...box, x, width: box.x + box.width - x },
    ]);
    expect(screen.queryByTestId('cut-line')).toBeNull();
  });

  it('cuts where the line is when the box on the page is clicked, the popover staying open till then', async () => {
    const { api } = await openImage();
    fireEvent.click(screen.getByTestId('symbol-0-1'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Split…' }));
    const x = Number(screen.getByTestId('cut-line').getAttribute('x1'));
    const target = screen.getByTestId('cut-target');
    fireEvent.pointerDown(target);
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.click(target);
    await waitFor(() => expect(api.callsTo('recognizeImage')).toHaveLength(2));
    expect(api.callsTo('recognizeImage')[1].pins?.[1].x).toBe(x);
  });

  it('keeps the labels the user chose on the line when it is read again around a join', async () => {
    const { api } = await openImage();
    fireEvent.click(screen.getByTestId('symbol-0-0'));
    fireEvent.click(within(dialog()).getByTestId('palette-exists'));
    await waitFor(() => expect(screen.getByTestId('line-text-0').textContent).toMatch(/^∃/));

    // The picture read again with the two symbols joined, and nothing chosen on it.
    const [line, other] = FAKE_IMAGE_RESULT.lines;
    const [a, b] = line.symbols.slice(2, 4);
    const joined = { ...a, box: { ...a.box, width: b.box.x + b.box.width - a.box.x } };
    const rejoined = {
      ...line,
      symbols: [...line.symbols.slice(0, 2), joined, ...line.symbols.slice(4)],
    };
    const read = api.recognizeImage;
    Object.assign(api, {
      recognizeImage: async (request: Parameters<typeof read>[0]) => ({
        ...(await read(request)),
        lines: [rejoined, other],
      }),
    });
    fireEvent.click(screen.getByTestId('symbol-0-2'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Join with next' }));
    await waitFor(() => expect(api.callsTo('redecodeLine')).toHaveLength(2));
    const { forced } = api.callsTo('redecodeLine')[1];
    expect(forced).toEqual(['exists', ...Array<null>(rejoined.symbols.length - 1).fill(null)]);
    await waitFor(() =>
      expect(screen.getByTestId('symbol-0-0').className).toContain('is-corrected'),
    );
    expect(screen.getByTestId('line-text-0').textContent).toMatch(/^∃/);
  });

  it('drops the picture’s splits and joins once it is turned', async () => {
    const { api } = await openImage();
    fireEvent.click(screen.getByTestId('symbol-0-2'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Join with next' }));
    await waitFor(() => expect(api.callsTo('recognizeImage')).toHaveLength(2));
    const turn = screen.getByRole<HTMLButtonElement>('button', { name: 'Turn right 90°' });
    await waitFor(() => expect(turn.disabled).toBe(false));
    fireEvent.click(turn);
    await waitFor(() => expect(api.callsTo('recognizeImage')).toHaveLength(3));
    expect(api.callsTo('recognizeImage')[2].adjustment?.angle).toBe(90);
    expect(api.callsTo('recognizeImage')[2].pins).toBeUndefined();
  });

  it('goes back from the cut to the alternatives without splitting', async () => {
    const { api } = await openImage();
    fireEvent.click(screen.getByTestId('symbol-0-1'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Split…' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Back' }));
    expect(within(dialog()).queryByRole('slider')).toBeNull();
    expect(screen.queryByTestId('cut-line')).toBeNull();
    expect(api.callsTo('recognizeImage')).toHaveLength(1);
    expect(within(dialog()).getByRole('group', { name: 'Alternatives' })).toBeTruthy();
  });
});

/** ∀x as written in three strokes: the two of ∀ side by side, then the x. */
function drawnLine(): AppLine {
  const line = fakeLine('∀x', { x: 100, y: 100 });
  const strokes = [[0, 1], [2]];
  return { ...line, symbols: line.symbols.map((s, i) => ({ ...s, strokes: strokes[i] })) };
}

async function drawThreeStrokes() {
  const harness = renderApp({ strokeLines: [drawnLine()] });
  drawStroke([
    [100, 100],
    [110, 160],
  ]);
  drawStroke([
    [130, 100],
    [140, 160],
  ]);
  drawStroke([
    [170, 120],
    [190, 160],
  ]);
  await waitFor(() =>
    expect(harness.api.callsTo('recognizeStrokes').at(-1)?.strokes).toHaveLength(3),
  );
  await screen.findByTestId('line-0');
  return harness;
}

describe('splitting and joining drawn symbols', () => {
  it('splits a symbol between its strokes and joins two, each an undoable step', async () => {
    const { api } = await drawThreeStrokes();
    const calls = () => api.callsTo('recognizeStrokes');
    const before = calls().length;

    fireEvent.click(screen.getByTestId('symbol-0-0'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Split…' }));
    const slider = within(dialog()).getByRole('slider', { name: 'Cut position' });
    // Two strokes: one place to cut.
    expect(slider.getAttribute('max')).toBe('0');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Split here' }));
    await waitFor(() => expect(calls()).toHaveLength(before + 1));
    expect(calls().at(-1)?.pins).toEqual([[0], [1]]);

    fireEvent.click(screen.getByTestId('symbol-0-1'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Join with previous' }));
    await waitFor(() => expect(calls()).toHaveLength(before + 2));
    // The join takes the ∀'s strokes, as the reading has them, and the x's.
    expect(calls().at(-1)?.pins).toEqual([[0, 1, 2]]);

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(calls()).toHaveLength(before + 3));
    expect(calls().at(-1)?.pins).toEqual([[0], [1]]);

    // Handing the strokes back to the recogniser is a step too.
    fireEvent.click(screen.getByTestId('symbol-0-0'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Let Inkform decide' }));
    await waitFor(() => expect(calls()).toHaveLength(before + 4));
    expect(calls().at(-1)?.pins).toBeUndefined();
  });

  it('keeps a relabelled symbol’s label when another symbol of its line is split', async () => {
    const { api } = await drawThreeStrokes();
    fireEvent.click(screen.getByTestId('symbol-0-1'));
    fireEvent.click(within(dialog()).getByTestId('palette-y'));
    await waitFor(() => expect(screen.getByTestId('line-text-0').textContent).toBe('∀y'));

    // Read again with the ∀'s strokes apart; the x is where it was.
    const line = drawnLine();
    const [forall, x] = line.symbols;
    const halves = [0, 1].map((k) => ({
      ...forall,
      box: {
        ...forall.box,
        x: forall.box.x + (k * forall.box.width) / 2,
        width: forall.box.width / 2,
      },
      strokes: [k],
    }));
    const split = { ...line, symbols: [...halves, x] };
    const read = api.recognizeStrokes;
    Object.assign(api, {
      recognizeStrokes: async (request: Parameters<typeof read>[0]) => ({
        ...(await read(request)),
        lines: [split],
      }),
    });
    fireEvent.click(screen.getByTestId('symbol-0-0'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Split…' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Split here' }));
    await waitFor(() => expect(api.callsTo('redecodeLine')).toHaveLength(2));
    expect(api.callsTo('redecodeLine')[1].forced).toEqual([null, null, 'y']);
    await waitFor(() =>
      expect(screen.getByTestId('symbol-0-2').className).toContain('is-corrected'),
    );
  });

  it('says why a symbol of one stroke cannot be split', async () => {
    const { api } = await drawThreeStrokes();
    const before = api.callsTo('recognizeStrokes').length;
    fireEvent.click(screen.getByTestId('symbol-0-1'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Split…' }));
    expect(within(dialog()).getByRole('status').textContent).toMatch(/single stroke/);
    expect(within(dialog()).queryByRole('slider')).toBeNull();
    expect(document.activeElement).toBe(within(dialog()).getByRole('button', { name: 'Back' }));
    expect(api.callsTo('recognizeStrokes')).toHaveLength(before);
  });
});
