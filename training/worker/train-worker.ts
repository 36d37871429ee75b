import { parentPort } from 'node:worker_threads';
import { GlyphClassifier } from '../../recognition/classifier.js';
import { loadTrainingData } from '../data/load-data.js';
import { loadSources, type SourcesData } from '../data/load-sources.js';
import { serialiseEvaluation } from '../eval/evaluation-file.js';
import { evaluateHeldOut } from '../eval/held-out.js';
import {
  EVALUATION_JSON,
  saveModel,
  type ExtraModelFiles,
} from '../../recognition/model-format/model-io.js';
import { loadStartingPoint, type StartingPoint } from '../model/starting-weights.js';
import { trainedModelCard } from '../model/trained-card.js';
import { train } from '../trainer/train.js';
import type { FailureKind, FromWorker, ToWorker, TrainRequest, TrainSummary } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('train-worker must run in a worker thread');
const abort = new AbortController();
const send = (message: FromWorker) => port.postMessage(message);

class CancelledBeforeFirstEpoch extends Error {
  constructor() {
    super('cancelled before the first epoch finished; nothing was saved');
    this.name = 'CancelledBeforeFirstEpoch';
  }
}

async function loadData(
  request: TrainRequest,
  start: StartingPoint | undefined,
): Promise<{ data: SourcesData; sources: readonly string[] }> {
  const classes = start?.card.classes;
  if ('dataPath' in request) {
    const data = await loadTrainingData(request.dataPath, { classes });
    return { data: { ...data, unknownClasses: {} }, sources: [request.dataPath] };
  }
  const data = await loadSources(request.sources, { classes });
  return { data, sources: request.sources.descriptions };
}

async function run(request: TrainRequest): Promise<TrainSummary> {
  const { config } = request;
  const start = request.initialModelDir
    ? await loadStartingPoint(request.initialModelDir, config)
    : undefined;
  const { data, sources } = await loadData(request, start);
  send({
    type: 'data-loaded',
    report: data.report,
    trainSamples: data.train.count,
    testSamples: data.test?.count ?? 0,
    classes: data.train.classes,
    unknownClasses: data.unknownClasses,
  });
  if (data.train.count === 0 && start)
    throw new Error(`none of the samples is of a class that "${start.card.name}" knows`);
  const result = await train(data.train, config, {
    signal: abort.signal,
    onProgress: (progress) => send({ type: 'progress', progress }),
    initialWeights: start?.weights,
  });
  // Without a finished epoch the weights are the starting ones: not worth a model.
  if (result.status === 'cancelled' && result.history.length === 0) {
    result.model.dispose();
    throw new CancelledBeforeFirstEpoch();
  }
  const metrics: Record<string, number> = { ...result.metrics };
  const extras: { -readonly [K in keyof ExtraModelFiles]: ExtraModelFiles[K] } = {};
  const cardInput = { name: request.modelName, config, result, train: data.train, sources };
  const notes = [request.notes, start ? `fine-tuned from "${start.card.name}"` : undefined]
    .filter((n): n is string => n !== undefined)
    .join('; ');
  const classifier = GlyphClassifier.fromModel(
    result.model,
    trainedModelCard({ ...cardInput, metrics }),
  );
  try {
    if (data.test && data.test.count > 0) {
      send({ type: 'evaluating' });
      const heldOut = evaluateHeldOut(classifier, data.test);
      Object.assign(metrics, heldOut.metrics);
      extras[EVALUATION_JSON] = serialiseEvaluation(heldOut.evaluation);
    }
    const card = trainedModelCard({ ...cardInput, metrics, ...(notes ? { notes } : {}) });
    await saveModel(request.outDir, result.model, card, extras);
    return {
      outDir: request.outDir,
      status: result.status,
      epochs: result.history.length,
      bestEpoch: result.bestEpoch,
      trainingSeconds: result.trainingSeconds,
      metrics,
    };
  } finally {
    classifier.dispose();
  }
}

function failureKind(err: unknown): FailureKind {
  if (err instanceof CancelledBeforeFirstEpoch) return 'cancelled';
  if (err instanceof Error && err.name === 'TrainingDivergedError') return 'diverged';
  return 'failed';
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') {
    abort.abort();
    return;
  }
  run(message.request).then(
    (summary) => send({ type: 'done', summary }),
    (err: unknown) =>
      send({
        type: 'error',
        message: err instanceof Error ? err.message : String(err),
        kind: failureKind(err),
      }),
  );
});
