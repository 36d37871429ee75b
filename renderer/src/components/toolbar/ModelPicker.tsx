import { useId, type JSX } from 'react';
import type { ModelInfo, ModelList } from '../../../../services/contract';

function optionText(model: ModelInfo): string {
  if (model.accuracy === null) return model.name;
  return `${model.name} — ${(model.accuracy * 100).toFixed(1)}%`;
}

/** The select named "Model": which network reads the handwriting. */
export function ModelPicker(props: {
  list: ModelList | null;
  onSelect(id: string): void;
}): JSX.Element {
  const id = useId();
  const { list } = props;
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
        onChange={(event) => props.onSelect(event.target.value)}
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
    </div>
  );
}
