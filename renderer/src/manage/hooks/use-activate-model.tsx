import { useState, type JSX } from 'react';
import type { ModelInfo } from '@services/contract';
import { useApi } from '../../api/api-context';
import { CoverageDialog } from '../../components/feedback/CoverageDialog';
import { coverageQuestion, type CoverageQuestion } from '../../lib/model-coverage';
import { useNotices } from './notices';
import type { ManageData } from './use-manage-data';

export interface ModelActivation {
  /** Makes the model the one that reads, asking first when it cannot read every symbol. */
  activate(modelId: string): void;
  /** The question while it is open, for the page to show. */
  readonly dialog: JSX.Element | null;
}

/**
 * The one way the training pages switch the active model. A model that knows only some symbols
 * turns every other one into a wrong reading, so the user is asked first; afterwards the notice
 * offers the previous model back.
 */
export function useActivateModel(data: ManageData): ModelActivation {
  const api = useApi();
  const { notify, report } = useNotices();
  const [asking, setAsking] = useState<CoverageQuestion | null>(null);

  const switchTo = async (modelId: string, offerBack: boolean) => {
    const previousId = data.models?.activeId ?? null;
    try {
      const list = await api.setActiveModel({ id: modelId });
      data.putModels(list);
      const name = list.models.find((m) => m.id === modelId)?.name ?? modelId;
      const previous = list.models.find((m) => m.id === previousId && m.id !== modelId);
      notify(
        `Reading with “${name}” from now on`,
        offerBack && previous !== undefined
          ? {
              label: `Switch back to “${previous.name}”`,
              run: () => void switchTo(previous.id, false),
            }
          : undefined,
      );
    } catch (error) {
      report(error);
    }
  };

  /** A run's model may be newer than the list the page holds: then the list is read again. */
  const find = async (modelId: string): Promise<ModelInfo | undefined> => {
    const held = data.models?.models.find((m) => m.id === modelId);
    if (held !== undefined) return held;
    const list = await api.listModels();
    data.putModels(list);
    return list.models.find((m) => m.id === modelId);
  };

  const activate = async (modelId: string) => {
    let model;
    try {
      model = await find(modelId);
    } catch (error) {
      report(error);
      return;
    }
    const question = coverageQuestion(model);
    if (question !== null) setAsking(question);
    else await switchTo(modelId, true);
  };

  const dialog =
    asking === null ? null : (
      <CoverageDialog
        question={asking}
        onClose={() => setAsking(null)}
        onUse={(id) => void switchTo(id, true)}
      />
    );

  return { activate: (modelId) => void activate(modelId), dialog };
}
