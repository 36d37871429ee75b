import { describe, expect, it, vi } from 'vitest';
import { isNativeLinuxSharp, preferSharpWasm, type RegisterHooks } from './sharp-wasm.js';

describe('sharp on Linux', () => {
  it('recognises the native Linux packages and nothing else', () => {
    for (const name of [
      '@img/sharp-linux-x64/sharp.node',
      '@img/sharp-linux-arm64',
      '@img/sharp-linuxmusl-x64/sharp.node',
      '@img/sharp-libvips-linux-x64/lib',
    ])
      expect(isNativeLinuxSharp(name)).toBe(true);
    for (const name of [
      '@img/sharp-wasm32/sharp.node',
      'sharp',
      '@img/colour',
      '@img/sharp-win32-x64',
    ])
      expect(isNativeLinuxSharp(name)).toBe(false);
  });

  it('hides the native package from module resolution so sharp falls back to wasm', () => {
    let hook: Parameters<RegisterHooks>[0] | undefined;
    const register: RegisterHooks = (hooks) => {
      hook = hooks;
    };
    expect(preferSharpWasm(register)).toBe(true);
    const next = vi.fn((specifier: string) => ({ url: `file:///${specifier}` }));
    expect(() => hook?.resolve('@img/sharp-linux-x64/sharp.node', {}, next)).toThrow(
      expect.objectContaining({ code: 'MODULE_NOT_FOUND' }),
    );
    expect(hook?.resolve('@img/sharp-wasm32/sharp.node', {}, next)).toEqual({
      url: 'file:///@img/sharp-wasm32/sharp.node',
    });
    expect(next).toHaveBeenCalledOnce();
  });

  it('reports when this Node has no resolve hooks', () => {
    expect(preferSharpWasm(undefined)).toBe(false);
  });
});
