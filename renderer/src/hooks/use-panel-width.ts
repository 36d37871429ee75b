import { useCallback, useState } from 'react';
import { readPreference, writePreference } from '../lib/storage';

export const PANEL_WIDTH = { min: 320, max: 640, initial: 400, step: 16 } as const;

const KEY = 'inkform.resultsPanelWidth';

export const clampPanelWidth = (width: number): number =>
  Math.round(Math.min(PANEL_WIDTH.max, Math.max(PANEL_WIDTH.min, width)));

/** The results panel's width, remembered between sessions. */
export function usePanelWidth(): [number, (width: number) => void] {
  const [width, setWidth] = useState(() => {
    const stored = Number(readPreference(KEY));
    return Number.isFinite(stored) && stored > 0 ? clampPanelWidth(stored) : PANEL_WIDTH.initial;
  });
  const set = useCallback((next: number) => {
    const clamped = clampPanelWidth(next);
    setWidth(clamped);
    writePreference(KEY, String(clamped));
  }, []);
  return [width, set];
}
