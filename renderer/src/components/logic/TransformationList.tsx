import type { JSX } from 'react';
import type { LineAnalysis } from '@services/logic';
import { CopyIcon } from '../icons';
import { LatexPreview } from '../results/LatexPreview';
import { TRANSFORMATION_LABELS } from './logic-text';

export interface TransformationListProps {
  readonly transformations: LineAnalysis['transformations'];
  onCopy(text: string, what: string): void;
}

function CopyButton(props: { format: string; onCopy(): void }): JSX.Element {
  return (
    <button type="button" className="button button-small" onClick={props.onCopy}>
      <CopyIcon />
      {`Copy ${props.format}`}
    </button>
  );
}

/** Each normal form in Unicode and typeset LaTeX, each with its copy buttons. */
export function TransformationList(props: TransformationListProps): JSX.Element {
  return (
    <ul className="transformations">
      {props.transformations.map(({ name, result }) => {
        const label = TRANSFORMATION_LABELS[name];
        return (
          <li key={name} className="transformation" data-testid={`transform-${name}`}>
            <h4 className="transformation-name">{label}</h4>
            {result.ok ? (
              <>
                <code className="transformation-text" data-testid={`transform-${name}-unicode`}>
                  {result.unicode}
                </code>
                <LatexPreview latex={result.latex} />
                <div className="export-actions">
                  <CopyButton
                    format="Unicode"
                    onCopy={() => props.onCopy(result.unicode, `${label} (Unicode)`)}
                  />
                  <CopyButton
                    format="LaTeX"
                    onCopy={() => props.onCopy(result.latex, `${label} (LaTeX)`)}
                  />
                </div>
              </>
            ) : (
              <p className="hint">Not available: {result.message}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
