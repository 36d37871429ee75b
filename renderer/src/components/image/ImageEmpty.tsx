import type { JSX } from 'react';
import { ImageIcon } from '../icons';
import { MOD } from '../toolbar/shortcut-label';

/** The Image mode before a picture: how to bring one in. */
export function ImageEmpty(props: { onChoose(): void }): JSX.Element {
  return (
    <div className="image-empty">
      <div className="image-empty-card">
        <span className="image-empty-icon">
          <ImageIcon />
        </span>
        <h2>Read formulas from a photo</h2>
        <p>
          Drop a photo or scan anywhere in the window, paste one with {MOD}V, or choose a file. PNG,
          JPEG, WebP, TIFF and GIF work.
        </p>
        <button type="button" className="button button-primary" onClick={props.onChoose}>
          Choose image…
        </button>
      </div>
    </div>
  );
}
