import { useId, useState, type JSX } from 'react';
import type { ModelInfo, ModelList } from '@services/contract';
import {
  accuracyPercent,
  coverageQuestion,
  coverageText,
  readsEverySymbol,
  type CoverageQuestion,
} from '../../lib/model-coverage';
import { CoverageDialog } from '../feedback/CoverageDialog';

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
  const [asking, setAsking] = useState<CoverageQuestion | null>(null);

  const choose = (modelId: string) => {
    const question = coverageQuestion(list?.models.find((m) => m.id === modelId));
    if (question !== null) setAsking(question);
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
        <CoverageDialog question={asking} onClose={() => setAsking(null)} onUse={props.onSelect} />
      )}
    </div>
  );
}
