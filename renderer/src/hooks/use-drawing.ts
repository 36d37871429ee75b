import { useCallback, useReducer, useState } from 'react';
import type { AppLine, InkformApi, Settings } from '../../../services/contract';
import type { InkTool } from '../ink/ink-types';
import { useInkHistory, type InkHistory } from '../ink/use-ink-history';
import { EMPTY_PAGE, pageReducer, type PageAction, type PageResults } from '../lib/page-results';
import { DEFAULT_ZOOM, zoomIn, zoomOut } from '../lib/zoom';
import {
  DEFAULT_RECOGNITION_DELAY_MS,
  useLiveRecognition,
  type LiveRecognition,
} from './use-live-recognition';

/** Until the settings have loaded; the settings' default is the same. */
const DEFAULT_PEN_WIDTH = 3;

export interface Drawing {
  readonly history: InkHistory;
  readonly tool: InkTool;
  setTool(tool: InkTool): void;
  readonly zoom: number;
  zoomBy(direction: 'in' | 'out' | 'reset'): void;
  readonly penWidth: number;
  readonly page: PageResults;
  dispatch(action: PageAction): void;
  readonly recognition: LiveRecognition;
  /** Empties the page (undoable) and returns to the pen at 100 %. */
  startOver(): void;
}

/** Everything about the Draw mode: the ink and its history, the tool, zoom and live results. */
export function useDrawing(
  api: InkformApi,
  settings: Settings | null,
  report: (error: unknown) => void,
): Drawing {
  const history = useInkHistory();
  const [tool, setTool] = useState<InkTool>('pen');
  const [zoom, setZoom] = useState(DEFAULT_ZOOM);
  const [page, dispatch] = useReducer(pageReducer, EMPTY_PAGE);

  const onLines = useCallback(
    (lines: readonly AppLine[]) => dispatch({ type: 'recognized', lines }),
    [],
  );
  const recognition = useLiveRecognition(api, {
    strokes: history.strokes,
    live: settings?.liveRecognition ?? true,
    delayMs: settings?.recognitionDelayMs ?? DEFAULT_RECOGNITION_DELAY_MS,
    onLines,
    onError: report,
  });

  const zoomBy = useCallback((direction: 'in' | 'out' | 'reset') => {
    setZoom((current) =>
      direction === 'in' ? zoomIn(current) : direction === 'out' ? zoomOut(current) : DEFAULT_ZOOM,
    );
  }, []);

  const { clear } = history;
  const startOver = useCallback(() => {
    clear();
    setTool('pen');
    setZoom(DEFAULT_ZOOM);
  }, [clear]);

  return {
    history,
    tool,
    setTool,
    zoom,
    zoomBy,
    penWidth: settings?.penWidth ?? DEFAULT_PEN_WIDTH,
    page,
    dispatch,
    recognition,
    startOver,
  };
}
