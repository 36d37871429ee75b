import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * Gives each test of the file a fresh folder under the system's temporary one, handed to `use`
 * before the test (to set up what lives in it) and removed after it, whatever the test left.
 */
export function tempDirPerTest(prefix: string, use: (dir: string) => void | Promise<void>): void {
  let dir: string | null = null;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    await use(dir);
  });
  afterEach(async () => {
    if (dir !== null) await rm(dir, { recursive: true, force: true });
    dir = null;
  });
}
