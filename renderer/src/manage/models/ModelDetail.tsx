import { useState, type JSX } from 'react';
import { type ModelInfo, type ModelDetails } from '@services/contract';
import { RenameForm } from '../common/RenameForm';
import { DownloadIcon } from '../icons';
import { ConfusionMatrix } from './ConfusionMatrix';
import { MisclassifiedGallery } from './MisclassifiedGallery';
import { ModelCard } from './ModelCard';
import { PerClassAccuracy } from './PerClassAccuracy';

export interface ModelActions {
  activate(): void;
  rename(name: string): Promise<boolean>;
  exportArchive(): void;
  remove(): void;
}

/** One model: its card, what it gets wrong, and what can be done with it. */
export function ModelDetail(props: {
  info: ModelInfo;
  details: ModelDetails | null;
  active: boolean;
  actions: ModelActions;
}): JSX.Element {
  const { info, details, actions } = props;
  const [renaming, setRenaming] = useState(false);
  const evaluation = details?.evaluation ?? null;

  return (
    <section className="model-detail" aria-labelledby="model-heading">
      <header className="detail-head">
        {renaming ? (
          <RenameForm
 label="Model name"
 current={info.name}
 onRename={actions.rename}
 onClose={() => setRenaming(false)}
 />
        ) : (
          <div className="detail-title">
            <h2 id="model-heading">
              {info.name} {props.active ? <span className="badge badge-ok">Active</span> : null}
            </h2>
            <p className="detail-meta">{info.builtIn ? 'Shipped with Inkform' : 'Your model'}</p>
          </div>
        )}
        {renaming ? null : (
          <div className="detail-actions">
            <button
              type="button"
              className="button button-primary button-small"
              disabled={props.active}
              onClick={actions.activate}
            >
              {props.active ? 'In use' : 'Set active'}
            </button>
            {info.builtIn ? null : (
              <button
                type="button"
                className="button button-small"
                onClick={() => setRenaming(true)}
              >
                Rename
              </button>
            )}
            <button type="button" className="button button-small" onClick={actions.exportArchive}>
              <DownloadIcon />
              Export…
            </button>
            {info.builtIn ? null : (
              <button type="button" className="button button-small button-danger" onClick={actions.remove}>
                Delete
              </button>
            )}
          </div>
        )}
      </header>
      {details === null ? (
        <p className="pane-note">Loading…</p>
      ) : (
        <>
          <ModelCard details={details} />
          {evaluation === null ? (
            <p className="pane-note">This model has no saved evaluation, so there is no confusion matrix to show.</p>
          ) : (
            <div className="evaluation">
              <section className="card" aria-labelledby="confusion-heading">
                <div className="card-head">
                  <h3 id="confusion-heading">Confusion matrix</h3>
                </div>
                <ConfusionMatrix evaluation={evaluation} />
              </section>
              <div className="evaluation-side">
                <section className="card" aria-labelledby="per-class-heading">
                  <div className="card-head">
                    <h3 id="per-class-heading">Accuracy per class</h3>
                    <p className="card-meta">worst first</p>
                  </div>
                  <PerClassAccuracy perClass={evaluation.perClass} />
                </section>
              </div>
              <section className="card evaluation-wide" aria-labelledby="mistakes-heading">
                <div className="card-head">
                  <h3 id="mistakes-heading">Most confident mistakes</h3>
                  <p className="card-meta">true symbol → what the model read (its confidence)</p>
                </div>
                <MisclassifiedGallery mistakes={evaluation.misclassified} />
              </section>
            </div>
          )}
        </>
      )}
    </section>
  );
}
