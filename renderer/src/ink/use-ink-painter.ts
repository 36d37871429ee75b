import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { FALLBACK_INK_COLOR, readInkColor, watchTheme } from './ink-color';
import { paintInk, type InkScene } from './paint-ink';

export interface InkPainterElements {
  /** The scrolling viewport; the canvas covers only its visible part of the page. */
  readonly scroller: RefObject<HTMLElement | null>;
  /** The page; stroke coordinates start at its top-left, and it carries `--ink-color`. */
  readonly surface: RefObject<HTMLElement | null>;
  readonly canvas: RefObject<HTMLCanvasElement | null>;
}

export interface InkPainterView {
  readonly zoom: number;
  /** The page's size in CSS pixels (stroke units × zoom). */
  readonly pageWidth: number;
  readonly pageHeight: number;
}

/** Context lookups that failed stay failed: jsdom, or a GPU process that refused a canvas. */
type ContextSlot = { readonly ctx: CanvasRenderingContext2D | null } | null;

/**
 * Paints the scene on a canvas the size of the visible viewport rather than of the whole page,
 * which at a high zoom and pixel ratio would need hundreds of megabytes. The canvas sticks to
 * the viewport's top-left (CSS `position: sticky`) and the ink is drawn shifted by where the
 * canvas sits on the page, so scrolling repaints instead of moving pixels.
 *
 * Returns `requestPaint`, which batches any number of changes into one animation frame.
 */
export function useInkPainter(
  elements: InkPainterElements,
  view: InkPainterView,
  scene: RefObject<() => InkScene>,
): () => void {
  const { scroller: scrollerRef, surface: surfaceRef, canvas: canvasRef } = elements;
  const { zoom, pageWidth, pageHeight } = view;
  const contextRef = useRef<ContextSlot>(null);
  const colorRef = useRef(FALLBACK_INK_COLOR);
  const frameRef = useRef<number | null>(null);
  const viewRef = useRef(view);

  const paintNow = useCallback(() => {
    const scroller = scrollerRef.current;
    const surface = surfaceRef.current;
    const canvas = canvasRef.current;
    if (scroller === null || surface === null || canvas === null) return;
    const { zoom, pageWidth, pageHeight } = viewRef.current;
    const dpr = window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
    const width = Math.max(0, Math.min(scroller.clientWidth, pageWidth));
    const height = Math.max(0, Math.min(scroller.clientHeight, pageHeight));
    const pixelWidth = Math.round(width * dpr);
    const pixelHeight = Math.round(height * dpr);
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      // Resizing clears the bitmap, so it only happens when the size really changed.
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
    }
    const cssWidth = `${width}px`;
    const cssHeight = `${height}px`;
    if (canvas.style.width !== cssWidth) canvas.style.width = cssWidth;
    if (canvas.style.height !== cssHeight) canvas.style.height = cssHeight;
    contextRef.current ??= { ctx: canvas.getContext('2d') };
    const ctx = contextRef.current.ctx;
    if (ctx === null) return;
    const canvasBox = canvas.getBoundingClientRect();
    const pageBox = surface.getBoundingClientRect();
    const viewport = {
      offsetX: canvasBox.left - pageBox.left,
      offsetY: canvasBox.top - pageBox.top,
      width,
      height,
      zoom,
      dpr,
    };
    paintInk(ctx, scene.current(), viewport, colorRef.current);
  }, [scrollerRef, surfaceRef, canvasRef, scene]);

  const requestPaint = useCallback(() => {
    if (frameRef.current !== null) return;
    frameRef.current = requestAnimationFrame(() => {
      frameRef.current = null;
      paintNow();
    });
  }, [paintNow]);

  useEffect(
    () => () => {
      if (frameRef.current !== null) cancelAnimationFrame(frameRef.current);
      frameRef.current = null;
    },
    [],
  );

  // Declared before the first paint below, so that paint already has the theme's colour.
  useLayoutEffect(() => {
    const surface = surfaceRef.current;
    if (surface === null) return;
    colorRef.current = readInkColor(surface);
    return watchTheme(() => {
      colorRef.current = readInkColor(surface);
      requestPaint();
    });
  }, [surfaceRef, requestPaint]);

  // Before the browser shows the new zoom or page size, so it never shows a stretched canvas.
  useLayoutEffect(() => {
    viewRef.current = { zoom, pageWidth, pageHeight };
    paintNow();
  }, [zoom, pageWidth, pageHeight, paintNow]);

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (scroller === null) return;
    scroller.addEventListener('scroll', requestPaint, { passive: true });
    // Also fires when the window moves to a screen with another pixel ratio.
    window.addEventListener('resize', requestPaint);
    // Resize observations arrive after this frame's animation callbacks: paint at once.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(paintNow) : null;
    observer?.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', requestPaint);
      window.removeEventListener('resize', requestPaint);
      observer?.disconnect();
    };
  }, [scrollerRef, requestPaint, paintNow]);

  return requestPaint;
}
