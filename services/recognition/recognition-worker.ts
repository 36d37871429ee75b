/**
 * The recognition worker thread: decoding, segmentation and classification run here, so a
 * slow photo never freezes the app and a crash (a native decoder fault, running out of memory)
 * takes down only this thread, which the client restarts.
 */
import { parentPort } from 'node:worker_threads';
import { loadClassifier } from '../../recognition/models.js';
import type { GlyphClassifier } from '../../recognition/classifier.js';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import {
  recognizeImage,
  recognizeStrokes,
  RecognitionInputError,
} from '../../recognition/recognize.js';
import type {
  GlyphGuess,
  RecognitionOutput,
  RecognitionReply,
  RecognitionRequest,
  RecognitionTask,
} from './protocol.js';

const port = parentPort;
if (!port) throw new Error('recognition-worker must run in a worker thread');

function classify(glyphs: Uint8Array, classifier: GlyphClassifier): GlyphGuess[] {
  if (glyphs.length % GLYPH_PIXELS !== 0)
    throw new RecognitionInputError('glyphs must be whole 28×28 images (784 bytes each)');
  return classifier
    .topK(glyphs, 1)
    .map(([best]) => ({ label: best.name, probability: best.probability }));
}

async function run(task: RecognitionTask, classifier: GlyphClassifier): Promise<RecognitionOutput> {
  switch (task.kind) {
    case 'strokes':
      return recognizeStrokes(task.strokes, { classifier, pins: task.pins });
    case 'image':
      return recognizeImage(task.bytes, {
        classifier,
        name: task.name,
        pins: task.pins,
        ...task.layout,
      });
    case 'classify':
      return classify(task.glyphs, classifier);
  }
}

async function handle(request: RecognitionRequest): Promise<RecognitionReply> {
  try {
    const classifier = await loadClassifier(request.modelDir);
    return { id: request.id, ok: true, value: await run(request.task, classifier) };
  } catch (error) {
    const { name, message } =
      error instanceof Error ? error : { name: 'Error', message: String(error) };
    return { id: request.id, ok: false, error: { name, message } };
  }
}

port.on('message', (request: RecognitionRequest) => {
  void handle(request).then((reply) => port.postMessage(reply));
});
