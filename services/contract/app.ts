/**
 * The one typed API between the user interface and the back end, shared by the Electron main
 * process, the preload script, the browser bridge and the renderer. It must not import anything
 * that needs Node or Electron: the renderer bundles it.
 *
 * Every method takes at most one plain-data argument and returns a promise of plain data, so
 * the same call travels over Electron IPC (structured clone) and over the HTTP bridge (JSON with
 * byte arrays encoded, see `wire.ts`). Arguments are validated where they arrive (`validate.ts`).
 */
import type { ModelInfo, TrainingSetInfo } from './catalogue.js';
import type { MenuCommand } from './commands.js';
import { methodNames } from './method-names.js';
import { TRAINING_METHODS, type TrainingEvent, type TrainingServiceApi } from './training.js';
import type {
  Alternative,
  Box,
  FormulaExports,
  FreeVariableNotes,
  LineKind,
  RecognizedLine,
  RecognizedSymbol,
} from '../../recognition/types.js';
import type { ImageAdjustment } from '../../recognition/imaging/adjust-image.js';
import type { LineCut } from '../../recognition/segmentation/line-cuts.js';
import { STROKE_LIMITS } from '../../recognition/strokes/stroke-limits.js';

export type { ImageAdjustment, LineCut, ModelInfo, TrainingSetInfo };

export type {
  Alternative,
  Box,
  FormulaExports,
  FreeVariableNotes,
  LineKind,
  RecognizedLine,
  RecognizedSymbol,
};

/** `[[[x, y], …], …]`, y down, in canvas units. */
export type StrokeList = readonly (readonly (readonly [number, number])[])[];

/** A recognised symbol plus its normalised 28×28 glyph, so a correction can be saved as a sample. */
export interface AppSymbol extends RecognizedSymbol {
  /** 784 bytes, ink = 255 on 0, row-major: what the classifier saw. */
  readonly glyph: Uint8Array;
}

export interface AppLine extends Omit<RecognizedLine, 'symbols'> {
  readonly symbols: readonly AppSymbol[];
}

export interface StrokeResult {
  readonly lines: readonly AppLine[];
  /** Which model read it. */
  readonly modelId: string;
  readonly elapsedMs: number;
}

export interface ImageResult extends StrokeResult {
  /**
   * Stored size after EXIF orientation, turned and cropped as the request asked; boxes are in
   * these coordinates.
   */
  readonly width: number;
  readonly height: number;
  /** The sheet of paper found in a photo, or null when the whole image is the page. */
  readonly paper: Box | null;
}

export interface RecognizeStrokesRequest {
  readonly strokes: StrokeList;
  /**
   * Groups of strokes (indices into `strokes`) that the user said are one symbol each; the
   * reading keeps them, whatever the recogniser thinks.
   */
  readonly pins?: readonly (readonly number[])[];
}

export interface RecognizeImageRequest {
  /** The file's bytes as read (PNG, JPEG, WebP, TIFF, GIF …). */
  readonly bytes: Uint8Array;
  /** File name, for messages only. */
  readonly name: string;
  /**
   * Symbols the user delimited, in the image's coordinates: the ink of a line between a box's
   * left and right sides is one symbol (its height picks the line), whatever the recogniser thinks.
   */
  readonly pins?: readonly Box[];
  /**
   * The user's turn and crop, in the stored picture's pixels (after EXIF orientation). The
   * picture is read as adjusted; `pins`, `lineCuts` and the result are in the adjusted pixels.
   */
  readonly adjustment?: ImageAdjustment;
  /** Separators the user drew between lines: ink on either side of one never shares a line. */
  readonly lineCuts?: readonly LineCut[];
}

/** One glyph of a line as the decoder needs it: the classifier's candidates and where it sits. */
export interface GlyphReading {
  readonly alternatives: readonly Alternative[];
  readonly box: Box;
}

export interface RedecodeRequest {
  readonly glyphs: readonly GlyphReading[];
  /** Per glyph: the label the user chose, or null to let the decoder choose. Same length. */
  readonly forced: readonly (string | null)[];
}

export type TextFormat = 'unicode' | 'latex' | 'tptp' | 'prover9' | 'ascii';
export const TEXT_FORMATS: readonly TextFormat[] = ['unicode', 'latex', 'tptp', 'prover9', 'ascii'];

import type {
  FreeVariableTreatment,
  NotationStyle,
  ParenthesesStyle,
} from '../../recognition/formula/exports.js';
export {
  DEFAULT_FREE_VARIABLES,
  FREE_VARIABLE_TREATMENTS,
  NOTATION_STYLES,
  PARENTHESES_STYLES,
  type NotationStyle,
  type FreeVariableTreatment,
  type ParenthesesStyle,
} from '../../recognition/formula/exports.js';

