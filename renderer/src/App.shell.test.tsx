// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawStroke, renderApp } from './test/render-app';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('theme', () => {
  it('cycles system → light → dark → system and saves each choice', async () => {
    const { api } = renderApp();
    await waitFor(() => expect(api.callsTo('getSettings')).toHaveLength(1));
    // No matchMedia in jsdom: the system theme resolves to light.
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));

    fireEvent.click(button('Theme'));
    await waitFor(() => expect(api.callsTo('updateSettings')).toEqual([{ theme: 'light' }]));
    fireEvent.click(button('Theme'));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(api.callsTo('updateSettings')[1]).toEqual({ theme: 'dark' });
    fireEvent.click(button('Theme'));
    await waitFor(() => expect(api.callsTo('updateSettings')[2]).toEqual({ theme: 'system' }));
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(api.settings.theme).toBe('system');
  });

  it('starts from the saved theme and follows the menu’s toggle', async () => {
    const { api } = renderApp({ settings: { theme: 'dark' } });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    api.emit({ type: 'menu', command: 'toggle-theme' });
    await waitFor(() => expect(api.callsTo('updateSettings')).toEqual([{ theme: 'system' }]));
  });
});

describe('drawing commands', () => {
  it('honours the menu’s undo and redo', async () => {
    const { api } = renderApp();
    drawStroke([
      [10, 10],
      [30, 40],
    ]);
    expect(button('Undo').disabled).toBe(false);
    expect(button('Redo').disabled).toBe(true);
    await screen.findByTestId('line-0');

    api.emit({ type: 'menu', command: 'undo' });
    await waitFor(() => expect(button('Undo').disabled).toBe(true));
    expect(button('Redo').disabled).toBe(false);
    // An empty drawing has no lines, and nothing to read.
    await waitFor(() => expect(screen.queryByTestId('line-0')).toBeNull());
    expect(api.callsTo('recognizeStrokes')).toHaveLength(1);
    expect(screen.getByText('Write a formula here')).toBeTruthy();

    api.emit({ type: 'menu', command: 'redo' });
    await waitFor(() => expect(button('Redo').disabled).toBe(true));
    await screen.findByTestId('line-0');
  });

  it('has keyboard shortcuts, except while typing in the text field', () => {
    renderApp();
    fireEvent.keyDown(window, { key: 'e' });
    expect(button('Eraser').getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(window, { key: 'p' });
    expect(button('Pen').getAttribute('aria-pressed')).toBe('true');

    fireEvent.keyDown(window, { key: '=', ctrlKey: true });
    expect(button('Reset zoom').textContent).toBe('110%');
    fireEvent.keyDown(window, { key: '-', metaKey: true });
    fireEvent.keyDown(window, { key: '-', metaKey: true });
    expect(button('Reset zoom').textContent).toBe('90%');
    fireEvent.keyDown(window, { key: '0', ctrlKey: true });
    expect(button('Reset zoom').textContent).toBe('100%');

    const field = screen.getByRole('textbox', { name: 'Formula text' });
    fireEvent.keyDown(field, { key: 'e' });
    expect(button('Pen').getAttribute('aria-pressed')).toBe('true');
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z and Ctrl+Y', () => {
    renderApp();
    drawStroke([
      [10, 10],
      [30, 40],
    ]);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(button('Undo').disabled).toBe(true);
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(button('Undo').disabled).toBe(false);
    fireEvent.keyDown(window, { key: 'z', metaKey: true });
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(button('Redo').disabled).toBe(true);
  });

  it('leaves the drawing alone while the Training pages are shown', () => {
    const { api } = renderApp();
    drawStroke([
      [10, 10],
      [30, 40],
    ]);
    fireEvent.click(screen.getByRole('tab', { name: 'Training' }));
    const undoKey = fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'e' });
    act(() => api.emit({ type: 'menu', command: 'clear' }));
    act(() => api.emit({ type: 'menu', command: 'undo' }));
    // Not taken by the workspace, so the key keeps its ordinary meaning on the Training page.
    expect(undoKey).toBe(true);

    fireEvent.click(screen.getByRole('tab', { name: 'Draw' }));
    expect(button('Undo').disabled).toBe(false);
    expect(button('Clear').disabled).toBe(false);
    expect(button('Pen').getAttribute('aria-pressed')).toBe('true');
  });

  it('clears, and starts a new drawing from the menu', () => {
    const { api } = renderApp();
    drawStroke([
      [10, 10],
      [30, 40],
    ]);
    fireEvent.click(button('Clear'));
    expect(button('Clear').disabled).toBe(true);
    fireEvent.click(button('Undo'));
    expect(button('Clear').disabled).toBe(false);
    fireEvent.click(screen.getByRole('tab', { name: 'Image' }));
    act(() => api.emit({ type: 'menu', command: 'new-drawing' }));
    expect(screen.getByRole('tab', { name: 'Draw' }).getAttribute('aria-selected')).toBe('true');
    expect(button('Clear').disabled).toBe(true);
  });
});

describe('live recognition', () => {
  it('reads a burst of strokes once, after the pause', async () => {
    const { api } = renderApp({ settings: { recognitionDelayMs: 80 } });
    for (let i = 0; i < 4; i++)
      drawStroke([
        [10 + i * 20, 10],
        [20 + i * 20, 40],
      ]);
    await screen.findByTestId('line-0');
    expect(api.callsTo('recognizeStrokes')).toHaveLength(1);
    expect(api.callsTo('recognizeStrokes')[0].strokes).toHaveLength(4);
  });

  it('shows busy while reading and an error when reading fails', async () => {
    const { api } = renderApp({ latencyMs: 60 });
    api.failNext('recognizeStrokes', new Error('The recognition worker stopped.'));
    drawStroke([
      [10, 10],
      [30, 40],
    ]);
    await waitFor(() =>
      expect(screen.getByTestId('recognition-status').dataset.state).toBe('busy'),
    );
    await waitFor(() =>
      expect(screen.getByTestId('recognition-status').dataset.state).toBe('error'),
    );
    expect(screen.getByRole('alert').textContent).toContain('The recognition worker stopped.');
  });

  it('tells the user when the recognition worker was restarted', async () => {
    const { api } = renderApp();
    api.emit({ type: 'worker-restarted', message: 'The worker ran out of memory.' });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Recognition restarted after a crash — your drawing is safe; try again',
      ),
    );
  });
});
