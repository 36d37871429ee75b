import nodeModule from 'node:module';

/**
 * sharp's native Linux build links its own GLib, which clashes with the GLib Electron loads and
 * crashes the process (electron/electron#46323). sharp 0.35 has no switch for this: it tries
 * its native package for the platform first and falls back to `@img/sharp-wasm32` only when
 * that package cannot be found. So on Linux the native package is made unfindable:
 *
 * - packaged builds leave it out (electron-builder.yml, `linux.files`), which covers every
 *   thread of the app;
 * - runs from source have it in node_modules, so this resolve hook hides it. Hooks are per
 *   thread: prefer-sharp-wasm.ts installs it in main and in every bundled worker.
 */
const NATIVE_LINUX_SHARP = /^@img\/sharp-(?:libvips-)?linux(?:musl)?-[^/]+(?:\/|$)/;

export const isNativeLinuxSharp = (specifier: string): boolean =>
  NATIVE_LINUX_SHARP.test(specifier);

type NextResolve = (specifier: string, context: unknown) => unknown;
type ResolveHook = (specifier: string, context: unknown, next: NextResolve) => unknown;
/** `module.registerHooks`, Node ≥ 22.15 (Electron 45 ships Node 22); absent from @types/node 20. */
export type RegisterHooks = (hooks: { resolve: ResolveHook }) => unknown;

function notFound(specifier: string): Error {
  return Object.assign(
    new Error(
      `Cannot find module '${specifier}' (hidden: sharp runs as WebAssembly in Electron on Linux)`,
    ),
    {
      code: 'MODULE_NOT_FOUND',
    },
  );
}

/** Installs the hook; false when this Node has no synchronous resolve hooks. */
export function preferSharpWasm(
  registerHooks: RegisterHooks | undefined = (nodeModule as { registerHooks?: RegisterHooks })
    .registerHooks,
): boolean {
  if (!registerHooks) return false;
  registerHooks({
    resolve(specifier, context, next) {
      if (isNativeLinuxSharp(specifier)) throw notFound(specifier);
      return next(specifier, context);
    },
  });
  return true;
}