export interface ParseFormulaRequest {
  readonly text: string;
  readonly format: TextFormat;
  /** How the exports write parentheses: the writer's (the default) or the standard ones. */
  readonly parentheses?: ParenthesesStyle;
  /** What TPTP and Prover9 do with free variables: close the formula (the default) or not. */
  readonly freeVariables?: FreeVariableTreatment;
  /** Whether the exports keep textbook symbols (∼ ⊃ ≡ ·, ∀x.), the default, or write ¬ → ↔ ∧. */
  readonly notation?: NotationStyle;
}

export type ParseFormulaResult =
  | {
      readonly ok: true;
      readonly unicode: string;
      readonly exports: FormulaExports;
      /** What the text is: a formula, or (in Unicode) a term, an equation chain or a list. */
      readonly kind: Exclude<LineKind, 'unparsed'>;
    }
  /** `offset` is a UTF-16 index into the text where reading failed. */
  | { readonly ok: false; readonly message: string; readonly offset: number };

export interface ModelList {
  readonly models: readonly ModelInfo[];
  readonly activeId: string;
  /** Models whose folder could not be read, with why; they are listed so the user can act. */
  readonly broken: readonly { readonly id: string; readonly message: string }[];
}

export interface CreateTrainingSetRequest {
  readonly name: string;
}

export type SampleSource = 'correction' | 'capture' | 'sheet' | 'import';

export interface NewSample {
  /** A class name from the symbol table. */
  readonly label: string;
  /** 784 bytes, ink = 255 on 0. */
  readonly glyph: Uint8Array;
  readonly source: SampleSource;
}

export interface AddSamplesRequest {
  readonly setId: string;
  readonly samples: readonly NewSample[];
}

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  readonly theme: Theme;
  readonly activeModelId: string;
  /** Where corrections are saved; null until the user picks or creates a set. */
  readonly correctionSetId: string | null;
  readonly liveRecognition: boolean;
  /** Pause after the last stroke before recognising, in ms. */
  readonly recognitionDelayMs: number;
  readonly penWidth: number;
}

export type SettingsPatch = Partial<Settings>;

export interface OpenedImage {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Full path when the platform knows it (desktop), else null. */
  readonly path: string | null;
}

export interface SaveTextRequest {
  readonly suggestedName: string;
  readonly content: string;
}

export interface SaveBytesRequest {
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
}

export interface SaveTextResult {
  /** False when the user cancelled. */
  readonly saved: boolean;
  readonly path: string | null;
}

export interface RecentFile {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
}

export interface AppInfo {
  readonly version: string;
  /** `electron` in the desktop app, `browser` through `npm run serve`. */
  readonly shell: 'electron' | 'browser';
  readonly userDataDir: string;
}

/** Pushed from the back end to the page. */
export type AppEvent =
  | { readonly type: 'menu'; readonly command: MenuCommand }
  /** A file opened from the OS (recent files, drop on the dock icon). */
  | { readonly type: 'open-image'; readonly image: OpenedImage }
  /** The recognition worker died and was restarted; `message` says what was lost. */
  | { readonly type: 'worker-restarted'; readonly message: string }
  | { readonly type: 'models-changed' }
  | { readonly type: 'settings-changed'; readonly settings: Settings }
  | TrainingEvent;

/**
 * What the back end serves, whatever the shell. Implemented once (`app-services.ts`) and reached
 * through IPC in Electron and through HTTP in the browser bridge.
 */
export interface ServiceApi extends TrainingServiceApi {
  getAppInfo(): Promise<AppInfo>;
  recognizeStrokes(request: RecognizeStrokesRequest): Promise<StrokeResult>;
  recognizeImage(request: RecognizeImageRequest): Promise<ImageResult>;
  /** Re-reads a line after the user fixed some of its symbols. */
  redecodeLine(request: RedecodeRequest): Promise<RecognizedLine>;
  parseFormula(request: ParseFormulaRequest): Promise<ParseFormulaResult>;
  listModels(): Promise<ModelList>;
  setActiveModel(request: { readonly id: string }): Promise<ModelList>;
  listTrainingSets(): Promise<readonly TrainingSetInfo[]>;
  createTrainingSet(request: CreateTrainingSetRequest): Promise<TrainingSetInfo>;
  addSamples(request: AddSamplesRequest): Promise<TrainingSetInfo>;
  getSettings(): Promise<Settings>;
  updateSettings(request: SettingsPatch): Promise<Settings>;
}

