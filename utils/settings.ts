import { storage } from '@wxt-dev/storage';

/** What the reader switched: the whole extension, and sites (host names) where it stays off. */
export interface Settings {
  enabled: boolean;
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [] };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

export async function setEnabled(enabled: boolean): Promise<void> {
  const current = await settingsItem.getValue();
  await settingsItem.setValue({ ...current, enabled });
}

export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const current = await settingsItem.getValue();
  const others = current.disabledSites.filter((site) => site !== host);
  await settingsItem.setValue({
    ...current,
    disabledSites: enabled ? others : [...others, host].sort(),
  });
}
