import type { JSX } from 'react';
import type { InkTool } from '../../ink/ink-types';
import { zoomPercent } from '../../lib/zoom';
import {
  EraserIcon,
  PenIcon,
  RedoIcon,
  SparkIcon,
  TrashIcon,
  UndoIcon,
  ZoomInIcon,
  ZoomOutIcon,
} from '../icons';
import { IconButton } from './IconButton';
import { MOD } from './shortcut-label';

export interface DrawToolsProps {
  readonly tool: InkTool;
  onTool(tool: InkTool): void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly canClear: boolean;
  onUndo(): void;
  onRedo(): void;
  onClear(): void;
  readonly zoom: number;
  onZoom(direction: 'in' | 'out' | 'reset'): void;
  /** Shown when live recognition is off in the settings. */
  readonly onRecognize: (() => void) | null;
}

/** The Draw mode's part of the toolbar: tools, history and zoom. */
export function DrawTools(props: DrawToolsProps): JSX.Element {
  return (
    <>
      <div className="toolbar-group" role="group" aria-label="Tool">
        <IconButton
          label="Pen"
          shortcut="P"
          icon={<PenIcon />}
          pressed={props.tool === 'pen'}
          onClick={() => props.onTool('pen')}
        />
        <IconButton
          label="Eraser"
          shortcut="E"
          icon={<EraserIcon />}
          pressed={props.tool === 'eraser'}
          onClick={() => props.onTool('eraser')}
        />
      </div>
      <div className="toolbar-group" role="group" aria-label="History">
        <IconButton
          label="Undo"
          shortcut={`${MOD}Z`}
          icon={<UndoIcon />}
          disabled={!props.canUndo}
          onClick={props.onUndo}
        />
        <IconButton
          label="Redo"
          shortcut={`${MOD}Shift+Z`}
          icon={<RedoIcon />}
          disabled={!props.canRedo}
          onClick={props.onRedo}
        />
        <IconButton
          label="Clear"
          icon={<TrashIcon />}
          disabled={!props.canClear}
          onClick={props.onClear}
        />
      </div>
      <div className="toolbar-group" role="group" aria-label="Zoom">
        <IconButton
          label="Zoom out"
          shortcut={`${MOD}−`}
          icon={<ZoomOutIcon />}
          onClick={() => props.onZoom('out')}
        />
        <button
          type="button"
          className="zoom-reset"
          aria-label="Reset zoom"
          title={`Reset zoom (${MOD}0)`}
          onClick={() => props.onZoom('reset')}
        >
          {zoomPercent(props.zoom)}
        </button>
        <IconButton
          label="Zoom in"
          shortcut={`${MOD}+`}
          icon={<ZoomInIcon />}
          onClick={() => props.onZoom('in')}
        />
      </div>
      {props.onRecognize === null ? null : (
        <button type="button" className="button button-primary" onClick={props.onRecognize}>
          <SparkIcon />
          Recognize
        </button>
      )}
    </>
  );
}
