import type { JSX } from 'react';
import type { CoverageQuestion } from '../../lib/model-coverage';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Asks before reading with a model that cannot read every symbol, wherever one is chosen: the
 * toolbar's picker and the Training pages say the same thing.
 */
export function CoverageDialog(props: {
  question: CoverageQuestion;
  onClose(): void;
  /** The user said yes: read with the model. */
  onUse(modelId: string): void;
}): JSX.Element {
  const { model, warning } = props.question;
  return (
    <ConfirmDialog
      title={`Read with “${model.name}”?`}
      message={warning}
      confirmLabel="Use it anyway"
      onCancel={props.onClose}
      onConfirm={() => {
        props.onClose();
        props.onUse(model.id);
      }}
    />
  );
}
