import { useLayoutEffect, useRef, type RefObject } from 'react';
import { anchoredScroll } from './zoom-anchor';

/** Keeps the middle of the view where it was when the zoom changes. */
export function useZoomAnchor(scrollerRef: RefObject<HTMLElement | null>, zoom: number): void {
  const previous = useRef(zoom);
  useLayoutEffect(() => {
    const from = previous.current;
    previous.current = zoom;
    const scroller = scrollerRef.current;
    if (scroller === null || from === zoom) return;
    scroller.scrollLeft = anchoredScroll(scroller.scrollLeft, scroller.clientWidth, from, zoom);
    scroller.scrollTop = anchoredScroll(scroller.scrollTop, scroller.clientHeight, from, zoom);
  }, [scrollerRef, zoom]);
}
