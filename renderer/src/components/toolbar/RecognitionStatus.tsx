import type { JSX } from 'react';
import type { RecognitionState } from '../../hooks/use-live-recognition';

const TEXT: Readonly<Record<RecognitionState, string>> = {
  idle: 'Ready',
  busy: 'Recognizing…',
  error: 'Recognition failed',
};

/** The busy indicator (test id `recognition-status`, `data-state` idle|busy|error). */
export function RecognitionStatus(props: {
  state: RecognitionState;
  elapsedMs: number | null;
}): JSX.Element {
  const detail =
    props.state === 'idle' && props.elapsedMs !== null ? ` · ${props.elapsedMs} ms` : '';
  return (
    <div
      className="recognition-status"
      data-testid="recognition-status"
      data-state={props.state}
      aria-busy={props.state === 'busy'}
    >
      <span className="status-dot" aria-hidden="true" />
      <span className="status-text">
        {TEXT[props.state]}
        <span className="status-detail">{detail}</span>
      </span>
    </div>
  );
}
