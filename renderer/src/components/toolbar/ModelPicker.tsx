import { useId, useState, type JSX } from 'react';
import type { ModelInfo, ModelList } from '@services/contract';
import {
  accuracyPercent,
  coverageText,
  coverageWarning,
  readsEverySymbol,
} from '../../lib/model-coverage';
import { ConfirmDialog } from '../feedback/ConfirmDialog';

function optionText(model: ModelInfo): string {
  const parts = [model.name];
  if (model.accuracy !== null) parts.push(accuracyPercent(model.accuracy));
  if (!readsEverySymbol(model)) parts.push(coverageText(model.symbols));
  return parts.join(' — ');
}

/**
 * The select named "Model": which network reads the handwriting. A model that cannot read
 * every symbol is chosen only once the user has said yes to what it will misread.
 */
export function ModelPicker(props: {
  list: ModelList | null;
  onSelect(id: string): void;
}): JSX.Element {
  const id = useId();
  const { list } = props;
  const [asking, setAsking] = useState<{ model: ModelInfo; warning: string } | null>(null);

  const choose = (modelId: string) => {
    const model = list?.models.find((m) => m.id === modelId);
    const warning = model === undefined ? null : coverageWarning(model);
    if (model !== undefined && warning !== null) setAsking({ model, warning });
    else props.onSelect(modelId);
  };

  return (
    <div className="model-picker">
      <label htmlFor={id} className="toolbar-label">
        Model
      </label>
      <select
        id={id}
        className="select"
        value={list?.activeId ?? ''}
        disabled={list === null}
        onChange={(event) => choose(event.target.value)}
        title="The network that reads your handwriting; accuracy on its test set"
      >
        {list === null ? <option value="">Loading…</option> : null}
        {list?.models.map((model) => (
          <option key={model.id} value={model.id}>
            {optionText(model)}
          </option>
        ))}
        {list?.broken.map((broken) => (
          <option key={broken.id} value={broken.id} disabled title={broken.message}>
            {broken.id} (cannot be read)
          </option>
        ))}
      </select>
      {asking === null ? null : (
        <ConfirmDialog
          title={`Read with “${asking.model.name}”?`}
          message={asking.warning}
          confirmLabel="Use it anyway"
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            props.onSelect(asking.model.id);
          }}
        />
      )}
    </div>
  );
}
