/**
 * What every end-to-end test file sets up the same way: a `describe` that is skipped, saying
 * why, where the browser suite cannot run, and one app session shared by a block's tests.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { e2eSkipReason, startSession, type Session, type SessionOptions } from './harness.js';

const skip = e2eSkipReason();
if (skip !== null) console.warn(skip);

/** `describe` for tests that drive the page in Chromium: skipped where there is none. */
export const describeInBrowser = describe.skipIf(skip !== null);

/** A session whose opening and closing the block's hooks own. */
export type SuiteSession = Omit<Session, 'close'>;

/**
 * Opens the app before the block's first test and closes it after its last, so the tests may
 * build on what the ones before them did. Call it in the block's body; the session exists once
 * its `beforeAll` has run, so use it in tests and in hooks registered after this call.
 */
export function sessionPerSuite(options: SessionOptions = {}): SuiteSession {
  let started: Session | null = null;
  beforeAll(async () => {
    started = await startSession(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = (): Session => {
    if (started === null) throw new Error('the session opens in beforeAll: use it in a test');
    return started;
  };
  return {
    get page() {
      return current().page;
    },
    get app() {
      return current().app;
    },
    get pageErrors() {
      return current().pageErrors;
    },
    reopen: (reopened) => current().reopen(reopened),
  };
}
