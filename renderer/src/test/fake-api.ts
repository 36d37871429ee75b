/**
 * An in-memory InkformApi for component tests and for looking at the page without a back end.
 * Its answers are shaped like the real service's (services/app-services.ts) for the formulas
 * below, and every call is recorded. No test-runner imports, so a browser page can use it too.
 */
import {
  ApiError,
  type Alternative,
  type AppEvent,
  type AppLine,
  type AppSymbol,
  type Box,
  type FormulaExports,
  type ImageResult,
  type InkformApi,
  type InvokeMethod,
  type ModelList,
  type OpenedImage,
  type ParseFormulaResult,
  type RecognizedLine,
  type Settings,
  type StrokeResult,
  type TrainingSetInfo,
} from '@services/contract';
import { SYMBOL_NAMES, symbolByChar, symbolByName } from '@recognition';
import { createTrainingHalf } from './fake-training';

/** Well-formed formulas the fake knows, with the exports the real exporters give. */
export const KNOWN_FORMULAS: Readonly<Record<string, FormulaExports>> = {
  '∀x(P(x)→Q(x))': {
    unicode: '∀x(P(x)→Q(x))',
    latex: '\\forall x \\, (P(x) \\to Q(x))',
    tptp: '![X]: (p(X) => q(X))',
    prover9: 'all x (P(x) -> Q(x))',
    ascii: 'forall x (P(x) -> Q(x))',
    freeVariables: null,
  },
  '∃x(P(x)→Q(x))': {
    unicode: '∃x(P(x)→Q(x))',
    latex: '\\exists x \\, (P(x) \\to Q(x))',
    tptp: '?[X]: (p(X) => q(X))',
    prover9: 'exists x (P(x) -> Q(x))',
    ascii: 'exists x (P(x) -> Q(x))',
    freeVariables: null,
  },
  '∃y(R(y)∧¬S(y))': {
    unicode: '∃y(R(y)∧¬S(y))',
    latex: '\\exists y \\, (R(y) \\wedge \\neg S(y))',
    tptp: '?[Y]: (r(Y) & ~ s(Y))',
    prover9: 'exists y (R(y) & -S(y))',
    ascii: 'exists y (R(y) & ~S(y))',
    freeVariables: null,
  },
};

/** The classifier's top candidates per character, best first, as the real top 5 look. */
const CANDIDATES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  '∀': [
    ['forall', 0.94],
    ['A', 0.03],
    ['V', 0.012],
    ['vee', 0.01],
    ['y', 0.004],
  ],
  '∃': [
    ['exists', 0.91],
    ['E', 0.06],
    ['3', 0.02],
    ['F', 0.006],
  ],
  x: [
    ['x', 0.81],
    ['X', 0.12],
    ['y', 0.03],
    ['k', 0.02],
    ['vee', 0.01],
  ],
  y: [
    ['y', 0.86],
    ['Y', 0.07],
    ['g', 0.03],
    ['4', 0.02],
    ['x', 0.01],
  ],
  '(': [
    ['lparen', 0.97],
    ['c', 0.012],
    ['C', 0.01],
    ['1', 0.004],
    ['l', 0.002],
  ],
  ')': [
    ['rparen', 0.95],
    ['1', 0.02],
    ['l', 0.012],
    ['J', 0.01],
    ['comma', 0.005],
  ],
  P: [
    ['P', 0.71],
    ['p', 0.22],
    ['D', 0.04],
    ['F', 0.02],
    ['R', 0.01],
  ],
  Q: [
    ['Q', 0.88],
    ['O', 0.06],
    ['a', 0.03],
    ['0', 0.02],
    ['G', 0.01],
  ],
  R: [
    ['R', 0.9],
    ['K', 0.04],
    ['P', 0.03],
    ['A', 0.02],
    ['B', 0.01],
  ],
  S: [
    ['S', 0.58],
    ['s', 0.35],
    ['5', 0.04],
    ['8', 0.02],
    ['3', 0.01],
  ],
  '→': [
    ['rightarrow', 0.96],
    ['Rightarrow', 0.02],
    ['leftrightarrow', 0.01],
    ['neg', 0.005],
    ['eq', 0.003],
  ],
  '∧': [
    ['wedge', 0.93],
    ['A', 0.04],
    ['n', 0.01],
    ['vee', 0.01],
    ['1', 0.005],
  ],
  '¬': [
    ['neg', 0.89],
    ['rightarrow', 0.05],
    ['eq', 0.03],
    ['7', 0.02],
    ['T', 0.01],
  ],
};

