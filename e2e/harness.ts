/**
 * The end-to-end harness: the real page, built once, served by the real bridge and back end
 * (on a throwaway user-data folder) and driven in Debian's Chromium through playwright-core.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { defaultModelDir } from '../recognition/models.js';
import { PROJECT_ROOT } from '../services/bridge/build-renderer.js';
import { startApp, type RunningApp } from '../services/bridge/serve.js';
import { builtRenderer } from './renderer-build.js';

/** Debian's Chromium, which CI installs; elsewhere point INKFORM_CHROMIUM at a Chromium or Chrome. */
export const CHROMIUM_PATH = process.env.INKFORM_CHROMIUM ?? '/usr/bin/chromium';

/** The screenshots in the README are taken at this size. */
export const VIEWPORT = { width: 1440, height: 900 } as const;

/** Generous for a loaded two-core machine; nothing waits this long when things work. */
export const UI_TIMEOUT_MS = 15_000;

/** Why the suite cannot run here, or null when it can. */
export function e2eSkipReason(): string | null {
  if (!existsSync(CHROMIUM_PATH))
    return `Chromium is not installed at ${CHROMIUM_PATH}: skipping the end-to-end tests (.ci/run installs it; or set INKFORM_CHROMIUM)`;
  if (!existsSync(join(PROJECT_ROOT, 'renderer', 'index.html')))
    return 'renderer/index.html is missing: skipping the end-to-end tests until the page exists';
  if (!existsSync(join(defaultModelDir(), 'inkform.json')))
    return 'models/default is missing: skipping the end-to-end tests, which recognise with it';
  return null;
}

export interface SessionOptions {
  readonly colorScheme?: 'light' | 'dark';
}

export interface Session {
  readonly page: Page;
  readonly app: RunningApp;
  /** Uncaught exceptions and console errors in the page (CSP violations among them). */
  readonly pageErrors: readonly string[];
  /** Opens the app again in a fresh tab of the same browser (same back end and settings). */
  reopen(options?: SessionOptions): Promise<Page>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function startSession(options: SessionOptions = {}): Promise<Session> {
  const rendererDir = await builtRenderer();
  const userDataDir = await mkdtemp(join(tmpdir(), 'inkform-e2e-'));
  let app: RunningApp | null = null;
  let browser: Browser | null = null;
  try {
    app = await startApp({ rendererDir, userDataDir });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch (error) {
    await browser?.close();
    await app?.stop();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const running = app;
  const launched = browser;
  const pageErrors: string[] = [];

  const open = async (opened: SessionOptions): Promise<Page> => {
    const context = await launched.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      colorScheme: opened.colorScheme ?? 'light',
      reducedMotion: 'reduce',
      // So the tests can read back what Copy put there.
      permissions: ['clipboard-read', 'clipboard-write'],
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    await page.goto(running.bridge.url);
    await page.getByTestId('ink-surface').waitFor({ state: 'visible' });
    return page;
  };

  const page = await open(options);
  return {
    page,
    app: running,
    pageErrors,
    reopen: (reopened = {}) => open(reopened),
    close: async () => {
      await launched.close();
      await running.stop();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
