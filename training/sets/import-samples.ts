/**
 * Bulk import of an ImageFolder tree, from a zip's bytes or a folder on disk. Every picture goes
 * through the training data's own decoder and normaliser, so an imported sample is exactly what
 * training would have made of the same file; whatever is not a usable sample is skipped and
 * counted by reason, and only a zip that is too large as a whole is refused.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glyphFromRaster } from '../../recognition/imaging/glyph-from-image.js';
import { glyphFromImageBytes, mapPool, type DecodedGlyph } from '../data/image-folder.js';
import { decodeBmp, isBmp } from './bmp.js';
import { listFolderEntries } from './folder-entries.js';
import { planImport, type EntryPlan } from './import-plan.js';
import {
  inflateZip,
  listZip,
  ZIP_LIMITS,
  type ZipEntryInfo,
  type ZipLimits,
} from './zip-entries.js';

export interface ImportResult {
  readonly added: number;
  /** Entries that did not become samples, by reason. */
  readonly skipped: Readonly<Record<string, number>>;
}

export interface ImportedSample {
  readonly label: string;
  readonly glyph: Uint8Array;
}

/** Stores a batch of samples; called as the import goes, so memory stays bounded. */
export type SaveSamples = (samples: readonly ImportedSample[]) => Promise<void>;

/** sharp decodes on libuv's pool (4 threads by default); a few more keep it busy. */
const DECODES_IN_FLIGHT = 8;
const SAVE_EVERY = 256;
/** A zip full of odd class names must not make a report with thousands of lines. */
const MAX_REASONS = 40;
const OTHER_REASONS = 'other reasons';

class Tally {
  readonly skipped: Record<string, number> = {};
  private reasons = 0;

  skip(reason: string): void {
    let key = reason;
    if (this.skipped[key] === undefined) {
      if (this.reasons >= MAX_REASONS) key = OTHER_REASONS;
      else this.reasons++;
    }
    this.skipped[key] = (this.skipped[key] ?? 0) + 1;
  }
}

/** `not a readable image (libpng error: …)` → `not a readable image`: one line per kind. */
const reasonKind = (reason: string): string => reason.replace(/\s*\(.*\)$/s, '');

/** sharp reads every format we accept but BMP, which has its own small reader. */
async function decodeGlyph(bytes: Uint8Array): Promise<DecodedGlyph> {
  if (!isBmp(bytes)) return glyphFromImageBytes(bytes);
  try {
    const glyph = glyphFromRaster(decodeBmp(bytes));
    return glyph ? { glyph } : { reason: 'blank image' };
  } catch (error) {
    return { reason: `not a readable image (${(error as Error).message})` };
  }
}

interface Pending {
  readonly label: string;
  readonly read: () => Promise<Uint8Array | string>;
}

/** Reads, decodes and saves `pending` in bounded chunks; reasons go to `tally`. */
async function decodeAndSave(
  pending: readonly Pending[],
  save: SaveSamples,
  tally: Tally,
): Promise<number> {
  let added = 0;
  for (let start = 0; start < pending.length; start += SAVE_EVERY) {
    const chunk = pending.slice(start, start + SAVE_EVERY);
    const decoded = await mapPool(
      chunk,
      DECODES_IN_FLIGHT,
      async (p): Promise<DecodedGlyph> => {
        const bytes = await p.read();
        return typeof bytes === 'string' ? { reason: bytes } : decodeGlyph(bytes);
      },
      () => {},
    );
    const samples: ImportedSample[] = [];
    decoded.forEach((result, i) => {
      if ('glyph' in result) samples.push({ label: chunk[i].label, glyph: result.glyph });
      else tally.skip(reasonKind(result.reason));
    });
    if (samples.length > 0) await save(samples);
    added += samples.length;
  }
  return added;
}

function tallyPlans(plans: readonly EntryPlan[], tally: Tally): void {
  for (const plan of plans) if (plan.kind === 'skip') tally.skip(plan.reason);
}

export async function importZip(
  bytes: Uint8Array,
  save: SaveSamples,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<ImportResult> {
  const entries = listZip(bytes, limits);
  const plans = planImport(
    entries.map((e) => e.name),
    { allowWrapper: true },
  );
  const tally = new Tally();
  tallyPlans(plans, tally);
  const chosen: ZipEntryInfo[] = [];
  const labels = new Map<number, string>();
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const plan = plans[i];
    if (plan.kind !== 'sample') return;
    if (seen.has(entry.name)) tally.skip('duplicate name');
    else if (entry.compression !== 0 && entry.compression !== 8)
      tally.skip('unsupported compression');
    else if (entry.originalSize > limits.maxEntryBytes || entry.size > limits.maxEntryBytes)
      tally.skip('file too large');
    else {
      chosen.push(entry);
      labels.set(entry.index, plan.className);
    }
    seen.add(entry.name);
  });

  let added = 0;
  for (const batch of inflateZip(bytes, chosen, limits)) {
    const pending = batch.entries.map((entry): Pending => ({
      label: labels.get(entry.index)!,
      read: async () => batch.data.get(entry.index) ?? 'damaged zip entry',
    }));
    added += await decodeAndSave(pending, save, tally);
  }
  return { added, skipped: tally.skipped };
}

export async function importFolder(
  root: string,
  save: SaveSamples,
  limits: Pick<ZipLimits, 'maxEntries' | 'maxEntryBytes'> = ZIP_LIMITS,
): Promise<ImportResult> {
  const names = await listFolderEntries(root, limits.maxEntries);
  const plans = planImport(names, { allowWrapper: false });
  const tally = new Tally();
  tallyPlans(plans, tally);
  const pending: Pending[] = [];
  plans.forEach((plan, i) => {
    if (plan.kind !== 'sample') return;
    const path = join(root, ...names[i].split('/'));
    pending.push({
      label: plan.className,
      read: async () => {
        try {
          const size = (await stat(path)).size;
          if (size > limits.maxEntryBytes) return 'file too large';
          return await readFile(path);
        } catch {
          return 'unreadable file';
        }
      },
    });
  });
  const added = await decodeAndSave(pending, save, tally);
  return { added, skipped: tally.skipped };
}