/**
 * What only a shell can do (dialogs, clipboard, OS files). Electron implements these in main;
 * the browser bridge client implements them with web APIs.
 */
export interface PlatformApi {
  /** Shows an open dialog; null when cancelled. */
  openImage(): Promise<OpenedImage | null>;
  saveText(request: SaveTextRequest): Promise<SaveTextResult>;
  /** Saves a binary file the back end made (a model archive); same answer as `saveText`. */
  saveBytes(request: SaveBytesRequest): Promise<SaveTextResult>;
  writeClipboard(request: { readonly text: string }): Promise<void>;
  listRecentFiles(): Promise<readonly RecentFile[]>;
  openRecentFile(request: { readonly path: string }): Promise<OpenedImage>;
}

export type InvokeApi = ServiceApi & PlatformApi;

/** The full API the renderer sees on `window.inkform`. */
export interface InkformApi extends InvokeApi {
  /** Subscribes to pushed events; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
}

export type ServiceMethod = keyof ServiceApi;
export type PlatformMethod = keyof PlatformApi;
export type InvokeMethod = keyof InvokeApi;

/** The recognition half's own methods; the training half's are `TRAINING_METHODS`. */
const RECOGNITION_METHODS = methodNames<Omit<ServiceApi, keyof TrainingServiceApi>>()([
  'getAppInfo',
  'recognizeStrokes',
  'recognizeImage',
  'redecodeLine',
  'parseFormula',
  'listModels',
  'setActiveModel',
  'listTrainingSets',
  'createTrainingSet',
  'addSamples',
  'getSettings',
  'updateSettings',
]);

export const SERVICE_METHODS: readonly ServiceMethod[] = [
  ...RECOGNITION_METHODS,
  ...TRAINING_METHODS,
];

export const PLATFORM_METHODS = methodNames<PlatformApi>()([
  'openImage',
  'saveText',
  'saveBytes',
  'writeClipboard',
  'listRecentFiles',
  'openRecentFile',
]);

export const INVOKE_METHODS: readonly InvokeMethod[] = [...SERVICE_METHODS, ...PLATFORM_METHODS];

/** IPC channel of a method; one prefix so main can refuse anything else. */
export const channelOf = (method: InvokeMethod): string => `inkform:${method}`;
export const EVENT_CHANNEL = 'inkform:event';

/** Kinds of failure the UI tells apart: bad input is the user's to fix, the rest is ours. */
export type ErrorCode = 'bad-input' | 'not-found' | 'worker-crashed' | 'cancelled' | 'internal';

/**
 * How results cross IPC and HTTP: errors as data, because Electron flattens thrown errors into
 * "Error invoking remote method …" and HTTP has no exceptions at all.
 */
export type Envelope<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: ErrorCode; readonly message: string } };

/** Thrown on the renderer side when a call fails; `message` is meant for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function unwrapEnvelope<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error.code, envelope.error.message);
}

/**
 * What the Electron preload exposes as `window.inkform`: every call resolves with its envelope.
 * Errors are unwrapped in the page (`fromEnvelopeApi`) because Electron's context bridge copies
 * only the message of a thrown error, and the page needs the error's code too.
 */
export type EnvelopeApi = {
  readonly [M in InvokeMethod]: (
    arg?: Parameters<InvokeApi[M]>[0],
  ) => Promise<Envelope<Awaited<ReturnType<InvokeApi[M]>>>>;
} & Pick<InkformApi, 'onEvent'>;

export function fromEnvelopeApi(raw: EnvelopeApi): InkformApi {
  const api: Partial<Record<keyof InkformApi, unknown>> = { onEvent: raw.onEvent };
  for (const method of INVOKE_METHODS) {
    const call = raw[method] as (arg?: unknown) => Promise<Envelope<unknown>>;
    api[method] = async (arg?: unknown) => unwrapEnvelope(await call(arg));
  }
  return api as InkformApi;
}

/** Limits shared by the validators and the UI, so the UI can refuse early with the same words. */
export const LIMITS = {
  /** Larger files are refused before decoding. */
  maxImageBytes: 64 * 1024 * 1024,
  maxStrokes: STROKE_LIMITS.maxStrokes,
  /** Line separators one picture may carry. */
  maxLineCuts: 200,
  maxPointsPerStroke: STROKE_LIMITS.maxPointsPerStroke,
  maxGlyphsPerLine: 500,
  maxTextLength: 100_000,
  maxSamplesPerCall: 5_000,
  maxNameLength: 80,
} as const;
