import { useCallback, useReducer, useRef, useState } from 'react';
import { noHandwritingMessage } from '@recognition';
import type { Box, ImageResult, InkformApi, RecognizeImageRequest } from '@services/contract';
import { EMPTY_PAGE, pageReducer, type PageAction, type PageResults } from '../lib/page-results';
import { withBoxes } from '../lib/segmentation';
import type { RecognitionState } from './use-live-recognition';

/** How the user turned, cropped and separated the picture (see lib/image-layout.ts). */
export type ImageReadLayout = Pick<RecognizeImageRequest, 'adjustment' | 'lineCuts'>;

export interface ImageSource {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** MIME type for showing it; may be empty. */
  readonly type: string;
}

export interface ImagePage {
  readonly source: ImageSource | null;
  readonly result: ImageResult | null;
  readonly page: PageResults;
  dispatch(action: PageAction): void;
  readonly state: RecognitionState;
  /** "No handwriting found in …" once the picture has been read and held no writing, else null. */
  readonly nothingFound: string | null;
  /** Shows the image and reads it; a newer image makes an unfinished reading stale. */
  load(source: ImageSource): void;
  /** Reads the current image again (another model). */
  again(): void;
  clear(): void;
  /** Reads the current image again, turned, cropped and separated as the user now has it. */
  relayout(layout: ImageReadLayout): void;
  /**
   * The user's word on the symbols inside `region`: `parts` are one symbol each (one for a join,
   * one per side of a split). Kept until another picture is loaded; the picture is read again.
   */
  segment(region: Box, parts: readonly Box[]): void;
  /** Whether a split or join of the user's holds ink inside `box`. */
  delimits(box: Box): boolean;
}

/**
 * The Image mode: one imported picture, its reading and the corrections to it. A picture with
 * no writing on it is announced through `notify`, so that reading it never ends in silence.
 */
export function useImagePage(
  api: InkformApi,
  report: (error: unknown) => void,
  notify: (text: string) => void,
): ImagePage {
  const [source, setSource] = useState<ImageSource | null>(null);
  const [result, setResult] = useState<ImageResult | null>(null);
  const [state, setState] = useState<RecognitionState>('idle');
  const [page, dispatch] = useReducer(pageReducer, EMPTY_PAGE);
  const sequence = useRef(0);
  const segments = useRef<readonly Box[]>([]);
  const layout = useRef<ImageReadLayout>({});

  const read = useCallback(
    (image: ImageSource) => {
      const seq = ++sequence.current;
      setState('busy');
      const pins = segments.current;
      const request = { bytes: image.bytes, name: image.name, ...layout.current };
      api.recognizeImage(pins.length === 0 ? request : { ...request, pins }).then(
        (read) => {
          if (seq !== sequence.current) return;
          setResult(read);
          dispatch({ type: 'recognized', lines: read.lines });
          setState('idle');
          if (read.lines.length === 0) notify(noHandwritingMessage(image.name));
        },
        (error: unknown) => {
          if (seq !== sequence.current) return;
          // A picture that cannot be read is not kept: the page returns to its empty state.
          setSource(null);
          setResult(null);
          dispatch({ type: 'cleared' });
          setState('error');
          report(error);
        },
      );
    },
    [api, report, notify],
  );

  const load = useCallback(
    (image: ImageSource) => {
      setSource(image);
      setResult(null);
      segments.current = [];
      layout.current = {};
      dispatch({ type: 'cleared' });
      read(image);
    },
    [read],
  );

  const again = useCallback(() => {
    if (source !== null) read(source);
  }, [read, source]);

  const segment = useCallback(
    (region: Box, parts: readonly Box[]) => {
      if (source === null) return;
      segments.current = withBoxes(segments.current, region, parts);
      read(source);
    },
    [read, source],
  );

  const delimits = useCallback(
    (box: Box) => withBoxes(segments.current, box, []).length < segments.current.length,
    [],
  );

  const relayout = useCallback(
    (next: ImageReadLayout) => {
      // Splits and joins are boxes in the picture as it was turned and cropped; once it is turned
      // or cropped otherwise they would fall on other ink.
      if (JSON.stringify(next.adjustment) !== JSON.stringify(layout.current.adjustment))
        segments.current = [];
      layout.current = next;
      if (source !== null) read(source);
    },
    [read, source],
  );

  const clear = useCallback(() => {
    sequence.current++;
    setSource(null);
    setResult(null);
    setState('idle');
    dispatch({ type: 'cleared' });
  }, []);

  const nothingFound =
    source !== null && result !== null && result.lines.length === 0
      ? noHandwritingMessage(source.name)
      : null;

  return {
    source,
    result,
    page,
    dispatch,
    state,
    nothingFound,
    load,
    again,
    clear,
    segment,
    delimits,
    relayout,
  };
}
