import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

type Use = (dir: string) => void | Promise<void>;
/** `beforeEach` or `beforeAll`, `afterEach` or `afterAll`. */
type Hook = (fn: () => Promise<void>) => void;

/** A fresh folder made by `before`, handed to `use`, and removed by `after` whatever was left. */
function tempDir(before: Hook, after: Hook, prefix: string, use: Use): void {
  let dir: string | null = null;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    await use(dir);
  });
  after(async () => {
    if (dir !== null) await rm(dir, { recursive: true, force: true });
    dir = null;
  });
}

/** Gives each test of the file a fresh folder under the system's temporary one. */
export const tempDirPerTest = (prefix: string, use: Use): void =>
  tempDir(beforeEach, afterEach, prefix, use);

/** One folder under the system's temporary one for all the tests of the file. */
export const tempDirPerFile = (prefix: string, use: Use): void =>
  tempDir(beforeAll, afterAll, prefix, use);