const charOf = (label: string): string => symbolByName(label)?.char ?? '?';

function alternativesFor(char: string): Alternative[] {
  const table = CANDIDATES[char] ?? [[symbolByChar(char)?.name ?? char, 0.9]];
  return table
    .filter(([label]) => symbolByName(label) !== undefined)
    .map(([label, probability]) => ({ label, char: charOf(label), probability }));
}

/** A 28×28 glyph: the symbol's index as a bar, so each glyph is different and non-empty. */
function glyphFor(index: number): Uint8Array {
  const glyph = new Uint8Array(784);
  for (let row = 4; row < 24; row++) glyph[row * 28 + 4 + (index % 20)] = 255;
  return glyph;
}

const TALL = new Set(['∀', '∃', '(', ')', 'P', 'Q', 'R', 'S']);

/** Lays the characters of a formula out as handwriting would: ~48 units apart, caps taller. */
export function fakeLine(text: string, origin: { x: number; y: number }, scale = 1): AppLine {
  const chars = [...text];
  const symbols: AppSymbol[] = chars.map((char, i) => {
    const tall = TALL.has(char);
    const height = (tall ? 64 : 40) * scale;
    const box: Box = {
      x: origin.x + i * 48 * scale,
      y: origin.y + (tall ? 0 : 24 * scale),
      width: (char === '(' || char === ')' ? 20 : 36) * scale,
      height,
    };
    const alternatives = alternativesFor(char);
    const best = alternatives[0];
    return {
      label: best.label,
      char: best.char,
      confidence: best.probability,
      box,
      alternatives,
      glyph: glyphFor(i),
    };
  });
  return {
    ...lineFields(
      symbols.map((s) => s.box),
      text,
    ),
    symbols,
  };
}

function unionBox(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** The line fields that follow from its text and symbol boxes, as the decoder reports them. */
function lineFields(boxes: readonly Box[], text: string): Omit<RecognizedLine, 'symbols'> {
  const exports = KNOWN_FORMULAS[text] ?? null;
  return {
    text,
    wellFormed: exports !== null,
    kind: exports !== null ? 'formula' : 'unparsed',
    error: exports !== null ? null : { position: firstSuspect(text), message: 'Expected a term' },
    exports,
    box: unionBox(boxes),
  };
}

/** Where a fake parse fails: the first lowercase letter directly before a parenthesis. */
function firstSuspect(text: string): number {
  const chars = [...text];
  const i = chars.findIndex((c, k) => /[a-z]/.test(c) && chars[k + 1] === '(');
  return i < 0 ? chars.length : i;
}

/** The fake's own small reader: enough to tell well-formed text from typical mistakes. */
export function fakeParse(text: string): ParseFormulaResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Expected a formula', offset: text.length };
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) continue;
    if (symbolByChar(c) === undefined)
      return { ok: false, message: `Unexpected character “${c}”`, offset: i };
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) return { ok: false, message: 'Unexpected “)”', offset: i };
  }
  if (depth > 0) return { ok: false, message: 'Missing “)”', offset: text.length };
  if (/[∀∃¬∧∨→↔]$/.test(trimmed))
    return { ok: false, message: 'Unexpected end of formula', offset: text.length };
  const known = KNOWN_FORMULAS[trimmed.replace(/\s+/g, '')];
  if (known !== undefined)
    return { ok: true, unicode: known.unicode, exports: known, kind: 'formula' };
  const compact = trimmed.replace(/\s+/g, '');
  const spell = (column: 'latex' | 'tptp' | 'prover9' | 'ascii', sep: string) =>
    [...compact].map((c) => symbolByChar(c)?.[column] ?? c).join(sep);
  return {
    ok: true,
    unicode: compact,
    kind: 'formula',
    exports: {
      unicode: compact,
      latex: spell('latex', ' '),
      tptp: spell('tptp', ' '),
      prover9: spell('prover9', ' '),
      ascii: spell('ascii', ' '),
      freeVariables: null,
    },
  };
}

