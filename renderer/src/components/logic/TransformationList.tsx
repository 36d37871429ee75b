import type { JSX } from 'react';
import type { LineAnalysis } from '@services/logic';
import { CopyIcon } from '../icons';
import { LatexPreview } from '../results/LatexPreview';
import { TRANSFORMATION_LABELS } from './logic-text';

export interface TransformationListProps {
  readonly transformations: LineAnalysis['transformations'];
  onCopy(text: string, what: string): void;
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
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => props.onCopy(result.unicode, `${label} (Unicode)`)}
                  >
                    <CopyIcon />
                    Copy Unicode
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => props.onCopy(result.latex, `${label} (LaTeX)`)}
                  >
                    <CopyIcon />
                    Copy LaTeX
                  </button>
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
