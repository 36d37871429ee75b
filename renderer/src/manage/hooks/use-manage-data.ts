import { useCallback, useMemo, useState } from 'react';
import {
  type InkformApi,
  type ModelList,
  type TrainingSetInfo,
  type TrainingDefaults,
  type TrainingJobInfo,
} from '@services/contract';
import { useAppEvents } from '../../hooks/use-app-events';
import { useLoaded } from '../../hooks/use-loaded';
import { mergeJob } from '../lib/jobs';

/** What several training pages share, kept while the user moves between them. */
export interface ManageData {
  /** Null until loaded. */
  readonly sets: readonly TrainingSetInfo[] | null;
  readonly models: ModelList | null;
  readonly jobs: readonly TrainingJobInfo[];
  readonly defaults: TrainingDefaults | null;
  /** A set as a call answered it (after adding, relabelling, deleting samples). */
  putSet(set: TrainingSetInfo): void;
  dropSet(id: string): void;
  reloadSets(): void;
  putModels(list: ModelList): void;
  reloadModels(): void;
  putJob(job: TrainingJobInfo): void;
}

export function useManageData(api: InkformApi, report: (error: unknown) => void): ManageData {
  const [setsGeneration, setSetsGeneration] = useState(0);
  const [modelsGeneration, setModelsGeneration] = useState(0);
  const loadSets = useCallback(() => api.listTrainingSets(), [api]);
  const loadModels = useCallback(() => api.listModels(), [api]);
  const loadJobs = useCallback(() => api.listTrainingJobs(), [api]);
  const loadDefaults = useCallback(() => api.getTrainingDefaults(), [api]);
  const [sets, setSets] = useLoaded(loadSets, setsGeneration, report);
  const [models, setModels] = useLoaded(loadModels, modelsGeneration, report);
  const [loadedJobs] = useLoaded(loadJobs, 0, report);
  const [defaults] = useLoaded(loadDefaults, 0, report);
  // Events can arrive before the first list; they are merged over it when it comes.
  const [pushedJobs, setPushedJobs] = useState<readonly TrainingJobInfo[]>([]);

  const reloadSets = useCallback(() => setSetsGeneration((g) => g + 1), []);
  const reloadModels = useCallback(() => setModelsGeneration((g) => g + 1), []);
  const putJob = useCallback(
    (job: TrainingJobInfo) => setPushedJobs((jobs) => mergeJob(jobs, job)),
    [],
  );

  useAppEvents(api, (event) => {
    if (event.type === 'training-sets-changed') reloadSets();
    else if (event.type === 'models-changed' || event.type === 'settings-changed') reloadModels();
    else if (event.type === 'training-job') {
      putJob(event.job);
      // A finished run saved a model; the list must show it even if no models-changed comes.
      if (event.job.modelId !== null && event.job.finishedAt !== null) reloadModels();
    }
  });

  const jobs = useMemo(
    () => pushedJobs.reduce(mergeJob, loadedJobs ?? []),
    [loadedJobs, pushedJobs],
  );

  const putSet = useCallback(
    (set: TrainingSetInfo) =>
      setSets((current) => {
        const list = current ?? [];
        return list.some((s) => s.id === set.id)
          ? list.map((s) => (s.id === set.id ? set : s))
          : [...list, set];
      }),
    [setSets],
  );
  const dropSet = useCallback(
    (id: string) => setSets((current) => (current ?? []).filter((s) => s.id !== id)),
    [setSets],
  );

  const putModels = useCallback((list: ModelList) => setModels(list), [setModels]);

  return {
    sets,
    models,
    jobs,
    defaults,
    putSet,
    dropSet,
    reloadSets,
    putModels,
    reloadModels,
    putJob,
  };
}
