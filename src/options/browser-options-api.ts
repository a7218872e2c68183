/** The OptionsApi over the real browser: storage, permissions, commands. */
import browser from 'webextension-polyfill';
import { browserAreas, watchSettings } from '../shared/browser-settings';
import { DEFAULTS } from '../shared/settings-schema';
import { loadSettings, updateSettings, writeSettings } from '../shared/settings-store';
import { addSites, isGranted, removeSite, revokeAll } from '../shared/site-actions';
import { originsFor } from '../shared/sites';
import { WIKI_CACHE_PREFIX, wikiOrigins } from '../shared/wiki-endpoints';
import type { BrowserKind, OptionsApi } from './options-api';

function browserKind(): BrowserKind {
  const ua = navigator.userAgent;
  if (/firefox\//i.test(ua)) return 'firefox';
  if (/chrome\/|chromium\//i.test(ua)) return 'chrome';
  return 'other';
}

export function browserOptionsApi(): OptionsApi {
  const areas = browserAreas();
  return {
    loadSettings: () => loadSettings(areas),
    saveSettings: (patch) => updateSettings(areas, patch),
    watchSettings,
    addSites: (sites) => addSites(sites),
    removeSite,
    isGranted,
    watchPermissions(onChange, signal) {
      const listener = (): void => onChange();
      browser.permissions.onAdded.addListener(listener);
      browser.permissions.onRemoved.addListener(listener);
      signal.addEventListener('abort', () => {
        browser.permissions.onAdded.removeListener(listener);
        browser.permissions.onRemoved.removeListener(listener);
      });
    },
    reset: async () => {
      const current = await loadSettings(areas);
      await revokeAll(current.sites);
      const fresh = structuredClone(DEFAULTS);
      await writeSettings(areas, fresh);
      return fresh;
    },
    replaceSettings: async (settings) => {
      const before = await loadSettings(areas);
      await writeSettings(areas, settings);
      // Sites the imported file drops give their permission back; new ones wait for "Allow".
      const keep = new Set(originsFor(settings.sites));
      const freed = originsFor(before.sites).filter((o) => !keep.has(o));
      if (freed.length) await browser.permissions.remove({ origins: freed }).catch(() => false);
      return loadSettings(areas);
    },
    shortcuts: async () =>
      (await browser.commands.getAll()).map((c) => ({
        name: c.name ?? '',
        description: c.description ?? '',
        shortcut: c.shortcut ?? '',
      })),
    browserKind,
    clearCache: async () => {
      const all = await browser.storage.local.get(null);
      const keys = Object.keys(all).filter((k) => k.startsWith(WIKI_CACHE_PREFIX));
      if (keys.length) await browser.storage.local.remove(keys);
      // The index entry is not a lookup of its own.
      return keys.filter((k) => k !== `${WIKI_CACHE_PREFIX}index`).length;
    },
    lookupAccess: {
      granted: (s) => browser.permissions.contains({ origins: wikiOrigins(s) }),
      request: (s) => browser.permissions.request({ origins: wikiOrigins(s) }),
    },
  };
}
