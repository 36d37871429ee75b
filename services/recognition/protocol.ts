import type { ImageRecognition, StrokeRecognition, Strokes } from '../../recognition/recognize.js';
import type { Box } from '../../recognition/types.js';
import type { ImageAdjustment } from '../../recognition/imaging/adjust-image.js';
import type { LineCut } from '../../recognition/segmentation/line-cuts.js';

/** The user's turn, crop and line separators for a picture (see `RecognizeImageRequest`). */
export interface ImageLayout {
  readonly adjustment?: ImageAdjustment;
  readonly lineCuts?: readonly LineCut[];
}

/** Messages between the app's back end and its recognition worker thread. */

export type RecognitionTask =
  /** `pins`: see `RecognizeStrokesRequest`; `RecognizeImageRequest` for an image's. */
  | {
      readonly kind: 'strokes';
      readonly strokes: Strokes;
      readonly pins?: readonly (readonly number[])[];
    }
  /** `name` is the file's, for messages only. */
  | {
      readonly kind: 'image';
      readonly bytes: Uint8Array;
      readonly name?: string;
      readonly pins?: readonly Box[];
      readonly layout?: ImageLayout;
    }
  /** `glyphs` holds n × 784 bytes (ink 255 on 0); the answer is one top-1 guess per glyph. */
  | { readonly kind: 'classify'; readonly glyphs: Uint8Array };

/** The classifier's most probable class of one glyph. */
export interface GlyphGuess {
  readonly label: string;
  readonly probability: number;
}

export interface RecognitionRequest {
  readonly id: number;
  readonly modelDir: string;
  readonly task: RecognitionTask;
}

export type RecognitionOutput = StrokeRecognition | ImageRecognition | readonly GlyphGuess[];

export type RecognitionReply =
  | { readonly id: number; readonly ok: true; readonly value: RecognitionOutput }
  | {
      readonly id: number;
      readonly ok: false;
      /** The error's class name lets the back end tell the user's bad input from our bugs. */
      readonly error: { readonly name: string; readonly message: string };
    };
