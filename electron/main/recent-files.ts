import { basename, resolve } from 'node:path';
import type { RecentFile } from '../../services/contract/app.js';
import { readJsonOr, writeFileAtomic } from '../../training/storage/atomic-file.js';

export const MAX_RECENT_FILES = 10;

function parseEntry(value: unknown, index: number): RecentFile {
  if (typeof value !== 'object' || value === null)
    throw new Error(`entry ${index} is not an object`);
  const e = value as Record<string, unknown>;
  if (typeof e.path !== 'string' || e.path.length === 0 || e.path.length > 4096)
    throw new Error(`entry ${index} has no valid path`);
  if (typeof e.openedAt !== 'string' || Number.isNaN(Date.parse(e.openedAt)))
    throw new Error(`entry ${index} has no valid date`);
  return { path: e.path, name: basename(e.path), openedAt: e.openedAt };
}

/** Checks a parsed file; throws on anything unexpected so the caller falls back to no history. */
export function parseRecentFiles(json: unknown): readonly RecentFile[] {
  if (!Array.isArray(json)) throw new Error('recent files must be a list');
  const seen = new Set<string>();
  const entries: RecentFile[] = [];
  json.forEach((value, i) => {
    const entry = parseEntry(value, i);
    if (seen.has(entry.path)) return;
    seen.add(entry.path);
    entries.push(entry);
  });
  return entries.slice(0, MAX_RECENT_FILES);
}

/**
 * The images opened lately, newest first, kept in one JSON file. Changes are queued so two
 * quick opens cannot overwrite each other's update, and each write is atomic so a crash
 * leaves the old list or the new, never a broken file.
 */
export class RecentFilesStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly onInvalid?: (message: string) => void,
  ) {}

  list(): Promise<readonly RecentFile[]> {
    return this.enqueue(() => this.read());
  }

  /** True when `path` is in the list: only those may be reopened by path from the page. */
  async has(path: string): Promise<boolean> {
    const key = resolve(path);
    return (await this.list()).some((entry) => entry.path === key);
  }

  add(path: string, now: Date = new Date()): Promise<readonly RecentFile[]> {
    const key = resolve(path);
    return this.update((entries) => [
      { path: key, name: basename(key), openedAt: now.toISOString() },
      ...entries.filter((entry) => entry.path !== key),
    ]);
  }

  remove(path: string): Promise<readonly RecentFile[]> {
    const key = resolve(path);
    return this.update((entries) => entries.filter((entry) => entry.path !== key));
  }

  clear(): Promise<readonly RecentFile[]> {
    return this.update(() => []);
  }

  private read(): Promise<readonly RecentFile[]> {
    return readJsonOr(this.file, parseRecentFiles, [], this.onInvalid);
  }

  private update(
    change: (entries: readonly RecentFile[]) => readonly RecentFile[],
  ): Promise<readonly RecentFile[]> {
    return this.enqueue(async () => {
      const next = change(await this.read()).slice(0, MAX_RECENT_FILES);
      await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
      return next;
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
