/**
 * Validators for the training-set methods of the app API, in the style of `validate.ts`: each
 * returns a fresh, typed copy or throws `ServiceError('bad-input')` naming the wrong field.
 * Sample and trash ids become file paths in the store, so they are held to the store's own
 * patterns here, before anything touches the disk.
 */
import { isAbsolute } from 'node:path';
import { SYMBOL_NAMES } from '../recognition/symbols.js';
import { SAMPLE_ID } from '../training/sets/sample-files.js';
import { TRASH_ID } from '../training/sets/trash.js';
import { LIMITS } from './contract/app.js';
import type {
  ImportSamplesRequest,
  ListSamplesRequest,
  ReadSheetRequest,
  RelabelRequest,
  RenameRequest,
  SampleImportSource,
  SampleSelection,
  SheetLayout,
  TrainingServiceApi,
} from './contract/training.js';
import type { TrainingSetMethod } from './training-sets-service.js';
import { array, bad, bytes, finite, id, object, oneOf, string } from './validate-primitives.js';

export const MAX_PAGE = 2000;
/** Enough to select every sample of a big class at once, small enough to check quickly. */
export const MAX_SELECTION = 50_000;
export const MAX_ZIP_BYTES = 512 * 1024 * 1024;
const MAX_SHEET_ROWS = 500;
const MAX_PATH_LENGTH = 4096;

const symbolLabel = (value: unknown, what: string): string => oneOf(value, SYMBOL_NAMES, what);

function integer(value: unknown, what: string, min: number, max: number): number {
  const n = finite(value, what);
  if (!Number.isInteger(n) || n < min || n > max)
    throw bad(`${what} must be a whole number from ${min} to ${max}`);
  return n;
}

function name(value: unknown, what: string): string {
  const text = string(value, what, LIMITS.maxNameLength).trim();
  if (text.length === 0) throw bad(`${what} must not be empty`);
  return text;
}

function trashId(value: unknown, what: string): string {
  const text = string(value, what, 80);
  if (!TRASH_ID.test(text)) throw bad(`${what} is not a valid trash id`);
  return text;
}

function selection(raw: unknown): SampleSelection {
  const r = object(raw, 'request');
  const sampleIds = array(r.sampleIds, 'sampleIds', MAX_SELECTION).map((value, i) => {
    const text = string(value, `sampleIds[${i}]`, 300);
    if (!SAMPLE_ID.test(text)) throw bad(`sampleIds[${i}] is not a valid sample id`);
    return text;
  });
  if (sampleIds.length === 0) throw bad('no samples are selected');
  return { setId: id(r.setId, 'setId'), sampleIds };
}

function importSource(value: unknown): SampleImportSource {
  const s = object(value, 'source');
  const kind = oneOf<SampleImportSource['kind']>(s.kind, ['zip', 'folder'], 'source.kind');
  if (kind === 'zip') {
    const data = bytes(s.bytes, 'source.bytes', MAX_ZIP_BYTES);
    if (data.length === 0) throw bad('the zip file is empty (0 bytes)');
    return { kind, bytes: data, name: string(s.name, 'source.name', 1000) };
  }
  const path = string(s.path, 'source.path', MAX_PATH_LENGTH);
  if (path.length === 0 || path.includes('\0') || !isAbsolute(path))
    throw bad('source.path must be the full path of a folder');
  return { kind, path };
}

function sheetLayout(value: unknown): SheetLayout {
  const l = object(value, 'layout');
  const kind = oneOf<SheetLayout['kind']>(l.kind, ['rows', 'single'], 'layout.kind');
  if (kind === 'single') return { kind, label: symbolLabel(l.label, 'layout.label') };
  const labels = array(l.labels, 'layout.labels', MAX_SHEET_ROWS).map((label, i) =>
    symbolLabel(label, `layout.labels[${i}]`),
  );
  if (labels.length === 0) throw bad('layout.labels needs a label for at least one row');
  return { kind, labels };
}

type TrainingSetValidators = {
  readonly [M in TrainingSetMethod]: (raw: unknown) => Parameters<TrainingServiceApi[M]>[0];
};

export const TRAINING_SET_VALIDATORS: TrainingSetValidators = {
  listSamples: (raw): ListSamplesRequest => {
    const r = object(raw, 'request');
    return {
      setId: id(r.setId, 'setId'),
      label: r.label === null ? null : symbolLabel(r.label, 'label'),
      offset: integer(r.offset, 'offset', 0, Number.MAX_SAFE_INTEGER),
      limit: integer(r.limit, 'limit', 0, MAX_PAGE),
    };
  },
  relabelSamples: (raw): RelabelRequest => ({
    ...selection(raw),
    label: symbolLabel(object(raw, 'request').label, 'label'),
  }),
  deleteSamples: (raw): SampleSelection => selection(raw),
  restoreSamples: (raw) => {
    const r = object(raw, 'request');
    return { setId: id(r.setId, 'setId'), trashId: trashId(r.trashId, 'trashId') };
  },
  renameTrainingSet: (raw): RenameRequest => {
    const r = object(raw, 'request');
    return { id: id(r.id, 'id'), name: name(r.name, 'name') };
  },
  deleteTrainingSet: (raw) => ({ id: id(object(raw, 'request').id, 'id') }),
  restoreTrainingSet: (raw) => ({ trashId: trashId(object(raw, 'request').trashId, 'trashId') }),
  importSamples: (raw): ImportSamplesRequest => {
    const r = object(raw, 'request');
    return { setId: id(r.setId, 'setId'), source: importSource(r.source) };
  },
  readSheet: (raw): ReadSheetRequest => {
    const r = object(raw, 'request');
    const data = bytes(r.bytes, 'image', LIMITS.maxImageBytes);
    if (data.length === 0) throw bad('the file is empty (0 bytes)');
    return { bytes: data, name: string(r.name, 'name', 1000), layout: sheetLayout(r.layout) };
  },
  findOutliers: (raw) => ({ setId: id(object(raw, 'request').setId, 'setId') }),
};
