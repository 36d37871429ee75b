import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe } from 'vitest';
import { defaultModelDir, loadClassifier } from './models.js';

/** Whether models/default is there; a checkout without it skips the tests that read with it. */
export const hasShippedModel = existsSync(join(defaultModelDir(), 'inkform.json'));

/**
 * `describe` for tests that read with the shipped model, which recognition uses when it is given
 * no classifier: skipped where the model is missing, and the model loaded before the block, so
 * that its first test is not charged with the loading.
 */
export function describeWithShippedModel(title: string, body: () => void): void {
  describe.skipIf(!hasShippedModel)(title, () => {
    beforeAll(async () => {
      await loadClassifier();
    });
    body();
  });
}
