import { describe, expect, it } from 'vitest';
import { parseServeArgs, SERVE_DEFAULTS, SERVE_USAGE, ServeArgsError } from './serve-args.js';

describe('parseServeArgs', () => {
  it('defaults to any free port and building only when the sources changed', () => {
    expect(parseServeArgs([])).toEqual({ port: 0, build: 'auto', help: false });
  });

  it('reads --port in both spellings, --rebuild, --no-build and --help', () => {
    expect(parseServeArgs(['--port', '8123', '--no-build'])).toEqual({
      port: 8123,
      build: 'never',
      help: false,
    });
    expect(parseServeArgs(['--rebuild']).build).toBe('always');
    expect(parseServeArgs(['--rebuild', '--rebuild']).build).toBe('always');
    expect(parseServeArgs(['--port=0']).port).toBe(0);
    expect(parseServeArgs(['-h']).help).toBe(true);
  });

  it('refuses bad ports, unknown options and contradicting build flags with a message', () => {
    for (const argv of [
      ['--port'],
      ['--port', 'x'],
      ['--port=70000'],
      ['--port', '-1'],
      ['--host'],
      ['--rebuild', '--no-build'],
    ])
      expect(() => parseServeArgs(argv)).toThrow(ServeArgsError);
  });

  it('shows every default in --help', () => {
    expect(SERVE_USAGE).toContain(`(default: ${SERVE_DEFAULTS.port}`);
    expect(SERVE_USAGE).toContain(`build mode "${SERVE_DEFAULTS.build}"`);
    expect(SERVE_USAGE).toContain('--rebuild');
  });
});
