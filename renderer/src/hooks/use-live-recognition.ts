import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppLine, InkformApi, StrokeResult } from '@services/contract';
import type { InkStroke } from '../ink/ink-types';
import { toStrokeList } from '../ink/stroke-list';
import { createLiveScheduler, type LiveScheduler } from '../lib/live-scheduler';
import { groupIndices, type StrokeGroup } from '../lib/segmentation';
import { useLatest } from './use-latest';

export type RecognitionState = 'idle' | 'busy' | 'error';

/** Used until the settings have loaded; the same as the settings' default. */
export const DEFAULT_RECOGNITION_DELAY_MS = 0;

export interface LiveRecognitionOptions {
  readonly strokes: readonly InkStroke[];
  /** Recognise after each pause in writing; when false only `recognizeNow` does. */
  readonly live: boolean;
  readonly delayMs: number;
  /** The lines read, and the ink they were read from (a newer stroke may already be drawn). */
  readonly onLines: (lines: readonly AppLine[], strokes: readonly InkStroke[]) => void;
  readonly onError: (error: unknown) => void;
  /** Strokes the user said are one symbol each; a change is read at once, live or not. */
  readonly groups?: readonly StrokeGroup[];
}

export interface LiveRecognition {
  readonly state: RecognitionState;
  /** How long the last successful reading took. */
  readonly elapsedMs: number | null;
  recognizeNow(): void;
  /** A stroke has started: wait for it before reading. */
  postpone(): void;
}

/**
 * Reads the drawing as the user writes, through the live scheduler (debounce, one call in
 * flight, stale answers dropped). An empty drawing has no lines and needs no call.
 */
export function useLiveRecognition(
  api: InkformApi,
  options: LiveRecognitionOptions,
): LiveRecognition {
  const { strokes, live, groups } = options;
  const [state, setState] = useState<RecognitionState>('idle');
  const [elapsedMs, setElapsedMs] = useState<number | null>(null);
  const latest = useLatest(options);
  const schedulerRef = useRef<LiveScheduler<readonly InkStroke[]> | null>(null);

  useEffect(() => {
    const scheduler = createLiveScheduler<readonly InkStroke[], StrokeResult>({
      run: (input) => {
        const pins = groupIndices(latest.current.groups ?? [], input);
        const request = { strokes: toStrokeList(input) };
        return api.recognizeStrokes(pins.length === 0 ? request : { ...request, pins });
      },
      onResult: (result, input) => {
        setState('idle');
        setElapsedMs(result.elapsedMs);
        latest.current.onLines(result.lines, input);
      },
      onError: (error) => {
        setState('error');
        latest.current.onError(error);
      },
      onBusyChange: (busy) =>
        setState((current) => (busy ? 'busy' : current === 'busy' ? 'idle' : current)),
      delayMs: () => latest.current.delayMs,
    });
    schedulerRef.current = scheduler;
    return () => {
      scheduler.dispose();
      schedulerRef.current = null;
    };
  }, [api, latest]);

  const seenGroups = useRef(groups);
  useEffect(() => {
    const scheduler = schedulerRef.current;
    if (scheduler === null) return;
    // A split or join (or its undo) is the user asking for a new reading, even with live off.
    const regrouped = seenGroups.current !== groups;
    seenGroups.current = groups;
    if (strokes.length === 0) {
      scheduler.cancel();
      setState('idle');
      latest.current.onLines([], strokes);
    } else if (live || regrouped) {
      scheduler.schedule(strokes);
    }
  }, [strokes, live, latest, groups]);

  const recognizeNow = useCallback(() => {
    const current = latest.current.strokes;
    if (current.length > 0) schedulerRef.current?.runNow(current);
  }, [latest]);
  const postpone = useCallback(() => schedulerRef.current?.postpone(), []);

  return { state, elapsedMs, recognizeNow, postpone };
}
