import { useEffect } from 'react';
import type { AppEvent, InkformApi } from '@services/contract';
import { useLatest } from './use-latest';

/** Subscribes once to the back end's pushed events; `handler` may change on every render. */
export function useAppEvents(api: InkformApi, handler: (event: AppEvent) => void): void {
  const latest = useLatest(handler);
  useEffect(() => api.onEvent((event) => latest.current(event)), [api, latest]);
}
