import { describe, expect, it, vi } from 'vitest';
import { createQuitGuard } from './quit-guard.js';

describe('createQuitGuard', () => {
  it('holds the first quit until the pending work settles, then quits once', async () => {
    let finish: () => void = () => {};
    const work = new Promise<void>((done) => {
      finish = done;
    });
    let quitted: () => void = () => {};
    const quitting = new Promise<void>((done) => {
      quitted = done;
    });
    const quit = vi.fn(() => quitted());
    const guard = createQuitGuard(() => [work, Promise.reject(new Error('worker stuck'))], quit);
    const first = { preventDefault: vi.fn() };
    guard(first);
    const second = { preventDefault: vi.fn() };
    guard(second);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(second.preventDefault).toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
    finish();
    await quitting;
    expect(quit).toHaveBeenCalledOnce();
    const final = { preventDefault: vi.fn() };
    guard(final);
    expect(final.preventDefault).not.toHaveBeenCalled();
  });
});
