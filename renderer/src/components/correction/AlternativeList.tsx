import type { JSX } from 'react';
import type { Alternative } from '@services/contract';
import { useRoving } from '../../hooks/use-roving';
import { percent } from '../../lib/confidence';

export interface AlternativeListProps {
  readonly alternatives: readonly Alternative[];
  /** The label the line shows now. */
  readonly current: string;
  onChoose(label: string): void;
}

/** The classifier's candidates, most probable first; arrows move, Enter chooses. */
export function AlternativeList(props: AlternativeListProps): JSX.Element {
  const sorted = [...props.alternatives].sort((a, b) => b.probability - a.probability);
  const roving = useRoving(sorted.length);
  return (
    <div
      ref={roving.containerRef}
      className="alternatives"
      role="group"
      aria-label="Alternatives"
      onKeyDown={roving.onKeyDown}
    >
      {sorted.map((alt, i) => {
        const p = percent(alt.probability);
        const isCurrent = alt.label === props.current;
        return (
          <button
            key={alt.label}
            type="button"
            className={`alternative ${isCurrent ? 'is-current' : ''}`}
            data-testid={`alt-${alt.label}`}
            aria-label={`${alt.char}${alt.label === alt.char ? '' : ` (${alt.label})`}, ${p}%${isCurrent ? ', current' : ''}`}
            aria-current={isCurrent ? 'true' : undefined}
            onClick={() => props.onChoose(alt.label)}
            {...roving.itemProps(i)}
          >
            <span className="alternative-char math">{alt.char}</span>
            <span className="alternative-name">{alt.label}</span>
            <span className="alternative-meter" aria-hidden="true">
              <span style={{ width: `${Math.max(2, p)}%` }} />
            </span>
            <span className="alternative-percent">{p}%</span>
          </button>
        );
      })}
    </div>
  );
}
