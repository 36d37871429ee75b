/**
 * `npm run serve`: Inkform in a browser, for machines without Electron. Builds the page when its
 * sources changed since the last build, starts the real back end and the bridge, prints the
 * address and runs until Ctrl+C. The end-to-end tests start the same thing in-process with
 * `startApp`.
 */
import { pathToFileURL } from 'node:url';
import { createAppServices, type AppServices } from '../app-services.js';
import type { AppEvent } from '../contract/app.js';
import { buildRendererStamped, DEFAULT_WEB_DIR, rendererBuildDecision } from './build-renderer.js';
import { parseServeArgs, SERVE_USAGE, ServeArgsError } from './serve-args.js';
import { startBridge, type Bridge } from './server.js';
import { defaultUserDataDir } from './user-data-dir.js';

export interface AppOptions {
  /** The built page (see `buildRenderer`). */
  readonly rendererDir: string;
  readonly userDataDir: string;
  readonly port?: number;
}

export interface RunningApp {
  readonly bridge: Bridge;
  readonly services: AppServices;
  /** Closes the bridge, then the back end (its recognition worker). */
  stop(): Promise<void>;
}

export async function startApp(options: AppOptions): Promise<RunningApp> {
  // The services need `emit` before the bridge that delivers events exists; nothing is
  // connected before then, so an event from that moment has nobody to reach anyway.
  let bridge: Bridge | null = null;
  const emit = (event: AppEvent) => bridge?.emit(event);
  const services = createAppServices({
    userDataDir: options.userDataDir,
    emit,
    shell: 'browser',
    warmUp: true,
  });
  try {
    bridge = await startBridge({ services, rendererDir: options.rendererDir, port: options.port });
  } catch (error) {
    await services.dispose();
    throw error;
  }
  const started = bridge;
  return {
    bridge: started,
    services,
    stop: async () => {
      await started.close();
      await services.dispose();
    },
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseServeArgs(argv);
  if (args.help) {
    console.log(SERVE_USAGE);
    return;
  }
  const decision = await rendererBuildDecision(DEFAULT_WEB_DIR, args.build);
  if (decision.build) {
    console.log(`Building the Inkform page (${decision.why})…`);
    await buildRendererStamped(DEFAULT_WEB_DIR);
  } else console.log(`Using the page built earlier (${decision.why}; --rebuild builds it again)`);
  const app = await startApp({
    rendererDir: DEFAULT_WEB_DIR,
    userDataDir: defaultUserDataDir(),
    port: args.port,
  });
  console.log(`Inkform is running at ${app.bridge.url}`);
  console.log('Open that address in your browser. Press Ctrl+C to stop.');

  let stopping = false;
  const stop = () => {
    // A second Ctrl+C means "now", even if the worker is slow to end.
    if (stopping) process.exit(130);
    stopping = true;
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (error instanceof ServeArgsError) {
      console.error(`error: ${error.message}\n\n${SERVE_USAGE}`);
      process.exit(2);
    }
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      console.error('error: that port is already in use; pick another with --port, or omit it');
      process.exit(1);
    }
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
