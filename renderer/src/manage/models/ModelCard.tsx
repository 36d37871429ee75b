import type { JSX, ReactNode } from 'react';
import type { ModelDetails } from '@services/contract';
import { coverageText, coverageWarning } from '../../lib/model-coverage';
import { count, dateText, duration, percent, plural } from '../lib/format';
import { algorithmName } from '../lib/training-draft';

function Row(props: { label: string; children: ReactNode }): JSX.Element {
  return (
    <div className="card-row">
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

const hyperValue = (value: number | string | boolean) =>
  typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);

/** The model's card: what it learnt from, how, and how well. */
export function ModelCard(props: { details: ModelDetails }): JSX.Element {
  const { details } = props;
  const { info } = details;
  const hyper = Object.entries(details.hyperparameters);
  const warning = coverageWarning(info);
  return (
    <dl className="model-card">
      <Row label="Accuracy">
        <strong className="big-figure">{percent(info.accuracy)}</strong>{' '}
        <span className="card-meta">
          {info.testSamples === null ? '' : `on ${plural(info.testSamples, 'test sample')} · `}
          {percent(info.mergedAccuracy)} with look-alikes merged
        </span>
      </Row>
      <Row label="Reads">
        {coverageText(info.symbols)}
        {warning === null ? null : (
          <p className="card-warning" role="note">
            {warning}
          </p>
        )}
      </Row>
      <Row label="Algorithm">{algorithmName(info.algorithm)}</Row>
      <Row label="Network">
        784 → {details.hidden.join(' → ')} → {info.classes} · {details.activation}
      </Row>
      <Row label="Trained on">
        {count(details.trainSamples)} samples from {details.sources.length === 0 ? '—' : details.sources.join(', ')}
      </Row>
      <Row label="Training">
        {count(details.epochs)} epochs in {duration(details.trainingSeconds)}
      </Row>
      {hyper.length === 0 ? null : (
        <Row label="Hyperparameters">
          <ul className="hyper-list">
            {hyper.map(([key, value]) => (
              <li key={key}>
                <span className="hyper-key">{key}</span> {hyperValue(value)}
              </li>
            ))}
          </ul>
        </Row>
      )}
      <Row label="Created">{dateText(info.createdAt)}</Row>
      {details.notes === null ? null : <Row label="Notes">{details.notes}</Row>}
    </dl>
  );
}
