/**
 * Checks the argument of every API call where it arrives (Electron main, HTTP bridge): the page
 * is not trusted to send well-formed data. Each validator returns a fresh, typed copy or throws
 * a `ServiceError('bad-input')` whose message says which field is wrong.
 */
import {
  FREE_VARIABLE_TREATMENTS,
  LIMITS,
  NOTATION_STYLES,
  PARENTHESES_STYLES,
  TEXT_FORMATS,
  type AddSamplesRequest,
  type Alternative,
  type Box,
  type CreateTrainingSetRequest,
  type FreeVariableTreatment,
  type GlyphReading,
  type ImageAdjustment,
  type InvokeApi,
  type InvokeMethod,
  type LineCut,
  type NewSample,
  type NotationStyle,
  type ParenthesesStyle,
  type ParseFormulaRequest,
  type RecognizeImageRequest,
  type RecognizeStrokesRequest,
  type RedecodeRequest,
  type SampleSource,
  type SaveBytesRequest,
  type SaveTextRequest,
  type SettingsPatch,
  type TextFormat,
  type Theme,
} from './contract/app.js';
import {
  array,
  bad,
  boolean,
  bytes,
  finite,
  finiteFields,
  id,
  none,
  object,
  oneOf,
  string,
  symbolLabel,
} from './validate-primitives.js';
import { TRAINING_SET_VALIDATORS } from './validate-training-sets.js';
import { TRAINING_VALIDATORS } from './validate-training.js';
import { MAX_ARCHIVE_BYTES } from './training/archive-limits.js';

const box = (value: unknown, what: string): Box =>
  finiteFields(value, what, ['x', 'y', 'width', 'height']);

function adjustment(value: unknown): ImageAdjustment {
  const a = object(value, 'adjustment');
  const angle = finite(a.angle, 'adjustment.angle');
  if (Math.abs(angle) > 360) throw bad('adjustment.angle must be between -360 and 360 degrees');
  if (a.crop === null) return { angle, crop: null };
  const crop = box(a.crop, 'adjustment.crop');
  if (!(crop.width > 0 && crop.height > 0)) throw bad('adjustment.crop must not be empty');
  return { angle, crop };
}

const lineCut = (value: unknown, what: string): LineCut =>
  finiteFields(value, what, ['x0', 'y0', 'x1', 'y1']);

function strokes(value: unknown): RecognizeStrokesRequest['strokes'] {
  return array(value, 'strokes', LIMITS.maxStrokes).map((stroke, i) =>
    array(stroke, `stroke ${i}`, LIMITS.maxPointsPerStroke).map((point, j) => {
      const p = array(point, `stroke ${i} point ${j}`, 3);
      return [
        finite(p[0], `stroke ${i} point ${j} x`),
        finite(p[1], `stroke ${i} point ${j} y`),
      ] as const;
    }),
  );
}

/** Groups of stroke indices, each naming strokes that exist. */
function strokePins(value: unknown, count: number): readonly (readonly number[])[] {
  return array(value, 'pins', LIMITS.maxStrokes).map((pin, i) =>
    array(pin, `pins[${i}]`, LIMITS.maxStrokes).map((s, j) => {
      const stroke = finite(s, `pins[${i}][${j}]`);
      if (!Number.isInteger(stroke) || stroke < 0 || stroke >= count)
        throw bad(`pins[${i}][${j}] must be the index of a stroke`);
      return stroke;
    }),
  );
}

function alternative(value: unknown, what: string): Alternative {
  const a = object(value, what);
  const probability = finite(a.probability, `${what}.probability`);
  if (probability < 0 || probability > 1) throw bad(`${what}.probability must be between 0 and 1`);
  return {
    label: symbolLabel(a.label, `${what}.label`),
    char: string(a.char, `${what}.char`, 8),
    probability,
  };
}

function glyphReading(value: unknown, what: string): GlyphReading {
  const g = object(value, what);
  const alternatives = array(g.alternatives, `${what}.alternatives`, 100).map((a, i) =>
    alternative(a, `${what}.alternatives[${i}]`),
  );
  if (alternatives.length === 0) throw bad(`${what} has no alternatives`);
  return { alternatives, box: box(g.box, `${what}.box`) };
}

function sample(value: unknown, what: string): NewSample {
  const s = object(value, what);
  const glyph = bytes(s.glyph, `${what}.glyph`, 784);
  if (glyph.length !== 784) throw bad(`${what}.glyph must be 28×28 = 784 bytes`);
  return {
    label: symbolLabel(s.label, `${what}.label`),
    glyph,
    source: oneOf<SampleSource>(
      s.source,
      ['correction', 'capture', 'sheet', 'import'],
      `${what}.source`,
    ),
  };
}

function settingsPatch(value: unknown): SettingsPatch {
  const p = object(value, 'settings');
  const known = [
    'theme',
    'activeModelId',
    'correctionSetId',
    'liveRecognition',
    'recognitionDelayMs',
    'penWidth',
  ];
  for (const key of Object.keys(p)) if (!known.includes(key)) throw bad(`unknown setting "${key}"`);
  const patch: { -readonly [K in keyof SettingsPatch]: SettingsPatch[K] } = {};
  if (p.theme !== undefined)
    patch.theme = oneOf<Theme>(p.theme, ['system', 'light', 'dark'], 'theme');
  if (p.activeModelId !== undefined) patch.activeModelId = id(p.activeModelId, 'activeModelId');
  if (p.correctionSetId !== undefined)
    patch.correctionSetId =
      p.correctionSetId === null ? null : id(p.correctionSetId, 'correctionSetId');
  if (p.liveRecognition !== undefined)
    patch.liveRecognition = boolean(p.liveRecognition, 'liveRecognition');
  if (p.recognitionDelayMs !== undefined) {
    const ms = finite(p.recognitionDelayMs, 'recognitionDelayMs');
    if (ms < 0 || ms > 5000) throw bad('recognitionDelayMs must be between 0 and 5000');
    patch.recognitionDelayMs = ms;
  }
  if (p.penWidth !== undefined) {
    const w = finite(p.penWidth, 'penWidth');
    if (w < 0.5 || w > 20) throw bad('penWidth must be between 0.5 and 20');
    patch.penWidth = w;
  }
  return patch;
}

