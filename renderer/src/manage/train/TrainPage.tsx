import { useState, type JSX } from 'react';
import { useApi } from '../../api/api-context';
import { EmptyState } from '../common/EmptyState';
import { useNotices } from '../hooks/notices';
import { useActivateModel } from '../hooks/use-activate-model';
import type { ManageData } from '../hooks/use-manage-data';
import { newestFirst } from '../lib/jobs';
import { readDraft, type TrainingDraft } from '../lib/training-draft';
import { resolveStart } from '../lib/training-start';
import { JobDetail } from './JobDetail';
import { JobList } from './JobList';
import { RunsPane } from './RunsPane';
import { StartForm } from './StartForm';
import { TrainingForm } from './TrainingForm';
import { useStart } from './use-start';
import './train.css';

/** Set up a training run, start it, and follow it epoch by epoch. */
export function TrainPage(props: {
  data: ManageData;
  draft: TrainingDraft | null;
  onDraft(draft: TrainingDraft): void;
  onGoToSets(): void;
  onShowModel(modelId: string): void;
}): JSX.Element {
  const { data, draft } = props;
  const api = useApi();
  const { notify, report } = useNotices();
  const activation = useActivateModel(data);
  const { tried, starting, start: startWith } = useStart(report);
  const [chosenJob, setChosenJob] = useState<string | null>(null);
  const runs = data.jobs.filter((j) => j.experimentId === null);
  const job = runs.find((j) => j.jobId === chosenJob) ?? newestFirst(runs)[0] ?? null;
  const { defaults } = data;

  if (defaults === null || draft === null) return <EmptyState title="Loading…" />;
  const proposed = resolveStart(draft, { sets: data.sets ?? [], models: data.models, defaults });
  const read = readDraft(proposed.draft, defaults);

  const start = () =>
    startWith(read.request, async (request) => {
      const started = await api.startTraining(request);
      data.putJob(started);
      setChosenJob(started.jobId);
      notify(`Started “${started.name}”`);
    });

  const cancel = async (jobId: string) => {
    try {
      data.putJob(await api.cancelTraining({ jobId }));
    } catch (error) {
      report(error);
    }
  };

  return (
    <div className="split-page train-page">
      <StartForm
        title="New training run"
        onStart={() => void start()}
        blocked={tried && read.request === null}
        what="run"
        starting={starting}
        label="Start training"
      >
        <TrainingForm
          draft={proposed.draft}
          startNote={proposed.note}
          onDraft={props.onDraft}
          defaults={defaults}
          sets={data.sets ?? []}
          models={data.models?.models ?? []}
          errors={tried ? read.errors : {}}
          onGoToSets={props.onGoToSets}
        />
      </StartForm>
      <RunsPane
        label="Training runs"
        title="Runs"
        list={<JobList jobs={runs} selectedId={job?.jobId ?? null} onSelect={setChosenJob} />}
      >
        {job === null ? (
          <EmptyState title="No run selected">
            Runs train in the background: you can keep drawing, or leave this page, while one goes
            on.
          </EmptyState>
        ) : (
          <JobDetail
            job={job}
            activeModelId={data.models?.activeId ?? null}
            onCancel={() => void cancel(job.jobId)}
            onUseModel={activation.activate}
            onShowModel={props.onShowModel}
          />
        )}
      </RunsPane>
      {activation.dialog}
    </div>
  );
}
