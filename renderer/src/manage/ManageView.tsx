// First, so each page's own stylesheet (imported by the page) comes after the shared rules.
import './manage.css';
import { useState, type JSX } from 'react';
import { useApi } from '../api/api-context';
import { AlertBar, ToastBar } from './common/Notices';
import { ExperimentsPage } from './experiments/ExperimentsPage';
import { NoticeProvider, useNoticeState } from './hooks/notices';
import { useManageData } from './hooks/use-manage-data';
import { ManageNav } from './ManageNav';
import type { ManagePage } from './manage-pages';
import { ModelsPage } from './models/ModelsPage';
import { SetsPage } from './sets/SetsPage';
import { TrainPage } from './train/TrainPage';
import { isRunning } from './lib/jobs';
import { draftFromSettings, NEW_RUN, type TrainingDraft } from './lib/training-draft';

export type { ManagePage };

/** Adam is usually the quickest to a good model, so new runs start from its defaults. */
const FIRST_ALGORITHM = 'adam';

/**
 * Training sets, training runs, experiments and models (issue #5), behind a navigation of its
 * own. Fills its parent, which must be a flex column or have a height. The forms keep what was
 * typed while the user moves between pages.
 */
export function ManageView(props: {
  page: ManagePage;
  onPageChange(page: ManagePage): void;
}): JSX.Element {
  const api = useApi();
  const notices = useNoticeState();
  const data = useManageData(api, notices.report);
  const [trainDraft, setTrainDraft] = useState<TrainingDraft | null>(null);
  const [experimentDraft, setExperimentDraft] = useState<TrainingDraft | null>(null);
  const [modelId, setModelId] = useState<string | null>(null);
  const first = data.defaults?.byAlgorithm[FIRST_ALGORITHM] ?? null;
  const train = trainDraft ?? (first === null ? null : draftFromSettings(first, NEW_RUN));
  const experiment =
    experimentDraft ??
    (first === null ? null : draftFromSettings(first, { ...NEW_RUN, name: 'My experiment' }));
  const { onPageChange } = props;
  const running = data.jobs.filter((j) => isRunning(j.state)).length;

  const trainWith = (setId: string) => {
    if (train !== null) setTrainDraft({ ...train, setIds: [setId] });
    onPageChange('train');
  };
  const showModel = (id: string) => {
    setModelId(id);
    onPageChange('models');
  };

  return (
    <NoticeProvider notices={notices}>
      <div className="manage">
        <ManageNav page={props.page} onPage={onPageChange} running={running} />
        <div className="manage-main">
          <AlertBar message={notices.alert} onDismiss={notices.dismissAlert} />
          <div className="manage-page">
            {props.page === 'sets' ? (
              <SetsPage data={data} onTrain={trainWith} />
            ) : props.page === 'train' ? (
              <TrainPage
                data={data}
                draft={train}
                onDraft={setTrainDraft}
                onGoToSets={() => onPageChange('sets')}
                onShowModel={showModel}
              />
            ) : props.page === 'experiments' ? (
              <ExperimentsPage
                data={data}
                draft={experiment}
                onDraft={setExperimentDraft}
                onGoToSets={() => onPageChange('sets')}
              />
            ) : (
              <ModelsPage data={data} selectedId={modelId} onSelect={setModelId} />
            )}
          </div>
          <ToastBar toast={notices.toast} onDismiss={notices.dismissToast} />
        </div>
      </div>
    </NoticeProvider>
  );
}
