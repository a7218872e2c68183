/** An OptionsApi in memory: settings, granted origins and shortcuts, with a log of what was asked. */
import { DEFAULTS, validateSettings, type Settings, type Site } from '../../../src/shared/settings-schema';
import { matchPatterns, originsFreedBy, withSite, withoutSite } from '../../../src/shared/sites';
import type { OptionsApi } from '../../../src/options/options-api';
import catalogue from '../../../public/_locales/en/messages.json';
import { catalogueTranslate, setTranslator } from '../../../src/shared/i18n';

export function useEnglish(): void {
  setTranslator(catalogueTranslate(catalogue));
}

export interface FakeOptions {
  api: OptionsApi;
  settings(): Settings;
  granted: Set<string>;
  /** Origins requested, in order; `answer` decides whether the user allows them. */
  requests: string[][];
  answer: { allow: boolean };
  /** Simulates another page changing the settings. */
  externalChange(patch: Partial<Settings>): void;
  cacheEntries: number;
  /** Simulates the user revoking a permission in the browser's own settings. */
  revokeOutside(origins: string[]): void;
}

export function fakeOptionsApi(initial: Partial<Settings> = {}): FakeOptions {
  let current: Settings = validateSettings({ ...structuredClone(DEFAULTS), ...initial }).settings;
  const listeners = new Set<(s: Settings) => void>();
  const permissionListeners = new Set<() => void>();
  const fake: FakeOptions = {
    granted: new Set(),
    requests: [],
    answer: { allow: true },
    cacheEntries: 7,
    settings: () => current,
    revokeOutside(origins) {
      for (const o of origins) fake.granted.delete(o);
      for (const l of permissionListeners) l();
    },
    externalChange(patch) {
      const next = validateSettings({ ...current, ...patch }).settings;
      // Like browser storage: writing an identical value fires no change event.
      if (JSON.stringify(next) === JSON.stringify(current)) return;
      current = next;
      for (const l of listeners) l(current);
    },
    api: {
      loadSettings: async () => current,
      saveSettings: async (patch) => (current = validateSettings({ ...current, ...patch }).settings),
      watchSettings(onChange, signal) {
        listeners.add(onChange);
        signal.addEventListener('abort', () => listeners.delete(onChange));
      },
      async addSites(sites: Site[]) {
        const origins = sites.flatMap(matchPatterns);
        fake.requests.push(origins);
        if (!fake.answer.allow) return false;
        for (const o of origins) fake.granted.add(o);
        fake.externalChange({ sites: sites.reduce(withSite, current.sites) });
        return true;
      },
      async removeSite(host) {
        for (const o of originsFreedBy(current.sites, host)) fake.granted.delete(o);
        fake.externalChange({ sites: withoutSite(current.sites, host) });
        return true;
      },
      isGranted: async (site) => matchPatterns(site).every((o) => fake.granted.has(o)),
      watchPermissions(onChange, signal) {
        permissionListeners.add(onChange);
        signal.addEventListener('abort', () => permissionListeners.delete(onChange));
      },
      async reset() {
        fake.granted.clear();
        current = structuredClone(DEFAULTS);
        return current;
      },
      async replaceSettings(s) {
        current = validateSettings(s).settings;
        return current;
      },
      shortcuts: async () => [{ name: '_execute_action', description: 'Open', shortcut: 'Alt+Shift+R' }],
      browserKind: () => 'firefox',
      async clearCache() {
        const n = fake.cacheEntries;
        fake.cacheEntries = 0;
        return n;
      },
    },
  };
  return fake;
}
