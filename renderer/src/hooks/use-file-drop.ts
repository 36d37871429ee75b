import { useEffect, useState } from 'react';
import { listenAll } from '../ink/dom-listeners';
import { useLatest } from './use-latest';

const carriesFiles = (event: DragEvent): boolean =>
  event.dataTransfer !== null && Array.from(event.dataTransfer.types).includes('Files');

/**
 * Files dropped anywhere on the window. Returns whether files are being dragged over it, for
 * the drop hint. Without the preventDefaults the browser would open the file in place of the app.
 */
export function useFileDrop(onFiles: (files: readonly File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useLatest(onFiles);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; the count tells when the window is left.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) latest.current(files);
    };
    return listenAll<WindowEventMap>(window, {
      dragenter: onEnter,
      dragover: onOver,
      dragleave: onLeave,
      drop: onDrop,
    });
  }, [latest]);

  return dragging;
}
