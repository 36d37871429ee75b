import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { type InkformApi, type SampleInfo } from '@services/contract';
import { pagesCovering } from '../lib/grid-window';

/** Samples per call: a few screens of thumbnails, well under the service's 2,000. */
export const SAMPLE_PAGE = 240;

export interface SamplePages {
  /** Samples in the set (or class); null until the first page has come. */
  readonly total: number | null;
  sampleAt(index: number): SampleInfo | undefined;
  /** Fetches the pages holding cells [start, end) that are not loaded or on their way. */
  request(start: number, end: number): void;
  /** Ids of the loaded samples at indices from…to inclusive. */
  idsBetween(from: number, to: number): string[];
}

interface Loaded {
  readonly key: string;
  readonly total: number | null;
  readonly pages: ReadonlyMap<number, readonly SampleInfo[]>;
}

const empty = (key: string): Loaded => ({ key, total: null, pages: new Map() });

/**
 * A set's samples fetched page by page as the grid scrolls. A new set, class or `version`
 * (changed after relabelling or deleting, or when samples arrive from elsewhere) starts afresh;
 * answers for an older one are dropped.
 */
export function useSamplePages(
  api: InkformApi,
  setId: string,
  label: string | null,
  version: string,
  report: (error: unknown) => void,
): SamplePages {
  const key = `${setId}\n${label ?? ''}\n${version}`;
  const [stored, setStored] = useState<Loaded>(() => empty(key));
  const loaded = stored.key === key ? stored : empty(key);
  const latest = useRef({ key, loaded });
  const inFlight = useRef(new Set<string>());
  useLayoutEffect(() => {
    latest.current = { key, loaded };
  });

  const request = useCallback(
    (start: number, end: number) => {
      const known = latest.current.loaded;
      const pages = known.total === null ? [0] : pagesCovering(start, end, SAMPLE_PAGE);
      for (const page of pages) {
        const flightKey = `${key}#${page}`;
        if (known.pages.has(page) || inFlight.current.has(flightKey)) continue;
        inFlight.current.add(flightKey);
        api.listSamples({ setId, label, offset: page * SAMPLE_PAGE, limit: SAMPLE_PAGE }).then(
          (answer) => {
            inFlight.current.delete(flightKey);
            if (latest.current.key !== key) return;
            setStored((previous) => {
              const base = previous.key === key ? previous : empty(key);
              const next = new Map(base.pages);
              next.set(page, answer.samples);
              return { key, total: answer.total, pages: next };
            });
          },
          (error: unknown) => {
            inFlight.current.delete(flightKey);
            if (latest.current.key === key) report(error);
          },
        );
      }
    },
    [api, setId, label, key, report],
  );

  const sampleAt = useCallback(
    (index: number) => loaded.pages.get(Math.floor(index / SAMPLE_PAGE))?.[index % SAMPLE_PAGE],
    [loaded],
  );

  const idsBetween = useCallback(
    (from: number, to: number) => {
      const ids: string[] = [];
      for (let i = from; i <= to; i++) {
        const sample = sampleAt(i);
        if (sample !== undefined) ids.push(sample.id);
      }
      return ids;
    },
    [sampleAt],
  );

  return { total: loaded.total, sampleAt, request, idsBetween };
}
