import type { JSX } from 'react';
import { symbolChar } from '../lib/symbol-list';

/** Every symbol of the capture list with its count; a click prompts that symbol. */
export function CaptureChips(props: {
  labels: readonly string[];
  counts: Readonly<Record<string, number>>;
  target: number;
  current: number;
  onJump(index: number): void;
}): JSX.Element | null {
  if (props.labels.length === 0) return null;
  return (
    <ul className="capture-chips" aria-label="Progress per symbol">
      {props.labels.map((label, i) => {
        const n = props.counts[label] ?? 0;
        const done = n >= props.target;
        return (
          <li key={label}>
            <button
              type="button"
              className={`capture-chip ${done ? 'is-done' : ''}`}
              aria-current={i === props.current ? 'true' : undefined}
              aria-label={`${label}: ${n} of ${props.target}`}
              onClick={() => props.onJump(i)}
            >
              <span className="math">{symbolChar(label)}</span>
              <span className="capture-chip-count">{n}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
