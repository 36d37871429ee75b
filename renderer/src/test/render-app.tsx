import { fireEvent, render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { expect, vi } from 'vitest';
import type { FormulaExports, ParseFormulaRequest } from '@services/contract';
import { App } from '../App';
import { ApiProvider } from '../api/api-context';
import { createFakeApi, type FakeApi, type FakeApiOptions } from './fake-api';

export interface AppHarness extends RenderResult {
  readonly api: FakeApi;
}

/**
 * The whole workspace on the fake API. jsdom has no 2D canvas, so the ink canvas gets none
 * (it copes), and recognition waits 10 ms instead of the settings' usual pause.
 */
export function renderApp(options: FakeApiOptions = {}): AppHarness {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const api = createFakeApi({
    ...options,
    settings: { recognitionDelayMs: 10, ...options.settings },
  });
  const view = render(
    <ApiProvider api={api}>
      <App />
    </ApiProvider>,
  );
  return { ...view, api };
}

/** jsdom has no PointerEvent: a MouseEvent with the fields the ink canvas reads. */
function pointer(type: string, x: number, y: number): MouseEvent {
  const event = new MouseEvent(type, {
    bubbles: true,
    cancelable: true,
    clientX: x,
    clientY: y,
    button: 0,
  });
  Object.defineProperties(event, {
    pointerId: { value: 1 },
    pointerType: { value: 'mouse' },
    pressure: { value: type === 'pointerup' ? 0 : 0.5 },
  });
  return event;
}

/** Draws one stroke through `points` (page coordinates) on the canvas named `label`. */
export function drawStrokeOn(label: string, points: readonly (readonly [number, number])[]): void {
  const canvas = screen.getByLabelText(label);
  const [first, ...rest] = points;
  fireEvent(canvas, pointer('pointerdown', first[0], first[1]));
  for (const [x, y] of rest) fireEvent(canvas, pointer('pointermove', x, y));
  const last = points[points.length - 1];
  fireEvent(canvas, pointer('pointerup', last[0], last[1]));
}

/** Draws one stroke on the workspace's canvas through `points` (page coordinates). */
export function drawStroke(points: readonly (readonly [number, number])[]): void {
  drawStrokeOn('Drawing canvas', points);
}

/** An image file of `size` bytes (PNG signature first, like a real one). */
export function imageFile(name: string, size: number, type = 'image/png'): File {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47].slice(0, size));
  return new File([bytes], name, { type });
}

/** Chooses `file` in the hidden image input, as the user or an end-to-end test would. */
export function chooseImage(file: File): void {
  const input = screen.getByTestId('image-input');
  fireEvent.change(input, { target: { files: [file] } });
}

/**
 * Types `text` into the formula box, the back end answering each parse with the exports
 * `exportsFor` spells out for the style asked; gives the spy, to see what was asked.
 */
export async function typeFormula(
  api: FakeApi,
  text: string,
  exportsFor: (request: ParseFormulaRequest) => FormulaExports,
) {
  const parse = vi.spyOn(api, 'parseFormula').mockImplementation(async (request) => {
    const exports = exportsFor(request);
    return { ok: true, unicode: exports.unicode, exports, kind: 'formula' };
  });
  fireEvent.change(screen.getByRole('textbox', { name: 'Formula text' }), {
    target: { value: text },
  });
  await waitFor(() => expect(parse).toHaveBeenCalled());
  return parse;
}
