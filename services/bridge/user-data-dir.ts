/**
 * Where the browser version keeps settings, models and training sets: the desktop app's own
 * folder (Electron's `userData`), so both see the same models and corrections.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { userDataDirIn } from '../shell/paths.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Electron's `appData` for each platform. */
export function appDataDir(platform: NodeJS.Platform, env: Env, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

export function defaultUserDataDir(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.INKFORM_USER_DATA) return env.INKFORM_USER_DATA;
  return userDataDirIn(appDataDir(platform, env, home));
}
