import type { JSX } from 'react';
import type { ModelList, Theme } from '@services/contract';
import type { RecognitionState } from '../../hooks/use-live-recognition';
import { DrawIcon, ImageIcon, LogoMark, TrainIcon } from '../icons';
import { Tabs, type TabItem } from '../layout/Tabs';
import { DrawTools, type DrawToolsProps } from './DrawTools';
import { ModelPicker } from './ModelPicker';
import { RecognitionStatus } from './RecognitionStatus';
import { ThemeButton } from './ThemeButton';
import { MOD } from './shortcut-label';

/** Draw and Image read formulas; Training is where the user's sets, runs and models live. */
export type Mode = 'draw' | 'image' | 'train';

const MODES: readonly TabItem<Mode>[] = [
  { id: 'draw', label: 'Draw', icon: <DrawIcon /> },
  { id: 'image', label: 'Image', icon: <ImageIcon /> },
  { id: 'train', label: 'Training', icon: <TrainIcon /> },
];

export const MODE_TABS_ID = 'mode';

export interface ToolbarProps {
  readonly mode: Mode;
  onMode(mode: Mode): void;
  /** Present in Draw mode only. */
  readonly draw: DrawToolsProps | null;
  onOpenImage(): void;
  readonly recognition: { readonly state: RecognitionState; readonly elapsedMs: number | null };
  readonly models: ModelList | null;
  onModel(id: string): void;
  readonly theme: Theme;
  onTheme(theme: Theme): void;
}

/** The window's one toolbar: mode, the mode's tools, then what applies everywhere. */
export function Toolbar(props: ToolbarProps): JSX.Element {
  return (
    <header className="toolbar" role="toolbar" aria-label="Inkform">
      <div className="brand">
        <LogoMark />
        <span className="brand-name">Inkform</span>
      </div>
      <Tabs
        label="Mode"
        items={MODES}
        selected={props.mode}
        onSelect={props.onMode}
        idPrefix={MODE_TABS_ID}
        className="mode-tabs"
      />
      <span className="toolbar-divider" aria-hidden="true" />
      {props.draw === null ? null : <DrawTools {...props.draw} />}
      <div className="toolbar-spacer" />
      <button
        type="button"
        className="button open-image"
        onClick={props.onOpenImage}
        title={`Open a photo or scan of formulas (${MOD}O)`}
      >
        <ImageIcon />
        <span className="collapsible-text">Open image…</span>
      </button>
      <RecognitionStatus state={props.recognition.state} elapsedMs={props.recognition.elapsedMs} />
      <ModelPicker list={props.models} onSelect={props.onModel} />
      <ThemeButton theme={props.theme} onChange={props.onTheme} />
    </header>
  );
}
