import { describe, expect, it } from 'vitest';
import { parseServeArgs, ServeArgsError } from './serve-args.js';

describe('parseServeArgs', () => {
  it('defaults to any free port and a fresh build', () => {
    expect(parseServeArgs([])).toEqual({ port: 0, build: true, help: false });
  });

  it('reads --port in both spellings, --no-build and --help', () => {
    expect(parseServeArgs(['--port', '8123', '--no-build'])).toEqual({
      port: 8123,
      build: false,
      help: false,
    });
    expect(parseServeArgs(['--port=0']).port).toBe(0);
    expect(parseServeArgs(['-h']).help).toBe(true);
  });

  it('refuses bad ports and unknown options with a message', () => {
    for (const argv of [
      ['--port'],
      ['--port', 'x'],
      ['--port=70000'],
      ['--port', '-1'],
      ['--host'],
    ])
      expect(() => parseServeArgs(argv)).toThrow(ServeArgsError);
  });
});
