import type { JSX } from 'react';
import { errorMarker, type ParseView } from '../../lib/parse-view';

/** The text view's verdict (test id `parse-status`), the failing character marked with a caret. */
export function ParseStatus(props: { view: ParseView; text: string }): JSX.Element {
  const { view } = props;
  return (
    <div
      className={`parse-status parse-${view.kind}`}
      data-testid="parse-status"
      data-state={view.kind}
      aria-live="polite"
    >
      {view.kind === 'empty' ? <span>Write or type a formula.</span> : null}
      {view.kind === 'checking' ? <span>Checking…</span> : null}
      {view.kind === 'ok' ? <span>✓ well-formed</span> : null}
      {view.kind === 'error' ? (
        <ErrorDetail text={props.text} message={view.message} offset={view.offset} />
      ) : null}
    </div>
  );
}

function ErrorDetail(props: { text: string; message: string; offset: number }): JSX.Element {
  const marker = errorMarker(props.text, props.offset);
  return (
    <>
      <span>
        ✗ {props.message} <span className="parse-position">(at character {props.offset + 1})</span>
      </span>
      <span className="error-snippet math" aria-hidden="true">
        <span>{marker.before}</span>
        <mark className="error-char">{marker.at === '' ? '\u00a0' : marker.at}</mark>
        <span>{marker.after}</span>
      </span>
    </>
  );
}
