import { useCallback, useMemo, useState } from 'react';
import type { AppLine, InkformApi, Settings } from '@services/contract';
import type { InkStroke, InkTool } from '../ink/ink-types';
import {
  blankPin,
  drawnLines,
  NO_READING,
  readingOf,
  type DrawnLine,
  type Reading,
} from '../lib/drawn-lines';
import { withGlyphs, type PageAction, type PageResults } from '../lib/page-results';
import { strokesOfSymbol, type StrokeGroup } from '../lib/segmentation';
import type { TypedPin } from '../lib/workspace-history';
import { DEFAULT_ZOOM, zoomIn, zoomOut } from '../lib/zoom';
import { useLatest } from './use-latest';
import {
  DEFAULT_RECOGNITION_DELAY_MS,
  useLiveRecognition,
  type LiveRecognition,
} from './use-live-recognition';
import { useWorkspaceHistory, type WorkspaceHistory } from './use-workspace-history';

const NO_GROUPS: readonly StrokeGroup[] = [];

/** Until the settings have loaded; the settings' default is the same. */
const DEFAULT_PEN_WIDTH = 3;

export interface Drawing {
  readonly history: WorkspaceHistory;
  readonly tool: InkTool;
  setTool(tool: InkTool): void;
  readonly zoom: number;
  zoomBy(direction: 'in' | 'out' | 'reset'): void;
  readonly penWidth: number;
  readonly page: PageResults;
  /** The page's lines with the text typed for them, in the order of `page.lines`. */
  readonly lines: readonly DrawnLine[];
  /** Text typed while the page has no lines. */
  readonly blank: TypedPin | null;
  /** Only corrections apply: the reading comes from the ink. */
  dispatch(action: PageAction): void;
  readonly recognition: LiveRecognition;
  /** Empties the page (undoable) and returns to the pen at 100 %. */
  startOver(): void;
  /** The strokes of a symbol of the page as last read. */
  strokesOf(line: number, symbol: number): readonly InkStroke[];
}

/** Everything about the Draw mode: the ink and its history, the tool, zoom and live results. */
export function useDrawing(
  api: InkformApi,
  settings: Settings | null,
  report: (error: unknown) => void,
): Drawing {
  const history = useWorkspaceHistory();
  const [tool, setTool] = useState<InkTool>('pen');
  const [zoom, setZoom] = useState(DEFAULT_ZOOM);
  const [reading, setReading] = useState<Reading>(NO_READING);

  const onLines = useCallback(
    (read: readonly AppLine[], strokes: readonly InkStroke[]) =>
      setReading(readingOf(read, strokes)),
    [],
  );
  const recognition = useLiveRecognition(api, {
    strokes: history.strokes,
    live: settings?.liveRecognition ?? true,
    delayMs: settings?.recognitionDelayMs ?? DEFAULT_RECOGNITION_DELAY_MS,
    onLines,
    onError: report,
    groups: history.doc.segments ?? NO_GROUPS,
  });

  const { doc } = history;
  const lines = useMemo(() => drawnLines(reading, doc), [reading, doc]);
  const page = useMemo(() => ({ lines: lines.map((line) => line.state) }), [lines]);
  const latestLines = useLatest(lines);
  const { relabel } = history;
  const dispatch = useCallback(
    (action: PageAction) => {
      if (action.type !== 'corrected') return;
      // An answer for ink that has been re-read differently since is dropped, not a step.
      const line = latestLines.current.find((l) => l.state.recognized === action.base.recognized);
      if (line === undefined) return;
      const recognized = action.base.recognized;
      relabel({
        strokeIds: line.strokeIds,
        state: { recognized, current: withGlyphs(action.line, recognized), forced: action.forced },
      });
    },
    [latestLines, relabel],
  );

  const zoomBy = useCallback((direction: 'in' | 'out' | 'reset') => {
    setZoom((current) =>
      direction === 'in' ? zoomIn(current) : direction === 'out' ? zoomOut(current) : DEFAULT_ZOOM,
    );
  }, []);

  const strokesOf = useCallback(
    (line: number, symbol: number) =>
      strokesOfSymbol(reading.strokes, reading.lines[line]?.symbols[symbol]?.strokes),
    [reading],
  );

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
    lines,
    blank: blankPin(doc),
    dispatch,
    recognition,
    startOver,
    strokesOf,
  };
}
