/**
 * The recognition worker thread: decoding, segmentation and classification run here, so a
 * slow photo never freezes the app and a crash (a native decoder fault, running out of memory)
 * takes down only this thread, which the client restarts.
 */
import { parentPort } from 'node:worker_threads';
import { loadClassifier } from '../../recognition/models.js';
import { recognizeImage, recognizeStrokes } from '../../recognition/recognize.js';
import type { RecognitionReply, RecognitionRequest } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('recognition-worker must run in a worker thread');

async function handle(request: RecognitionRequest): Promise<RecognitionReply> {
  try {
    const classifier = await loadClassifier(request.modelDir);
    const value =
      request.task.kind === 'strokes'
        ? await recognizeStrokes(request.task.strokes, { classifier })
        : await recognizeImage(request.task.bytes, { classifier });
    return { id: request.id, ok: true, value };
  } catch (error) {
    const { name, message } =
      error instanceof Error ? error : { name: 'Error', message: String(error) };
    return { id: request.id, ok: false, error: { name, message } };
  }
}

port.on('message', (request: RecognitionRequest) => {
  void handle(request).then((reply) => port.postMessage(reply));
});
