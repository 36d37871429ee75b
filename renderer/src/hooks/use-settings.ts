import { useCallback } from 'react';
import type { InkformApi, Settings, SettingsPatch } from '@services/contract';
import { useAppEvents } from './use-app-events';
import { useLoaded } from './use-loaded';

export interface SettingsState {
  /** Null until the back end has answered. */
  readonly settings: Settings | null;
  update(patch: SettingsPatch): Promise<Settings | null>;
}

/** The app settings, kept in step with changes made elsewhere (another window, the menu). */
export function useSettings(api: InkformApi, report: (error: unknown) => void): SettingsState {
  const load = useCallback(() => api.getSettings(), [api]);
  const [settings, setSettings] = useLoaded(load, 0, report);

  useAppEvents(api, (event) => {
    if (event.type === 'settings-changed') setSettings(event.settings);
  });

  const update = useCallback(
    async (patch: SettingsPatch): Promise<Settings | null> => {
      // Shown at once, so the theme button does not lag behind the click.
      setSettings((current) => (current === null ? current : { ...current, ...patch }));
      try {
        const saved = await api.updateSettings(patch);
        setSettings(saved);
        return saved;
      } catch (error) {
        report(error);
        return null;
      }
    },
    [api, report, setSettings],
  );

  return { settings, update };
}
