import type { JSX } from 'react';
import type { ImageLayoutControl } from '../../hooks/use-image-layout';
import { FINE_LIMIT } from '../../lib/image-layout';
import { Icon, RedoIcon, UndoIcon } from '../icons';
import { IconButton } from '../toolbar/IconButton';
import { MOD } from '../toolbar/shortcut-label';
import './image-tools.css';

const TurnLeftIcon = () => (
  <Icon>
    <path d="M4.5 4v4h4" />
    <path d="M4.8 8A6 6 0 1 1 5 12.5" />
  </Icon>
);

const TurnRightIcon = () => (
  <Icon>
    <path d="M15.5 4v4h-4" />
    <path d="M15.2 8A6 6 0 1 0 15 12.5" />
  </Icon>
);

const CropIcon = () => (
  <Icon>
    <path d="M5.5 2.5v12h12" />
    <path d="M2.5 5.5h12v12" />
  </Icon>
);

const SeparatorIcon = () => (
  <Icon>
    <path d="M3 10h14" strokeDasharray="2.5 2" />
    <path d="M6 3.5h8M6 6.5h5M6 13.5h8M6 16.5h5" />
  </Icon>
);

export interface ImageToolsProps {
  readonly control: ImageLayoutControl;
  /** Adds a level separator the arrow keys can then move. */
  onAddCut(): void;
}

/**
 * The picture's turn, crop and line separators, above the photo: quarter turns, a fine angle
 * (slider and number, both on the arrow keys), the crop and separator tools, and their history.
 */
export function ImageTools({ control, onAddCut }: ImageToolsProps): JSX.Element {
  const ready = control.size !== null;
  const { fine } = control.layout;
  const toggle = (tool: 'crop' | 'cut') => control.setTool(control.tool === tool ? 'none' : tool);
  return (
    <div className="image-tools" role="toolbar" aria-label="Picture">
      <div className="toolbar-group" role="group" aria-label="Turn">
        <IconButton
          label="Turn left 90°"
          icon={<TurnLeftIcon />}
          disabled={!ready}
          onClick={() => control.turn(-1)}
        />
        <IconButton
          label="Turn right 90°"
          icon={<TurnRightIcon />}
          disabled={!ready}
          onClick={() => control.turn(1)}
        />
        <label className="fine-angle">
          <span className="fine-angle-label">Straighten</span>
          <input
            type="range"
            min={-FINE_LIMIT}
            max={FINE_LIMIT}
            step={0.5}
            value={fine}
            disabled={!ready}
            aria-label="Straighten (degrees clockwise)"
            aria-valuetext={`${fine}°`}
            onChange={(event) => control.setFine(Number(event.currentTarget.value), true)}
          />
        </label>
        <input
          className="fine-angle-number"
          type="number"
          min={-FINE_LIMIT}
          max={FINE_LIMIT}
          step={0.1}
          value={fine}
          disabled={!ready}
          aria-label="Angle in degrees"
          onChange={(event) => {
            const value = event.currentTarget.valueAsNumber;
            if (Number.isFinite(value)) control.setFine(value, true);
          }}
        />
        <span aria-hidden="true">°</span>
      </div>
      <div className="toolbar-group" role="group" aria-label="Crop and lines">
        <IconButton
          label="Crop"
          icon={<CropIcon />}
          pressed={control.tool === 'crop'}
          disabled={!ready}
          onClick={() => toggle('crop')}
        >
          <span className="image-tool-text">Crop</span>
        </IconButton>
        <IconButton
          label="Draw line separators"
          title="Draw a separator between two lines: drag across the picture"
          icon={<SeparatorIcon />}
          pressed={control.tool === 'cut'}
          disabled={!ready}
          onClick={() => toggle('cut')}
        >
          <span className="image-tool-text">Separate lines</span>
        </IconButton>
        <button type="button" className="button" disabled={!ready} onClick={onAddCut}>
          Add separator
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label="Picture history">
        <IconButton
          label="Undo picture change"
          shortcut={`${MOD}Z`}
          icon={<UndoIcon />}
          disabled={!control.canUndo}
          onClick={control.undo}
        />
        <IconButton
          label="Redo picture change"
          shortcut={`${MOD}Shift+Z`}
          icon={<RedoIcon />}
          disabled={!control.canRedo}
          onClick={control.redo}
        />
        <button
          type="button"
          className="button"
          disabled={!control.canReset}
          onClick={control.reset}
          title="Back to the picture as it was imported: no turn, crop or separators"
        >
          Reset
        </button>
      </div>
    </div>
  );
}
