import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The element's inner size, followed with a ResizeObserver. Until it has a layout (and in jsdom,
 * which has none) `fallback` stands in, so windowing still renders a sensible first screen.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, fallback: Size): Size {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => {
      const { clientWidth: width, clientHeight: height } = element;
      setSize((current) =>
        current !== null && current.width === width && current.height === height
          ? current
          : { width, height },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return {
    width: size !== null && size.width > 0 ? size.width : fallback.width,
    height: size !== null && size.height > 0 ? size.height : fallback.height,
  };
}
