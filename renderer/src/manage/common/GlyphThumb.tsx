import { useEffect, useRef, type JSX } from 'react';
import { GLYPH_SIZE, glyphToRgba } from '../lib/glyph-image';

/**
 * A 28×28 glyph drawn from its bytes, scaled up by CSS. Decorative: the caption or the button
 * around it names the sample.
 */
export function GlyphThumb(props: { glyph: Uint8Array; size?: number }): JSX.Element {
  const ref = useRef<HTMLCanvasElement>(null);
  const { glyph } = props;
  useEffect(() => {
    const context = ref.current?.getContext('2d') ?? null;
    // No 2D context (jsdom, or a browser out of canvas memory): the cell stays blank.
    if (context === null) return;
    context.putImageData(new ImageData(glyphToRgba(glyph), GLYPH_SIZE, GLYPH_SIZE), 0, 0);
  }, [glyph]);
  const size = props.size ?? 56;
  return (
    <canvas
      ref={ref}
      className="glyph-thumb"
      width={GLYPH_SIZE}
      height={GLYPH_SIZE}
      style={{ width: size, height: size }}
      aria-hidden="true"
      data-testid="glyph-thumb"
    />
  );
}
