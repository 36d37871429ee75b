import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlyphClassifier } from './classifier.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shipped model; packaged builds set INKFORM_DEFAULT_MODEL to where they put it. */
export function defaultModelDir(): string {
  return process.env.INKFORM_DEFAULT_MODEL ?? join(projectRoot, 'models', 'default');
}

const loaded = new Map<string, Promise<GlyphClassifier>>();

/** Loads a model once per process; a failed load is not cached, so a fixed file can be retried. */
export function loadClassifier(dir: string = defaultModelDir()): Promise<GlyphClassifier> {
  const key = resolve(dir);
  let pending = loaded.get(key);
  if (!pending) {
    pending = GlyphClassifier.load(key);
    loaded.set(key, pending);
    pending.catch(() => loaded.delete(key));
  }
  return pending;
}
