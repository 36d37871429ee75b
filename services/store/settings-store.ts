import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Settings, SettingsPatch } from '../contract/app.js';
import { VALIDATORS } from '../validate.js';
import { readJsonOr, writeFileAtomic } from '../../training/storage/atomic-file.js';

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  activeModelId: 'default',
  correctionSetId: null,
  liveRecognition: true,
  // Read as soon as a stroke ends: a reading takes tens of milliseconds in the worker, and the
  // UI keeps one in flight at most, so waiting for a pause would only add latency.
  recognitionDelayMs: 0,
  penWidth: 3,
};

/** Settings as saved may be partial or hand-edited: keep every valid field, drop the rest. */
function parseSettings(json: unknown): Settings {
  if (typeof json !== 'object' || json === null) throw new Error('not an object');
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    try {
      Object.assign(patch, VALIDATORS.updateSettings({ [key]: value }));
    } catch {
      // An unknown or invalid field falls back to its default.
    }
  }
  return { ...DEFAULT_SETTINGS, ...(patch as SettingsPatch) };
}

/** The user's settings in one JSON file, read once and written atomically on every change. */
export class SettingsStore {
  private current: Promise<Settings> | null = null;
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly warn: (message: string) => void = () => {},
  ) {}

  get(): Promise<Settings> {
    this.current ??= readJsonOr(this.path, parseSettings, DEFAULT_SETTINGS, this.warn);
    return this.current;
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    const next = { ...(await this.get()), ...patch };
    this.current = Promise.resolve(next);
    // Serialised so that two quick updates cannot land in the wrong order.
    const write = this.writes.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFileAtomic(this.path, `${JSON.stringify(next, null, 2)}\n`);
    });
    this.writes = write.catch(() => {});
    await write;
    return next;
  }
}
