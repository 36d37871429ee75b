import { useCallback, useMemo, useState, type JSX } from 'react';
import type { SweepParameter } from '@services/contract';
import { useApi } from '../../api/api-context';
import { useAppEvents } from '../../hooks/use-app-events';
import { useLoaded } from '../../hooks/use-loaded';
import { EmptyState } from '../common/EmptyState';
import { Field } from '../common/Field';
import { useNotices } from '../hooks/notices';
import { useActivateModel } from '../hooks/use-activate-model';
import type { ManageData } from '../hooks/use-manage-data';
import { parseSweepValues, SWEEP_CHOICES } from '../lib/sweep-values';
import { readDraft, type TrainingDraft } from '../lib/training-draft';
import { RunsPane } from '../train/RunsPane';
import { StartForm } from '../train/StartForm';
import { useStart } from '../train/use-start';
import { TrainingForm } from '../train/TrainingForm';
import { ExperimentComparison } from './ExperimentComparison';
import { ExperimentList } from './ExperimentList';
import '../train/train.css';

const exampleOf = (parameter: SweepParameter) =>
  SWEEP_CHOICES.find((c) => c.id === parameter)?.example ?? '';

/** A small hyperparameter study: the same run with one setting varied, compared side by side. */
export function ExperimentsPage(props: {
  data: ManageData;
  draft: TrainingDraft | null;
  onDraft(draft: TrainingDraft): void;
  onGoToSets(): void;
}): JSX.Element {
  const { data, draft } = props;
  const api = useApi();
  const { notify, report } = useNotices();
  const activation = useActivateModel(data);
  const [generation, setGeneration] = useState(0);
  const loadExperiments = useCallback(() => api.listExperiments(), [api]);
  const [experiments, setExperiments] = useLoaded(loadExperiments, generation, report);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [parameter, setParameter] = useState<SweepParameter>('algorithm');
  const [valuesText, setValuesText] = useState(exampleOf('algorithm'));
  const { tried, starting, start: startWith } = useStart(report);

  const known = useCallback(
    (id: string) => experiments?.some((e) => e.experimentId === id) ?? true,
    [experiments],
  );
  useAppEvents(api, (event) => {
    // A run of an experiment started elsewhere (another window): list it.
    if (
      event.type === 'training-job' &&
      event.job.experimentId !== null &&
      !known(event.job.experimentId)
    )
      setGeneration((g) => g + 1);
  });

  // Runs move on through events; the experiment list holds them as they were when listed.
  const live = useMemo(() => {
    const byId = new Map(data.jobs.map((j) => [j.jobId, j]));
    return (experiments ?? []).map((e) => ({
      ...e,
      jobs: e.jobs.map((j) => byId.get(j.jobId) ?? j),
    }));
  }, [experiments, data.jobs]);
  const selected = live.find((e) => e.experimentId === chosenId) ?? live[live.length - 1] ?? null;

  const { defaults } = data;
  if (defaults === null || draft === null) return <EmptyState title="Loading…" />;
  const read = readDraft(draft, defaults, { sweep: parameter });
  const sweep = parseSweepValues(parameter, valuesText, draft.algorithm);
  const choice = SWEEP_CHOICES.find((c) => c.id === parameter);

  const chooseParameter = (next: SweepParameter) => {
    if (valuesText.trim() === '' || valuesText === exampleOf(parameter))
      setValuesText(exampleOf(next));
    setParameter(next);
  };

  const ready =
    read.request === null || !sweep.ok ? null : { base: read.request, values: sweep.values };
  const start = () =>
    startWith(ready, async ({ base, values }) => {
      const experiment = await api.startExperiment({ name: base.name, base, parameter, values });
      for (const job of experiment.jobs) data.putJob(job);
      setExperiments((list) => [...(list ?? []), experiment]);
      setChosenId(experiment.experimentId);
      notify(`Started “${experiment.name}”: ${experiment.jobs.length} runs, one after another`);
    });

  return (
    <div className="split-page">
      <StartForm
        title="New experiment"
        onStart={() => void start()}
        blocked={tried && ready === null}
        what="experiment"
        starting={starting}
        label="Start experiment"
      >
        <div className="sweep-fields">
          <Field label="Setting to vary" hint={choice?.hint}>
            {(control) => (
              <select
                {...control}
                className="select"
                value={parameter}
                onChange={(event) =>
                  chooseParameter(
                    SWEEP_CHOICES.find((c) => c.id === event.target.value)?.id ?? parameter,
                  )
                }
              >
                {SWEEP_CHOICES.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Values"
            error={tried && !sweep.ok ? sweep.message : undefined}
            hint={`e.g. ${choice?.example ?? ''}`}
          >
            {(control) => (
              <input
                {...control}
                className="text-input"
                value={valuesText}
                onChange={(event) => setValuesText(event.target.value)}
              />
            )}
          </Field>
        </div>
        <h3 className="form-subhead">Everything else</h3>
        <TrainingForm
          draft={draft}
          onDraft={props.onDraft}
          defaults={defaults}
          sets={data.sets ?? []}
          models={data.models?.models ?? []}
          errors={tried ? read.errors : {}}
          sweep={parameter}
          nameLabel="Experiment name"
          onGoToSets={props.onGoToSets}
        />
      </StartForm>
      <RunsPane
        label="Experiments"
        title="Experiments"
        list={
          experiments === null ? (
            <p className="pane-note">Loading…</p>
          ) : (
            <ExperimentList
              experiments={live}
              selectedId={selected?.experimentId ?? null}
              onSelect={setChosenId}
            />
          )
        }
      >
        {selected === null ? (
          <EmptyState title="Compare settings side by side">
            An experiment trains the same network several times with one setting changed — the
            learning rate, the hidden layers, or the algorithm — and shows which did best.
          </EmptyState>
        ) : (
          <ExperimentComparison
            experiment={selected}
            activeModelId={data.models?.activeId ?? null}
            onUseModel={activation.activate}
          />
        )}
      </RunsPane>
      {activation.dialog}
    </div>
  );
}
