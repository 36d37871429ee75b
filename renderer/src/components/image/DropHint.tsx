import type { JSX } from 'react';
import { ImageIcon } from '../icons';

/** Shown while files are dragged over the window. */
export function DropHint(): JSX.Element {
  return (
    <div className="drop-hint" aria-hidden="true">
      <div className="drop-hint-card">
        <ImageIcon />
        Drop the image to read its formulas
      </div>
    </div>
  );
}
