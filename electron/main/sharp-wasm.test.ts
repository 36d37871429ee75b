import { describe, expect, it, vi } from 'vitest';
import { isNativeLinuxSharp, preferSharpWasm, type RegisterHooks } from './sharp-wasm.js';

describe('sharp on Linux', () => {
  // The native Linux packages and nothing else.
  it.each([
    ['@img/sharp-linux-x64/sharp.node', true],
    ['@img/sharp-linux-arm64', true],
    ['@img/sharp-linuxmusl-x64/sharp.node', true],
    ['@img/sharp-libvips-linux-x64/lib', true],
    ['@img/sharp-wasm32/sharp.node', false],
    ['sharp', false],
    ['@img/colour', false],
    ['@img/sharp-win32-x64', false],
  ])('tells whether %s is native Linux sharp (%s)', (name, native) => {
    expect(isNativeLinuxSharp(name)).toBe(native);
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
