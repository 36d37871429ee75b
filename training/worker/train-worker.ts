import { parentPort } from 'node:worker_threads';
import { NORMALISER_VERSION } from '../../recognition/imaging/normalise.js';
import { GlyphClassifier } from '../../recognition/classifier.js';
import { loadTrainingData } from '../data/load-data.js';
import { evaluateClassifier } from '../eval/evaluate-model.js';
import { MODEL_FORMAT_VERSION, type ModelCard } from '../model/model-card.js';
import { saveModel } from '../model/model-io.js';
import { relevantHyperparameters } from '../trainer/config.js';
import { train } from '../trainer/train.js';
import type { FromWorker, ToWorker, TrainRequest, TrainSummary } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('train-worker must run in a worker thread');
const abort = new AbortController();
const send = (message: FromWorker) => port.postMessage(message);

async function run(request: TrainRequest): Promise<TrainSummary> {
  const { config } = request;
  const data = await loadTrainingData(request.dataPath);
  send({
    type: 'data-loaded',
    report: data.report,
    trainSamples: data.train.count,
    testSamples: data.test?.count ?? 0,
    classes: data.train.classes,
  });
  const result = await train(data.train, config, {
    signal: abort.signal,
    onProgress: (progress) => send({ type: 'progress', progress }),
  });
  try {
    const metrics: Record<string, number> = { ...result.metrics };
    const perClass: Record<string, number> = {};
    for (let i = 0; i < data.train.count; i++) {
      const name = data.train.classes[data.train.labels[i]];
      perClass[name] = (perClass[name] ?? 0) + 1;
    }
    const card: ModelCard = {
      format: 'inkform-model',
      formatVersion: MODEL_FORMAT_VERSION,
      name: request.modelName,
      classes: [...data.train.classes],
      normaliserVersion: NORMALISER_VERSION,
      inputSize: 784,
      network: {
        hidden: [...config.hidden],
        activation: config.activation,
        dropout: config.dropout,
      },
      algorithm: config.algorithm,
      hyperparameters: relevantHyperparameters(config),
      data: {
        sources: [request.dataPath],
        trainSamples: result.trainSamples,
        validationSamples: result.validationSamples,
        perClass,
      },
      metrics,
      epochs: result.history.length,
      trainingSeconds: Math.round(result.trainingSeconds * 10) / 10,
      createdAt: new Date().toISOString(),
      ...(result.status === 'completed' ? {} : { notes: `training ${result.status}` }),
    };
    if (data.test && data.test.count > 0) {
      send({ type: 'evaluating' });
      const classifier = GlyphClassifier.fromModel(result.model, card);
      const report = evaluateClassifier(classifier, data.test);
      metrics.testAccuracy = report.accuracy;
      metrics.testMergedAccuracy = report.mergedAccuracy;
      metrics.testSamples = report.n;
      for (const [kind, r] of Object.entries(report.byTestKind)) {
        metrics[`test.${kind}.accuracy`] = r.accuracy;
        metrics[`test.${kind}.mergedAccuracy`] = r.mergedAccuracy;
        metrics[`test.${kind}.n`] = r.n;
      }
    }
    await saveModel(request.outDir, result.model, card);
    return {
      outDir: request.outDir,
      status: result.status,
      epochs: result.history.length,
      bestEpoch: result.bestEpoch,
      trainingSeconds: result.trainingSeconds,
      metrics,
    };
  } finally {
    result.model.dispose();
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') {
    abort.abort();
    return;
  }
  run(message.request).then(
    (summary) => send({ type: 'done', summary }),
    (err: unknown) =>
      send({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
});
