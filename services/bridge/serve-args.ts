/** The command line of `npm run serve`. */

export interface ServeArgs {
  readonly port: number;
  /** False with `--no-build`: reuse the last build when there is one. */
  readonly build: boolean;
  readonly help: boolean;
}

export const SERVE_USAGE = `Usage: npm run serve -- [--port N] [--no-build]

Serves Inkform to your browser on this machine only (127.0.0.1) and prints the address to open.

  --port N     listen on port N (default: any free port)
  --no-build   reuse the last build of the page in .cache/web instead of building it again
  --help       show this text

Settings, models and training sets are kept in $INKFORM_USER_DATA, or else in the desktop
app's folder (for example ~/.config/Inkform on Linux).`;

export class ServeArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServeArgsError';
  }
}

export function parseServeArgs(argv: readonly string[]): ServeArgs {
  let port = 0;
  let build = true;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') build = false;
    else if (arg === '--help' || arg === '-h') help = true;
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
