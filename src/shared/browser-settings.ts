/** Settings bound to the real browser storage areas, and change notifications for the UIs. */
import browser from 'webextension-polyfill';
import { migrateSettings, type Settings } from './settings-schema';
import { SETTINGS_KEY, type Areas } from './settings-store';

/** The browser's storage areas in the shape the settings store wants; sync is null where it does not exist. */
export function browserAreas(): Areas {
  return { sync: browser.storage.sync ?? null, local: browser.storage.local };
}

/** Calls `onChange` with validated settings whenever another page or the background changes them. */
export function watchSettings(onChange: (s: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if ((area === 'sync' || area === 'local') && changes[SETTINGS_KEY]?.newValue !== undefined) {
      onChange(migrateSettings(changes[SETTINGS_KEY].newValue).settings);
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
