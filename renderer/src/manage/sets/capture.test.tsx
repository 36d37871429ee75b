// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawOn, renderManage, WEDGE_STROKES } from '../test/render-manage';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openCapture(symbols: string) {
  const harness = renderManage('sets');
  await screen.findByRole('heading', { name: 'My handwriting' });
  fireEvent.click(screen.getByRole('tab', { name: 'Capture' }));
  fireEvent.change(screen.getByLabelText('Symbols to capture'), { target: { value: symbols } });
  return harness;
}

const prompt = () => screen.getByTestId('capture-symbol').textContent;

describe('Capture', () => {
  it('saves the drawing as a 784-byte glyph of the prompted symbol and prompts the next', async () => {
    const { api } = await openCapture('∧ ∨');
    expect(prompt()).toBe('∧');
    expect(screen.getByTestId('capture-count').textContent).toBe('12 of 20');

    drawOn('Capture canvas', WEDGE_STROKES);
    fireEvent.keyDown(window, { key: 'Enter' });

    await waitFor(() => expect(api.callsTo('addSamples')).toHaveLength(1));
    const [request] = api.callsTo('addSamples');
    expect(request.setId).toBe('my-handwriting');
    expect(request.samples).toHaveLength(1);
    const [sample] = request.samples;
    expect(sample.label).toBe('wedge');
    expect(sample.source).toBe('capture');
    expect(sample.glyph).toBeInstanceOf(Uint8Array);
    expect(sample.glyph.length).toBe(784);
    expect(sample.glyph.some((v) => v > 0)).toBe(true);
    await waitFor(() => expect(prompt()).toBe('∨'));
    // The pad is empty again for the next symbol, and ∧ has one more sample.
    expect(
      (screen.getByRole('button', { name: /Save & next/ }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(screen.getByRole('button', { name: 'wedge: 13 of 20' })).toBeTruthy();
  });

  it('does not save an empty pad, and Escape clears a drawing', async () => {
    const { api } = await openCapture('∧');
    fireEvent.keyDown(window, { key: 'Enter' });
    expect(await screen.findByText('Write ∧ on the pad first')).toBeTruthy();
    drawOn('Capture canvas', WEDGE_STROKES);
    expect(screen.queryByText(/write/i, { selector: '.capture-pad-hint' })).toBeNull();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.getByText(/write/i, { selector: '.capture-pad-hint' })).toBeTruthy();
    await act(async () => {});
    expect(api.callsTo('addSamples')).toEqual([]);
  });

  it('moves between symbols with the arrow keys and Skip, but not while typing', async () => {
    await openCapture('∧ ∨ →');
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(prompt()).toBe('∨');
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(prompt()).toBe('→');
    fireEvent.keyDown(screen.getByLabelText('Symbols to capture'), { key: 'ArrowRight' });
    expect(prompt()).toBe('→');
    // → already has 20 of 20: Skip goes round to the next symbol still short of its target.
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(prompt()).toBe('∧');
  });

  it('takes back the last saved sample with Undo last save', async () => {
    const { api } = await openCapture('∧ ∨');
    const wedges = async () =>
      (await api.listSamples({ setId: 'my-handwriting', label: 'wedge', offset: 0, limit: 2000 }))
        .samples;
    const before = new Set((await wedges()).map((s) => s.id));
    drawOn('Capture canvas', WEDGE_STROKES);
    fireEvent.click(screen.getByRole('button', { name: /Save & next/ }));
    await waitFor(() => expect(prompt()).toBe('∨'));
    const captured = (await wedges()).filter((s) => !before.has(s.id));
    expect(captured).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Undo last save' }));
    await waitFor(() => expect(api.callsTo('deleteSamples')).toHaveLength(1));
    expect(api.callsTo('deleteSamples')[0]).toEqual({
      setId: 'my-handwriting',
      sampleIds: [captured[0].id],
    });
    await waitFor(() => expect(prompt()).toBe('∧'));
    expect(screen.getByRole('button', { name: 'wedge: 12 of 20' })).toBeTruthy();
  });

  it('shows each symbol’s progress towards the target and jumps to one on click', async () => {
    await openCapture('∀ ∧');
    fireEvent.change(screen.getByLabelText('Target per symbol'), { target: { value: '15' } });
    const chips = screen.getByRole('list', { name: 'Progress per symbol' });
    const forall = within(chips).getByRole('button', { name: 'forall: 20 of 15' });
    expect(forall.className).toContain('is-done');
    fireEvent.click(within(chips).getByRole('button', { name: 'wedge: 12 of 15' }));
    expect(prompt()).toBe('∧');
    expect(screen.getByText('12 of 15', { selector: '.capture-count' })).toBeTruthy();
  });

  it('names the tokens it does not know', async () => {
    await openCapture('∧ λ');
    expect(screen.getByText('Not a symbol Inkform knows: “λ”')).toBeTruthy();
    expect(prompt()).toBe('∧');
  });
});