type Validators = { readonly [M in InvokeMethod]: (raw: unknown) => Parameters<InvokeApi[M]>[0] };

/** One validator per API method; `dispatch` refuses a method that has none. */
export const VALIDATORS: Validators = {
  ...TRAINING_SET_VALIDATORS,
  ...TRAINING_VALIDATORS,
  getAppInfo: (raw) => none(raw, 'getAppInfo'),
  recognizeStrokes: (raw): RecognizeStrokesRequest => {
    const r = object(raw, 'request');
    const drawn = strokes(r.strokes);
    if (r.pins === undefined) return { strokes: drawn };
    return { strokes: drawn, pins: strokePins(r.pins, drawn.length) };
  },
  recognizeImage: (raw): RecognizeImageRequest => {
    const r = object(raw, 'request');
    const data = bytes(r.bytes, 'image', LIMITS.maxImageBytes);
    if (data.length === 0) throw bad('the file is empty (0 bytes)');
    const name = string(r.name, 'name', 1000);
    // Each part the user chose is copied only when it was sent.
    const chosen = {
      ...(r.pins === undefined
        ? {}
        : { pins: array(r.pins, 'pins', LIMITS.maxStrokes).map((b, i) => box(b, `pins[${i}]`)) }),
      ...(r.adjustment === undefined ? {} : { adjustment: adjustment(r.adjustment) }),
      ...(r.lineCuts === undefined
        ? {}
        : {
            lineCuts: array(r.lineCuts, 'lineCuts', LIMITS.maxLineCuts).map((c, i) =>
              lineCut(c, `lineCuts[${i}]`),
            ),
          }),
    };
    return { bytes: data, name, ...chosen };
  },
  redecodeLine: (raw): RedecodeRequest => {
    const r = object(raw, 'request');
    const glyphs = array(r.glyphs, 'glyphs', LIMITS.maxGlyphsPerLine).map((g, i) =>
      glyphReading(g, `glyphs[${i}]`),
    );
    const forced = array(r.forced, 'forced', LIMITS.maxGlyphsPerLine).map((f, i) =>
      f === null ? null : symbolLabel(f, `forced[${i}]`),
    );
    if (forced.length !== glyphs.length) throw bad('forced must have one entry per glyph');
    return { glyphs, forced };
  },
  parseFormula: (raw): ParseFormulaRequest => {
    const r = object(raw, 'request');
    return {
      text: string(r.text, 'text'),
      format: oneOf<TextFormat>(r.format, TEXT_FORMATS, 'format'),
      ...(r.parentheses === undefined
        ? {}
        : {
            parentheses: oneOf<ParenthesesStyle>(r.parentheses, PARENTHESES_STYLES, 'parentheses'),
          }),
      ...(r.freeVariables === undefined
        ? {}
        : {
            freeVariables: oneOf<FreeVariableTreatment>(
              r.freeVariables,
              FREE_VARIABLE_TREATMENTS,
              'freeVariables',
            ),
          }),
      ...(r.notation === undefined
        ? {}
        : { notation: oneOf<NotationStyle>(r.notation, NOTATION_STYLES, 'notation') }),
    };
  },
  listModels: (raw) => none(raw, 'listModels'),
  setActiveModel: (raw) => ({ id: id(object(raw, 'request').id, 'model id') }),
  listTrainingSets: (raw) => none(raw, 'listTrainingSets'),
  createTrainingSet: (raw): CreateTrainingSetRequest => {
    const name = string(object(raw, 'request').name, 'name', LIMITS.maxNameLength).trim();
    if (name.length === 0) throw bad('a training set needs a name');
    return { name };
  },
  addSamples: (raw): AddSamplesRequest => {
    const r = object(raw, 'request');
    return {
      setId: id(r.setId, 'setId'),
      samples: array(r.samples, 'samples', LIMITS.maxSamplesPerCall).map((s, i) =>
        sample(s, `samples[${i}]`),
      ),
    };
  },
  getSettings: (raw) => none(raw, 'getSettings'),
  updateSettings: (raw) => settingsPatch(raw),
  openImage: (raw) => none(raw, 'openImage'),
  saveText: (raw): SaveTextRequest => {
    const r = object(raw, 'request');
    return {
      suggestedName: string(r.suggestedName, 'suggestedName', 255),
      content: string(r.content, 'content', 10 * LIMITS.maxTextLength),
    };
  },
  saveBytes: (raw): SaveBytesRequest => {
    const r = object(raw, 'request');
    return {
      suggestedName: string(r.suggestedName, 'suggestedName', 255),
      bytes: bytes(r.bytes, 'bytes', MAX_ARCHIVE_BYTES),
    };
  },
  writeClipboard: (raw) => ({
    text: string(object(raw, 'request').text, 'text', 10 * LIMITS.maxTextLength),
  }),
  listRecentFiles: (raw) => none(raw, 'listRecentFiles'),
  openRecentFile: (raw) => ({ path: string(object(raw, 'request').path, 'path', 4096) }),
};
