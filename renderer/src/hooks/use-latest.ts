import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the latest render's value, for listeners that are subscribed once but
 * must call the current props (window and API events, native pointer listeners, timers,
 * animation frames). Written in a layout effect, not during render, so an abandoned render never
 * leaks into it.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