export interface RecordedCall {
  readonly method: InvokeMethod;
  readonly arg: unknown;
}

type ArgOf<M extends InvokeMethod> =
  Parameters<InkformApi[M]> extends [infer A, ...unknown[]] ? A : undefined;

export interface FakeApiOptions {
  readonly settings?: Partial<Settings>;
  /** Lines returned for any drawing. */
  readonly strokeLines?: readonly AppLine[];
  readonly imageResult?: ImageResult;
  /** What the open dialog returns; null = the user cancelled. */
  readonly openImage?: OpenedImage | null;
  /** Answers take this long (ms), as the real back end does; 0 = next microtask. */
  readonly latencyMs?: number;
}

export interface FakeApi extends InkformApi {
  readonly calls: readonly RecordedCall[];
  callsTo<M extends InvokeMethod>(method: M): ArgOf<M>[];
  /** The next call of `method` rejects with `error`. */
  failNext(method: InvokeMethod, error: Error): void;
  /** Pushes an event to the page, as main or the bridge would. */
  emit(event: AppEvent): void;
  readonly clipboard: string | null;
  readonly settings: Settings;
}

export const FAKE_STROKE_LINE = fakeLine('∀x(P(x)→Q(x))', { x: 120, y: 140 });

export const FAKE_IMAGE_RESULT: ImageResult = {
  width: 1200,
  height: 800,
  paper: { x: 60, y: 40, width: 1080, height: 720 },
  lines: [
    fakeLine('∀x(P(x)→Q(x))', { x: 180, y: 180 }, 1.2),
    fakeLine('∃y(R(y)∧¬S(y))', { x: 180, y: 420 }, 1.2),
  ],
  modelId: 'default',
  elapsedMs: 412,
};

export const FAKE_MODELS: ModelList = {
  models: [
    {
      id: 'default',
      name: 'Default model',
      builtIn: true,
      algorithm: 'adam',
      classes: SYMBOL_NAMES.length + 1,
      symbols: SYMBOL_NAMES.length,
      createdAt: '2026-11-01T10:00:00.000Z',
      accuracy: 0.9213,
      mergedAccuracy: 0.9402,
      testSamples: 3120,
    },
    {
      id: 'my-rprop',
      name: 'My Rprop model',
      builtIn: false,
      algorithm: 'rprop',
      classes: SYMBOL_NAMES.length + 1,
      symbols: SYMBOL_NAMES.length,
      createdAt: '2026-11-20T16:30:00.000Z',
      accuracy: 0.8012,
      mergedAccuracy: 0.8133,
      testSamples: 1560,
    },
  ],
  activeId: 'default',
  broken: [],
};

