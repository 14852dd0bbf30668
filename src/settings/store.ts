// Where settings live: extension storage, synced between the reader's browsers. Reads are
// validated; a failed write (quota, sync disabled) keeps the last good settings and says so.

import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, migrateFromV1, validateSettings, type ReadingSettings } from './settings';

export const settingsItem = storage.defineItem<ReadingSettings>('sync:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: SETTINGS_VERSION,
  // Version 3 only added fields, which validation fills with their defaults.
  migrations: { 2: migrateFromV1, 3: (value: unknown) => value },
});

export async function loadSettings(): Promise<ReadingSettings> {
  try {
    // Settings synced from a browser with an older version of the extension arrive in the old
    // shape after this one started: upgrade them before reading (a no-op when current).
    await settingsItem.migrate();
    return validateSettings(await settingsItem.getValue());
  } catch {
    // Unreadable storage (a corrupt value, a migration that threw): the defaults still read well.
    return validateSettings(undefined);
  }
}

export type SaveResult = { ok: true; settings: ReadingSettings } | { ok: false; settings: ReadingSettings; error: string };

export async function saveSettings(next: ReadingSettings, lastGood: ReadingSettings): Promise<SaveResult> {
  const settings = validateSettings(next);
  try {
    await settingsItem.setValue(settings);
    return { ok: true, settings };
  } catch (error) {
    return { ok: false, settings: lastGood, error: (error as Error).message || String(error) };
  }
}

export function watchSettings(onChange: (settings: ReadingSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(validateSettings(value)));
}
