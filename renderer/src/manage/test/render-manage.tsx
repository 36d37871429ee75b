import { fireEvent, render, screen, type RenderResult } from '@testing-library/react';
import { useState, type JSX } from 'react';
import { vi } from 'vitest';
import { ApiProvider } from '../../api/api-context';
import { ManageView, type ManagePage } from '../ManageView';
import {
  createFakeManageApi,
  type FakeManageApi,
  type FakeTrainingOptions,
} from './fake-training-api';

export interface ManageHarness extends RenderResult {
  readonly api: FakeManageApi;
}

/**
 * The training area on the fake API, its page switchable as the app switches it. jsdom has no
 * 2D canvas: thumbnails and the ink pad get none and cope.
 */
export function renderManage(
  page: ManagePage = 'sets',
  options: FakeTrainingOptions = {},
): ManageHarness {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const api = createFakeManageApi(options);
  function Harness(): JSX.Element {
    const [current, setCurrent] = useState<ManagePage>(page);
    return <ManageView page={current} onPageChange={setCurrent} />;
  }
  const view = render(
    <ApiProvider api={api}>
      <Harness />
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

/** Draws strokes on the canvas named `label` (page coordinates = stroke units in jsdom). */
export function drawOn(
  label: string,
  strokes: readonly (readonly (readonly [number, number])[])[],
): void {
  const canvas = screen.getByLabelText(label);
  for (const points of strokes) {
    const [first, ...rest] = points;
    fireEvent(canvas, pointer('pointerdown', first[0], first[1]));
    for (const [x, y] of rest) fireEvent(canvas, pointer('pointermove', x, y));
    const last = points[points.length - 1];
    fireEvent(canvas, pointer('pointerup', last[0], last[1]));
  }
}

/** A ∧ in one stroke, the size people write it on the pad. */
export const WEDGE_STROKES = [
  [
    [60, 200],
    [100, 120],
    [140, 200],
  ],
] as const;
