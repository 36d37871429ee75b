/** The command line of `npm run serve`. */
import { BUILD_MODES, type BuildMode } from './renderer-stamp.js';

export interface ServeArgs {
  readonly port: number;
  /** When to build the page: `auto` rebuilds only when its sources changed. */
  readonly build: BuildMode;
  readonly help: boolean;
}

/** What an empty command line means; the help text is written from these. */
export const SERVE_DEFAULTS: Omit<ServeArgs, 'help'> = { port: 0, build: 'auto' };

const BUILD_FLAGS: Readonly<Record<Exclude<BuildMode, 'auto'>, string>> = {
  always: '--rebuild',
  never: '--no-build',
};

export const SERVE_USAGE = `Usage: npm run serve -- [--port N] [--rebuild | --no-build]

Serves Inkform to your browser on this machine only (127.0.0.1) and prints the address to open.

  --port N     listen on port N (default: ${SERVE_DEFAULTS.port}, any free port)
  --rebuild    build the page again even if the last build in .cache/web is up to date
  --no-build   reuse the last build of the page even if its sources changed since
  --help       show this text

By default (build mode "${SERVE_DEFAULTS.build}") the page is built only when it has never been
built or a file it is made from changed since the last build.

Settings, models and training sets are kept in $INKFORM_USER_DATA, or else in the desktop
app's folder (for example ~/.config/Inkform on Linux).`;

export class ServeArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServeArgsError';
  }
}

function buildModeOf(flag: string): BuildMode | undefined {
  return BUILD_MODES.find((mode) => mode !== 'auto' && BUILD_FLAGS[mode] === flag);
}

export function parseServeArgs(argv: readonly string[]): ServeArgs {
  let { port, build } = SERVE_DEFAULTS;
  let buildFlag: string | null = null;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const mode = buildModeOf(arg);
    if (mode !== undefined) {
      if (buildFlag !== null && buildFlag !== arg)
        throw new ServeArgsError(`${buildFlag} and ${arg} contradict each other; give one`);
      buildFlag = arg;
      build = mode;
    } else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[++i] : arg.slice('--port='.length);
      port = Number(value);
      if (value === undefined || !/^\d+$/.test(value) || port > 65535)
        throw new ServeArgsError(
          `--port needs a port number from 0 to 65535 (got "${value ?? ''}")`,
        );
    } else throw new ServeArgsError(`unknown option "${arg}"`);
  }
  return { port, build, help };
}
