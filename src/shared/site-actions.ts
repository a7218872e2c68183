/**
 * Adding and removing auto-mode sites from an extension page (popup or options): the host permission
 * is asked for, or given back, together with the settings change. The background notices both and
 * registers or unregisters the auto-mode script (src/background/sites-registration.ts).
 */
import browser from 'webextension-polyfill';
import { browserAreas } from './browser-settings';
import type { Settings, Site } from './settings-schema';
import { loadSettings, updateSettings } from './settings-store';
import {
  hostOfUrl,
  matchPatterns,
  originsFor,
  originsFreedBy,
  siteForUrl,
  withSite,
  withoutSite,
} from './sites';

/** What the user sees for one site: is it in the list, and may Lede run there. */
export interface SiteStatus {
  host: string;
  site: Site | null;
  granted: boolean;
}

/**
 * Asks for the host permission of `sites` and, when granted, adds them to the settings.
 * Call it straight from a click handler, before any other `await`: browsers only show the
 * permission prompt during a user gesture, and Firefox loses the gesture at the first await.
 * `enableAuto` turns auto mode on (any article) when it was off: the popup's "Always open articles
 * on this site" means exactly that.
 */
export function addSites(sites: Site[], enableAuto = false): Promise<boolean> {
  const request = browser.permissions.request({ origins: originsFor(sites) });
  return request.then(async (granted) => {
    if (!granted) return false;
    const areas = browserAreas();
    const current = await loadSettings(areas);
    const patch: Partial<Settings> = { sites: sites.reduce(withSite, current.sites) };
    if (enableAuto && current.autoMode === 'off') patch.autoMode = 'article';
    await updateSettings(areas, patch);
    return true;
  });
}

/**
 * Removes `host` from the list and gives back the origins no other site needs.
 * Returns true when Lede no longer holds the site's permission (a browser may refuse to revoke a
 * permission the manifest grants at install).
 */
export async function removeSite(host: string): Promise<boolean> {
  const areas = browserAreas();
  const current = await loadSettings(areas);
  const removed = current.sites.find((s) => s.host === host);
  const freed = originsFreedBy(current.sites, host);
  await updateSettings(areas, { sites: withoutSite(current.sites, host) });
  if (freed.length) await browser.permissions.remove({ origins: freed }).catch(() => false);
  if (!removed) return true;
  return !(await isGranted(removed));
}

/** True when every origin of `site` is granted. */
export function isGranted(site: Site): Promise<boolean> {
  return browser.permissions.contains({ origins: matchPatterns(site) });
}

/** Gives back every site's origins (for "reset"); the caller then writes the defaults. */
export async function revokeAll(sites: readonly Site[]): Promise<void> {
  const origins = originsFor(sites);
  if (origins.length) await browser.permissions.remove({ origins }).catch(() => false);
}

/** What the popup's "Always open articles on this site" needs; the UI takes it as an interface. */
export interface SiteApi {
  /** The site `url` belongs to, whether it is in the list, and whether its permission is held. */
  status(url: string): Promise<SiteStatus | null>;
  /** Adds the host (asks for its permission: call from the click, before any await). */
  always(host: string): Promise<boolean>;
  /** Removes the host and gives its permission back. */
  stop(host: string): Promise<boolean>;
}

/** The SiteApi over the real browser. */
export function browserSiteApi(): SiteApi {
  return {
    async status(url) {
      const host = hostOfUrl(url);
      if (!host) return null;
      const settings = await loadSettings(browserAreas());
      const site = siteForUrl(settings.sites, url);
      return { host: site?.host ?? host, site, granted: site ? await isGranted(site) : false };
    },
    always: (host) => addSites([{ host, subdomains: false }], true),
    stop: removeSite,
  };
}
