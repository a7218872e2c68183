/**
 * What the options page needs from the extension, as an interface: the page gets the browser
 * implementation (browser-options-api.ts), tests pass a fake.
 */
import type { Settings, Site } from '../shared/settings-schema';

export interface Shortcut {
  name: string;
  description: string;
  /** Empty when the user removed the shortcut or the browser could not assign it. */
  shortcut: string;
}

export type BrowserKind = 'chrome' | 'firefox' | 'other';

export interface OptionsApi {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Subscribes to changes made elsewhere (popup, overlay, another options tab). */
  watchSettings(onChange: (s: Settings) => void, signal: AbortSignal): void;
  /** Asks for the sites' host permission (call from a click, before any await), then adds them. */
  addSites(sites: Site[]): Promise<boolean>;
  /** Removes a site; true when its permission is gone. */
  removeSite(host: string): Promise<boolean>;
  isGranted(site: Site): Promise<boolean>;
  /** Calls `onChange` when host permissions change, here or in the browser's own settings. */
  watchPermissions(onChange: () => void, signal: AbortSignal): void;
  /** Puts every setting back to its default and gives back every site's permission. */
  reset(): Promise<Settings>;
  /** Replaces the settings by an imported, already validated set. */
  replaceSettings(settings: Settings): Promise<Settings>;
  shortcuts(): Promise<Shortcut[]>;
  browserKind(): BrowserKind;
  /** Empties the cache of online lookups; resolves to the number of entries removed. */
  clearCache(): Promise<number>;
  /** Host access for the online lookups of given settings (the wiki or the custom mirror). */
  lookupAccess?: {
    granted(s: Settings): Promise<boolean>;
    /** Call from a click, before any await. */
    request(s: Settings): Promise<boolean>;
  };
}