export function createFakeApi(options: FakeApiOptions = {}): FakeApi {
  const calls: RecordedCall[] = [];
  const failures = new Map<InvokeMethod, Error>();
  const listeners = new Set<(event: AppEvent) => void>();
  let settings: Settings = {
    theme: 'system',
    activeModelId: 'default',
    correctionSetId: null,
    liveRecognition: true,
    recognitionDelayMs: 300,
    penWidth: 3,
    ...options.settings,
  };
  // One list the training fake edits too (rename, delete), so listModels sees its changes.
  const modelInfos = [...FAKE_MODELS.models];
  let activeId = settings.activeModelId;
  const modelList = (): ModelList => ({ models: [...modelInfos], activeId, broken: [] });
  const sets: TrainingSetInfo[] = [];
  let clipboard: string | null = null;
  const latency = options.latencyMs ?? 0;

  /** Records the call, then answers after the latency, or fails if a failure was queued. */
  function answer<T>(method: InvokeMethod, arg: unknown, value: () => T): Promise<T> {
    calls.push({ method, arg });
    const failure = failures.get(method);
    failures.delete(method);
    return new Promise<T>((resolve, reject) => {
      const settle = () => {
        if (failure !== undefined) reject(failure);
        else {
          try {
            resolve(value());
          } catch (error) {
            reject(error);
          }
        }
      };
      if (latency > 0) setTimeout(settle, latency);
      else queueMicrotask(settle);
    });
  }

  const emit = (event: AppEvent): void => {
    for (const listener of [...listeners]) listener(event);
  };

  const api: FakeApi = {
    get calls() {
      return calls;
    },
    callsTo<M extends InvokeMethod>(method: M): ArgOf<M>[] {
      return calls.filter((c) => c.method === method).map((c) => c.arg as ArgOf<M>);
    },
    failNext(method, error) {
      failures.set(method, error);
    },
    emit,
    get clipboard() {
      return clipboard;
    },
    get settings() {
      return settings;
    },

    getAppInfo: () =>
      answer('getAppInfo', undefined, () => ({
        version: '0.1.0',
        shell: 'browser' as const,
        userDataDir: '/home/user/.config/inkform',
      })),
    recognizeStrokes: (request) =>
      answer('recognizeStrokes', request, (): StrokeResult => {
        const lines =
          request.strokes.length === 0 ? [] : (options.strokeLines ?? [FAKE_STROKE_LINE]);
        return { lines, modelId: activeId, elapsedMs: 38 };
      }),
    recognizeImage: (request) =>
      answer('recognizeImage', request, (): ImageResult => {
        if (request.bytes.length === 0) throw new ApiError('bad-input', 'The file is empty.');
        return { ...(options.imageResult ?? FAKE_IMAGE_RESULT), modelId: activeId };
      }),
    redecodeLine: (request) =>
      answer('redecodeLine', request, (): RecognizedLine => {
        const symbols = request.glyphs.map((glyph, i) => {
          const label = request.forced[i] ?? glyph.alternatives[0]?.label ?? '?';
          const chosen = glyph.alternatives.find((a) => a.label === label);
          return {
            label,
            char: charOf(label),
            confidence: request.forced[i] !== null ? 1 : (chosen?.probability ?? 0),
            box: glyph.box,
            alternatives: glyph.alternatives,
          };
        });
        const text = symbols.map((s) => s.char).join('');
        return {
          ...lineFields(
            symbols.map((s) => s.box),
            text,
          ),
          symbols,
        };
      }),
    parseFormula: (request) => answer('parseFormula', request, () => fakeParse(request.text)),
    listModels: () => answer('listModels', undefined, modelList),
    setActiveModel: (request) =>
      answer('setActiveModel', request, () => {
        if (!modelInfos.some((m) => m.id === request.id))
          throw new ApiError('not-found', `There is no model “${request.id}”.`);
        activeId = request.id;
        settings = { ...settings, activeModelId: request.id };
        return modelList();
      }),
    getSettings: () => answer('getSettings', undefined, () => settings),
    updateSettings: (patch) =>
      answer('updateSettings', patch, () => {
        settings = { ...settings, ...patch };
        return settings;
      }),

    openImage: () => answer('openImage', undefined, () => options.openImage ?? null),
    saveText: (request) =>
      answer('saveText', request, () => ({
        saved: true,
        path: `/home/user/Documents/${request.suggestedName}`,
      })),
    saveBytes: (request) =>
      answer('saveBytes', request, () => ({
        saved: true,
        path: `/home/user/Documents/${request.suggestedName}`,
      })),
    writeClipboard: (request) =>
      answer('writeClipboard', request, () => {
        clipboard = request.text;
      }),
    listRecentFiles: () => answer('listRecentFiles', undefined, () => []),
    openRecentFile: (request) =>
      answer('openRecentFile', request, (): OpenedImage => {
        throw new ApiError('not-found', `“${request.path}” is no longer there.`);
      }),

    ...createTrainingHalf(answer, { sets, models: modelInfos }),

    onEvent(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return api;
}
