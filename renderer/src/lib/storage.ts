/**
 * Small UI preferences that are not app settings (panel width, a remembered checkbox). Storage
 * may be missing or refuse writes (private windows, quota): then the preference lasts one session.
 */
function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

export function readPreference(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    storage()?.setItem(key, value);
  } catch {
    // Not remembered; the current session still uses the value.
  }
}
