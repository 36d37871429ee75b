import { render, type RenderResult } from '@testing-library/react';
import { useState, type JSX } from 'react';
import { vi } from 'vitest';
import { ApiProvider } from '../../api/api-context';
import { drawStrokeOn } from '../../test/render-app';
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

/** Draws strokes on the canvas named `label` (page coordinates = stroke units in jsdom). */
export function drawOn(
  label: string,
  strokes: readonly (readonly (readonly [number, number])[])[],
): void {
  for (const points of strokes) drawStrokeOn(label, points);
}

/** A ∧ in one stroke, the size people write it on the pad. */
export const WEDGE_STROKES = [
  [
    [60, 200],
    [100, 120],
    [140, 200],
  ],
] as const;
