import type { CSSProperties } from 'react';
import { clampCrop, turnedSize, type ImageAdjustment, type Size } from '@recognition';

/**
 * Where the photo's <img> goes inside a frame that shows the picture as `adjustImage` makes
 * it: its own box centred on the turned frame's centre, shifted by
 * the crop and turned about its centre, in shares of the frame so it follows any scale.
 */
export function picturePlacement(size: Size, adjustment: ImageAdjustment): CSSProperties {
  const frame = turnedSize(size.width, size.height, adjustment.angle);
  const crop = clampCrop(adjustment.crop, frame) ?? {
    x: 0,
    y: 0,
    width: frame.width,
    height: frame.height,
  };
  const percent = (v: number) => `${(100 * v).toFixed(4)}%`;
  return {
    position: 'absolute',
    left: percent((frame.width / 2 - crop.x - size.width / 2) / crop.width),
    top: percent((frame.height / 2 - crop.y - size.height / 2) / crop.height),
    width: percent(size.width / crop.width),
    height: percent(size.height / crop.height),
    maxWidth: 'none',
    maxHeight: 'none',
    transform: adjustment.angle === 0 ? undefined : `rotate(${adjustment.angle}deg)`,
  };
}
