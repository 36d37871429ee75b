import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the latest render's value, for native event listeners and animation
 * frames that are set up once but must see current props. Written in a layout effect, not
 * during render, so an abandoned render never leaks into it.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
