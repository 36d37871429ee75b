import type { ImageRecognition, StrokeRecognition, Strokes } from '../../recognition/recognize.js';

/** Messages between the app's back end and its recognition worker thread. */

export type RecognitionTask =
  | { readonly kind: 'strokes'; readonly strokes: Strokes }
  | { readonly kind: 'image'; readonly bytes: Uint8Array };

export interface RecognitionRequest {
  readonly id: number;
  readonly modelDir: string;
  readonly task: RecognitionTask;
}

export type RecognitionOutput = StrokeRecognition | ImageRecognition;

export type RecognitionReply =
  | { readonly id: number; readonly ok: true; readonly value: RecognitionOutput }
  | {
      readonly id: number;
      readonly ok: false;
      /** The error's class name lets the back end tell the user's bad input from our bugs. */
      readonly error: { readonly name: string; readonly message: string };
    };
